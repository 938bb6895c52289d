/// Durations in days, with their quartiles as a spreadsheet's `QUARTILE.INC` gives them.
///
/// Analysts check a bulletin's median in Excel or WPS, so the quartiles interpolate between
/// ranks as `QUARTILE.INC` (and `MEDIAN`) do. With n values, position (n − 1)·k/4 falls on a
/// quarter of a rank, so every quartile is an exact number of quarter days: kept as an
/// integer and printed exactly (`112.75`), never as a rounded float.
public struct DayDistribution: Sendable, Hashable {
    /// The durations, ascending.
    public let days: [Int]

    public init(_ days: [Int]) { self.days = days.sorted() }

    public var count: Int { days.count }
    public var minimum: Int? { days.first }
    public var maximum: Int? { days.last }

    /// The k-th quartile (0 to 4) in quarter days; nil without values.
    public func quartileQuarterDays(_ k: Int) -> Int? {
        precondition((0...4).contains(k), "quartile 0 to 4")
        guard !days.isEmpty else { return nil }
        let position = (days.count - 1) * k
        let low = position / 4, fraction = position % 4
        let next = low + 1 < days.count ? days[low + 1] : days[low]
        return days[low] * 4 + fraction * (next - days[low])
    }

    public var lowerQuartile: String? { quartileQuarterDays(1).map(Self.text) }
    public var median: String? { quartileQuarterDays(2).map(Self.text) }
    public var upperQuartile: String? { quartileQuarterDays(3).map(Self.text) }

    /// The median as a number for JSON and xlsx (exact: a multiple of 0.25).
    public func quartile(_ k: Int) -> Double? { quartileQuarterDays(k).map { Double($0) / 4 } }

    /// Quarter days as exact decimal text: 451 → `112.75`.
    static func text(_ quarterDays: Int) -> String { ExactDecimal.string(Int64(quarterDays) * 25, exponent: 2) }
}
