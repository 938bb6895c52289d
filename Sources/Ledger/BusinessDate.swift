/// A calendar day in China time, the day a thing happened. No time of day, no time zone.
public struct BusinessDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the day exists in the proleptic Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...BusinessDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date as the number YYYYMMDD, as stored.
    public var yyyymmdd: UInt32 { UInt32(year * 10_000 + month * 100 + day) }

    public init?(yyyymmdd: UInt32) {
        let v = Int(yyyymmdd)
        self.init(year: v / 10_000, month: v / 100 % 100, day: v % 100)
    }

    public static func < (a: BusinessDate, b: BusinessDate) -> Bool { a.yyyymmdd < b.yyyymmdd }

    /// `2021-03-28`.
    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public var quarter: Quarter { Quarter(year: year, number: (month - 1) / 3 + 1)! }

    /// Months since year 0: the key a fold sums a month's money under.
    public var monthIndex: Int { year * 12 + month - 1 }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whole days from `self` to `other`.
    public func days(to other: BusinessDate) -> Int { other.dayNumber - dayNumber }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Why a date could not be read.
public enum DateParseError: String, Error, Equatable, Sendable, CaseIterable, CustomStringConvertible {
    case empty
    case malformed
    case noSuchMonth
    case noSuchDay
    case outOfRange

    /// The code, for logs; people read `message(_:)` from the catalogue (`Catalogue+Rules.swift`).
    public var description: String { code }

    /// The stable code an import report gives this problem.
    public var code: String {
        switch self {
        case .empty: "missing_date"
        case .malformed: "bad_date"
        case .noSuchMonth, .noSuchDay: "no_such_date"
        case .outOfRange: "date_out_of_range"
        }
    }

}

extension BusinessDate {
    /// `YYYY-MM-DD` exactly, read straight from the bytes; nil for anything else (even a bad day).
    @inline(__always)
    static func parseISO(_ text: String) -> BusinessDate? {
        var text = text
        return text.withUTF8 { u -> BusinessDate? in
            guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
            func number(_ from: Int, _ to: Int) -> Int? {
                var n = 0
                for i in from..<to {
                    let d = u[i] &- 0x30
                    guard d <= 9 else { return nil }
                    n = n * 10 + Int(d)
                }
                return n
            }
            guard let year = number(0, 4), let month = number(5, 7), let day = number(8, 10),
                  let date = BusinessDate(year: year, month: month, day: day),
                  date >= Limits.dateMin, date <= Limits.dateMax else { return nil }
            return date
        }
    }

    /// Reads `2021-03-28`, `2021/3/28`, `2021年3月28日`, `20210328` (full-width digits too).
    public static func parse(_ text: String) throws(DateParseError) -> BusinessDate {
        if let fast = parseISO(text) { return fast }
        return try parseWritten(text)
    }

    /// The general reader behind `parse`: every accepted form, and the reason for a refusal.
    static func parseWritten(_ text: String) throws(DateParseError) -> BusinessDate {
        let t = Text.normalized(text)
        guard !t.isEmpty else { throw .empty }
        var numbers: [Int] = []
        var current = ""
        var separators: [Character] = []
        for c in t {
            if c.isASCII, c.isNumber { current.append(c); continue }
            guard !current.isEmpty, let n = Int(current) else { throw .malformed }   // Int fails on 20 digits
            numbers.append(n)
            current = ""
            separators.append(c)
        }
        if !current.isEmpty {
            guard let n = Int(current) else { throw .malformed }
            numbers.append(n)
        }
        let date: BusinessDate?
        if separators.isEmpty, t.count == 8, let v = Int(t) {
            numbers = [v / 10_000, v / 100 % 100, v % 100]
        } else if separators == ["-", "-"] || separators == ["/", "/"] || separators == [".", "."] {
            guard numbers.count == 3 else { throw .malformed }
        } else if separators == ["年", "月", "日"] || separators == ["年", "月"] && !t.hasSuffix("月") {
            guard numbers.count == 3 else { throw .malformed }
        } else {
            throw .malformed
        }
        guard numbers[0] >= 1000, numbers[0] <= 9999 else { throw .malformed }
        // The shape was right: a month or day that cannot be is said so, not called malformed.
        guard (1...12).contains(numbers[1]) else { throw .noSuchMonth }
        date = BusinessDate(year: numbers[0], month: numbers[1], day: numbers[2])
        guard let date else { throw .noSuchDay }
        guard date >= Limits.dateMin, date <= Limits.dateMax else { throw .outOfRange }
        return date
    }
}

