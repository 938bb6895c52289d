/// A stretch of the calendar a summary is about: a month, a quarter, a half or a year.
///
/// People write periods many ways (`2021Q1`, `2021年一季度`, `2021H1`, `2021年3月`); every
/// one of them becomes this value, and a summary of any period is computed from the same
/// per-project contributions as a quarter's: a period is made of whole quarters, or is one
/// month, so its figures are the figures of its parts added up.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case month, quarter, half, year
    }

    public let kind: Kind
    public let year: Int
    /// The month (1–12), quarter (1–4) or half (1–2) within the year; 1 for a year.
    public let number: Int

    public init?(kind: Kind, year: Int, number: Int = 1) {
        let most = switch kind {
        case .month: 12
        case .quarter: 4
        case .half: 2
        case .year: 1
        }
        guard (1...9999).contains(year), (1...most).contains(number) else { return nil }
        self.kind = kind
        self.year = year
        self.number = number
    }

    public init(_ quarter: Quarter) {
        self.init(kind: .quarter, year: quarter.year, number: quarter.number)!
    }

    /// The quarter this period is, when it is one.
    public var quarter: Quarter? { kind == .quarter ? Quarter(year: year, number: number) : nil }

    /// `2021-03`, `2021Q1`, `2021H1`, `2021`: the form scripts and file names use.
    public var description: String {
        switch kind {
        case .month: "\(year)-\(number < 10 ? "0" : "")\(number)"
        case .quarter: "\(year)Q\(number)"
        case .half: "\(year)H\(number)"
        case .year: "\(year)"
        }
    }

    /// Its first and last month of the year.
    var months: ClosedRange<Int> {
        switch kind {
        case .month: number...number
        case .quarter: (number - 1) * 3 + 1...number * 3
        case .half: (number - 1) * 6 + 1...number * 6
        case .year: 1...12
        }
    }

    public var first: BusinessDate { BusinessDate(year: year, month: months.lowerBound, day: 1)! }
    public var last: BusinessDate {
        let m = months.upperBound
        return BusinessDate(year: year, month: m, day: BusinessDate.daysIn(month: m, year: year))!
    }

    public func contains(_ date: BusinessDate) -> Bool { date.year == year && months.contains(date.month) }

    /// The pieces its figures are added up from: itself for a month or a quarter, its quarters otherwise.
    ///
    /// The ledger keeps each project's contribution to each quarter; a month is the one period
    /// smaller than that, and is its own piece.
    public var parts: [Period] {
        switch kind {
        case .month, .quarter: [self]
        case .half, .year: quarters
        }
    }

    private var quarters: [Period] {
        ((months.lowerBound - 1) / 3 + 1...(months.upperBound - 1) / 3 + 1).map { Period(kind: .quarter, year: year, number: $0)! }
    }

    /// The pieces from the start of the year to the end of this period, in the grain of `parts`.
    public var yearToDate: [Period] {
        switch kind {
        case .month: (1...number).map { Period(kind: .month, year: year, number: $0)! }
        case .quarter, .half, .year: (1...(months.upperBound / 3)).map { Period(kind: .quarter, year: year, number: $0)! }
        }
    }

    /// True when the period begins on the first of January, so that its year to date is itself.
    public var startsTheYear: Bool { months.lowerBound == 1 }

    /// The same period a year earlier.
    public var previousYear: Period { Period(kind: kind, year: year - 1, number: number)! }
}
