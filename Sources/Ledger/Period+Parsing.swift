/// A period that could not be read: the text as typed, for a message that names the forms that work.
public struct PeriodParseError: Error, Hashable, Sendable {
    public let text: String
    /// Stable, for scripts: `bad_period` (no form matches) or `period_without_year` (`一季度`).
    public let code: String

    public init(text: String, code: String = "bad_period") {
        self.text = text
        self.code = code
    }
}

extension Period {
    /// Reads a period as people write it (full-width digits and letters too):
    /// quarters `2021Q1`, `2021q1`, `2021-Q1`, `2021年一季度`, `2021年第一季度`, `2021年1季度`;
    /// halves `2021H1`, `2021-H2`, `2021年上半年`, `2021年下半年`; years `2021`, `2021年`;
    /// months `2021-03`, `2021-3`, `2021年3月`, `2021年03月`; spaces anywhere (`2021 年 3 月`) are ignored.
    ///
    /// A quarter, half or month without a year (`一季度`, `上半年`) is refused: the ledger spans
    /// years, and guessing "this year" would make the same command mean different things.
    public static func parse(_ text: String) throws(PeriodParseError) -> Period {
        let t = String(Text.normalized(text).unicodeScalars.filter { !Text.isSpace($0) })
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits), year >= 1000 else {
            let withoutYear = digits.count <= 2 && ["季度", "半年", "月"].contains { t.hasSuffix($0) }
            throw PeriodParseError(text: text, code: withoutYear ? "period_without_year" : "bad_period")
        }
        let rest = String(t.dropFirst(4))
        if let found = (rest.hasPrefix("年") ? chinese(String(rest.dropFirst())) : latin(rest)),
           let period = Period(kind: found.kind, year: year, number: found.number) {
            return period
        }
        throw PeriodParseError(text: text)
    }

    /// What follows the year in `2021Q1`, `2021-H1`, `2021-03`, or nothing for a year.
    static func latin(_ rest: String) -> (kind: Kind, number: Int)? {
        if rest.isEmpty { return (.year, 1) }
        let body = rest.hasPrefix("-") ? String(rest.dropFirst()) : rest
        let upper = body.uppercased()
        if let letter = upper.first, letter == "Q" || letter == "H", let n = digit(upper.dropFirst()) {
            return (letter == "Q" ? .quarter : .half, n)
        }
        guard rest.hasPrefix("-"), (1...2).contains(body.count), body.allSatisfy({ $0.isASCII && $0.isNumber }), let m = Int(body) else {
            return nil
        }
        return (.month, m)
    }

    /// What follows `年` in `2021年一季度`, `2021年第1季度`, `2021年上半年`, `2021年3月`, or nothing.
    static func chinese(_ rest: String) -> (kind: Kind, number: Int)? {
        switch rest {
        case "", "度", "全年": return (.year, 1)
        case "上半年": return (.half, 1)
        case "下半年": return (.half, 2)
        default: break
        }
        if rest.hasSuffix("季度") {
            var ordinal = rest.dropLast(2)
            if ordinal.hasPrefix("第") { ordinal = ordinal.dropFirst() }
            let n = digit(ordinal) ?? ["一", "二", "三", "四"].firstIndex(of: String(ordinal)).map { $0 + 1 }
            return n.map { (.quarter, $0) }
        }
        if rest.hasSuffix("月") {
            let body = rest.dropLast()
            guard (1...2).contains(body.count), body.allSatisfy({ $0.isASCII && $0.isNumber }), let m = Int(body) else { return nil }
            return (.month, m)
        }
        return nil
    }

    /// One ASCII digit, alone.
    private static func digit(_ s: Substring) -> Int? {
        guard s.count == 1, let c = s.first, c.isASCII, let n = c.wholeNumberValue else { return nil }
        return n
    }
}
