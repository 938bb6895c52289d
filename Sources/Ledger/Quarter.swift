/// A calendar quarter, read and printed as `2021Q1`.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...9999).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Reads `2021Q1` (also `2021q1`, `2021-Q1`).
    public init?(_ text: String) {
        let t = String(Text.normalized(text).uppercased().filter { $0 != "-" })
        guard t.count == 6, t.dropFirst(4).first == "Q", let y = Int(t.prefix(4)), let q = Int(t.suffix(1)) else { return nil }
        self.init(year: y, number: q)
    }

    public static func < (a: Quarter, b: Quarter) -> Bool { a.index < b.index }

    public var description: String { "\(year)Q\(number)" }

    /// Quarters since year 0: one number that sorts and steps.
    public var index: Int { year * 4 + number - 1 }

    public init(index: Int) {
        self.year = index / 4
        self.number = index % 4 + 1
    }

    public var first: BusinessDate { BusinessDate(year: year, month: (number - 1) * 3 + 1, day: 1)! }
    public var last: BusinessDate {
        let month = number * 3
        return BusinessDate(year: year, month: month, day: BusinessDate.daysIn(month: month, year: year))!
    }
    public func contains(_ date: BusinessDate) -> Bool { date.year == year && (date.month - 1) / 3 + 1 == number }

    public var previousYear: Quarter { Quarter(year: year - 1, number: number)! }
    /// Q1 … this quarter of the same year.
    public var yearToDate: [Quarter] { (1...number).map { Quarter(year: year, number: $0)! } }

    /// `一季度`, `二季度`, …
    public var chineseName: String { ["一", "二", "三", "四"][number - 1] + "季度" }
}
