/// Exact decimal text for integers scaled by powers of ten, with no floating point anywhere.
enum ExactDecimal {
    /// `value / 10^exponent` written out exactly, trailing zeros dropped: (2075, 1) → "207.5".
    static func string(_ value: Int64, exponent: Int, grouping: Bool = false) -> String {
        let negative = value < 0
        let magnitude = value.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<exponent { divisor *= 10 }
        let whole = magnitude / divisor
        var fraction = magnitude % divisor
        var wholeText = String(whole)
        if grouping { wholeText = grouped(wholeText) }
        var fractionText = ""
        if fraction != 0 {
            var digits = [Character](repeating: "0", count: exponent)
            var i = exponent - 1
            while i >= 0 {
                digits[i] = Character(String(fraction % 10))
                fraction /= 10
                i -= 1
            }
            while digits.last == "0" { digits.removeLast() }
            fractionText = "." + String(digits)
        }
        return (negative ? "-" : "") + wholeText + fractionText
    }

    static func grouped(_ digits: String) -> String {
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}
