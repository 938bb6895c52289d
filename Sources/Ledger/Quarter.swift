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

    /// Reads a quarter in any form `Period.parse` takes (`2021Q1`, `2021年一季度`, …); nil for any other period.
    public init?(_ text: String) {
        guard let quarter = (try? Period.parse(text))?.quarter else { return nil }
        self = quarter
    }

    public static func < (a: Quarter, b: Quarter) -> Bool { a.index < b.index }

    public var description: String { "\(year)Q\(number)" }

    /// Quarters since year 0: one number that sorts and steps.
    public var index: Int { year * 4 + number - 1 }

    public init(index: Int) {
        self.year = index / 4
        self.number = index % 4 + 1
    }

    public var first: BusinessDate { Period(self).first }
    public var last: BusinessDate { Period(self).last }
    public func contains(_ date: BusinessDate) -> Bool { date.quarter == self }

    public var previousYear: Quarter { Quarter(year: year - 1, number: number)! }
    /// Q1 … this quarter of the same year.
    public var yearToDate: [Quarter] { (1...number).map { Quarter(year: year, number: $0)! } }
}
