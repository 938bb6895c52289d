internal import Ledger
internal import Foundation

/// A date as the project sheet writes it: a full date, or a month (`2021.3`, `202103`, `2021年3月`, `2021-03`).
///
/// A month is read as its last day, so that a start in the month of a signing is never before
/// it; a day after the sheet's as-of date is taken back to that date.
enum MonthDate {
    static func parse(_ text: String, asOf: BusinessDate) -> BusinessDate? {
        let t = Text.normalized(text).filter { !$0.isWhitespace }
        if t.isEmpty { return nil }
        if let (year, month) = month(t), let day = lastDay(year: year, month: month) {
            return min(day, asOf)
        }
        return try? BusinessDate.parse(t)
    }

    /// `2021.3`, `2021.03`, `202103`, `2021年3月`, `2021-03`, `2021/3` → (2021, 3).
    static func month(_ t: String) -> (Int, Int)? {
        var s = t
        if s.hasSuffix("月") { s.removeLast() }
        for separator in ["年", ".", "-", "/"] where s.contains(separator) {
            let parts = s.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), parts[1].count <= 2 else { return nil }
            return (y, m)
        }
        if s.count == 6, s.allSatisfy(\.isASCII), let y = Int(s.prefix(4)), let m = Int(s.suffix(2)), (1...12).contains(m) { return (y, m) }
        return nil
    }

    static func lastDay(year: Int, month: Int) -> BusinessDate? {
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return try? BusinessDate.parse(String(format: "%04d-%02d-%02d", year, month, days[month - 1]))
    }
}
