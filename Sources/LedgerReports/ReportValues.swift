public import Ledger

/// Everything a period's report shows, computed once: the web's `/report/PERIOD` and the CLI's
/// `report --html/--xlsx/--json` render these values and nothing else.
public struct ReportValues: Sendable {
    public var zone: String
    public var period: Period
    public var summary: PeriodSummary
    /// The year's cohort signed through the quarter's end, read on the seal's `as_of`.
    public var pipeline: Pipeline
    /// Signings at or above the threshold in the eight quarters ending with this one.
    public var quarters: [(quarter: Quarter, count: Int, total: Money)]
    public var seal: Seal

    public init(zone: String, period: Period, summary: PeriodSummary, pipeline: Pipeline,
                quarters: [(quarter: Quarter, count: Int, total: Money)], seal: Seal) {
        self.zone = zone
        self.period = period
        self.summary = summary
        self.pipeline = pipeline
        self.quarters = quarters
        self.seal = seal
    }
}
