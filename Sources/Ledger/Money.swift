/// An exact amount of money in fen (分, 1/100 yuan). Never floating point.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)
    /// 1亿元 = 10^8 yuan.
    public static let yi = Money(fen: 100_000_000 * 100)
    /// 1万元 = 10^4 yuan.
    public static let wan = Money(fen: 10_000 * 100)

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    public static func yi(_ count: Int64) -> Money { Money(fen: count * yi.fen) }

    public var description: String { chinese }

    /// `207.5亿元`, `8000万元`, `1,234.56元`: the largest unit the amount reaches, exact.
    public var chinese: String {
        let magnitude = fen.magnitude
        if magnitude >= UInt64(Money.yi.fen) { return ExactDecimal.string(fen, exponent: 10) + "亿元" }
        if magnitude >= UInt64(Money.wan.fen) { return ExactDecimal.string(fen, exponent: 6) + "万元" }
        return ExactDecimal.string(fen, exponent: 2, grouping: true) + "元"
    }

    /// `20.75 billion yuan`, `580 million yuan`, `1,234.56 yuan`: exact.
    public var english: String {
        let magnitude = fen.magnitude
        if magnitude >= 100_000_000_000 { return ExactDecimal.string(fen, exponent: 11) + " billion yuan" }
        if magnitude >= 100_000_000 { return ExactDecimal.string(fen, exponent: 8) + " million yuan" }
        return ExactDecimal.string(fen, exponent: 2, grouping: true) + " yuan"
    }

    /// `207.5亿元` rounded half up to `digits` decimals of 亿, as published figures are.
    public func yiRounded(digits: Int) -> String {
        var unit: Int64 = 10_000_000_000
        for _ in 0..<digits { unit /= 10 }
        let rounded = (fen + unit / 2) / unit * unit
        return ExactDecimal.string(rounded, exponent: 10) + "亿元"
    }

    /// Yuan as a plain decimal string, exact: `580000000`, `1234.56`.
    public var yuanString: String { ExactDecimal.string(fen, exponent: 2) }
}
