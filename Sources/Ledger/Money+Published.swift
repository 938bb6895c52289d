/// Amounts as published figures print them: 亿元 to two decimals, 万元 below 1亿元.
///
/// Bulletins round (207.5亿元, 26.75亿元); the ledger keeps fen. The rounding is half up on
/// the magnitude (half away from zero), in integers, once, on the figure shown: a total is
/// added in fen and then rounded, never summed from rounded parts. JSON, xlsx and `--explain`
/// keep the exact fen; only text and pages round.
extension Money {
    /// 0.01亿元 in fen: the last digit a published 亿元 figure shows.
    public static let yiRoundingFen: Int64 = 100_000_000
    /// 0.01万元 in fen.
    public static let wanRoundingFen: Int64 = 10_000

    /// `fen` rounded half away from zero to a multiple of `unit`.
    public static func roundedHalfUp(_ fen: Int64, unit: Int64) -> Int64 {
        precondition(unit > 0, "rounding unit must be positive")
        let magnitude = fen.magnitude
        let u = UInt64(unit)
        let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: u)
        let rounded = (remainder >= u - remainder ? quotient + 1 : quotient).multipliedReportingOverflow(by: u)
        // Only within a rounding unit of Int64.max can this overflow: keep the exact amount.
        guard !rounded.overflow, rounded.partialValue <= UInt64(Int64.max) else { return fen }
        return fen < 0 ? -Int64(rounded.partialValue) : Int64(rounded.partialValue)
    }

    /// The amount in the unit it is published in, rounded: `(value, unitIsYi)` where `value`
    /// is in hundredths of that unit. An amount that rounds up to 1亿元 in 万元 is shown in 亿元.
    public var publishedHundredths: (hundredths: Int64, yi: Bool) {
        let wan = Money.roundedHalfUp(fen, unit: Money.wanRoundingFen)
        if wan.magnitude < UInt64(Money.yi.fen) { return (wan / Money.wanRoundingFen, false) }
        return (Money.roundedHalfUp(fen, unit: Money.yiRoundingFen) / Money.yiRoundingFen, true)
    }

    /// `207.5亿元`, `26.75亿元`, `8000万元`, `0.35万元`: as a bulletin prints it.
    public var publishedChinese: String {
        let (hundredths, yi) = publishedHundredths
        return ExactDecimal.string(hundredths, exponent: 2) + (yi ? "亿元" : "万元")
    }

    /// The same rounding in English units: `20.75 billion yuan`, `580 million yuan`, `80.0035 million yuan`.
    ///
    /// 0.01亿元 is 1 million yuan and 0.01万元 is 100 yuan, so the English figure shows exactly
    /// the digits the Chinese one does, in billions, millions or yuan.
    public var publishedEnglish: String {
        let (hundredths, yi) = publishedHundredths
        // In yuan: hundredths of 亿 are millions of yuan; hundredths of 万 are hundreds of yuan.
        let yuan = yi ? Int128(hundredths) * 1_000_000 : Int128(hundredths) * 100
        if yuan.magnitude >= 1_000_000_000 { return ExactDecimal.string(Int64(yuan / 1_000_000), exponent: 3) + " billion yuan" }
        if yuan.magnitude >= 1_000_000 { return ExactDecimal.string(Int64(yuan / 100), exponent: 4) + " million yuan" }
        return ExactDecimal.string(Int64(yuan), exponent: 0, grouping: true) + " yuan"
    }

    /// The published figure in `language` (`zh` is `true` for Chinese).
    public func published(chinese: Bool) -> String { chinese ? publishedChinese : publishedEnglish }
}

extension Money {
    /// The exact amount in 万元 as decimal text (`20750000`, `8000.35`), for spreadsheet cells.
    public var wanDecimal: String { ExactDecimal.string(fen, exponent: 6) }
    /// The exact amount in 亿元 as decimal text (`207.5`, `0.8`).
    public var yiDecimal: String { ExactDecimal.string(fen, exponent: 10) }
}
