internal import Foundation

/// A numeric cell as Excel and WPS display it: rounded to 15 significant digits, in plain digits.
///
/// A workbook stores the binary double (`=1.15*100000000` is cached as `114999999.99999999`);
/// the clerk saw and meant 115000000, the value Excel shows, so that is the value read.
enum DisplayedNumber {
    static let significantDigits = 15

    /// `114999999.99999999` → `115000000`, `0.1` → `0.1`, `1e-5` → `0.00001`; other text unchanged.
    static func text(_ stored: String) -> String {
        guard let value = Double(stored), value.isFinite else { return stored }
        let rounded = String(format: "%.\(significantDigits)g", value)
        return plain(rounded)
    }

    /// `1.5e+16` → `15000000000000000`, `-2.5e-3` → `-0.0025`: no exponent, no trailing zeros after a point.
    static func plain(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integer = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = integer + fraction
        let point = integer.count + exponent   // where the point falls among `digits`
        var out: String
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count)
        } else {
            out = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        if out.contains(".") {
            while out.hasSuffix("0") { out.removeLast() }
            if out.hasSuffix(".") { out.removeLast() }
        }
        return negative ? "-" + out : out
    }
}
