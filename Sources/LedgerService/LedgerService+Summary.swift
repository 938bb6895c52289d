public import Ledger
public import LedgerStore
internal import Foundation

/// Which summary: the period, the counting rules, the two time axes.
public struct SummaryRequest: Sendable {
    /// A month, quarter, half or year.
    public var period: Period
    /// The counting rules: threshold, bands, counted kinds, new-project years, targets.
    public var rules: RuleSet
    public var filter: FoldFilter
    /// Collect the events behind every figure.
    public var explain: Bool
    /// Also compute this many periods of the same kind before `period` (a chart's history).
    public var earlier = 0

    public var threshold: Money { rules.threshold }
    /// The bands to reach in the period's year.
    public var targets: [(min: Money, count: Int)] { rules.targets(year: period.year) }

    /// `knownAtMs`: only events recorded by then (a figure as published); `asOf`: only events dated by then.
    public init(period: Period, threshold: Money = .yi(1), knownAtMs: Int64? = nil, asOf: BusinessDate? = nil,
                targets: [(min: Money, count: Int)] = [], explain: Bool = false) {
        var rules = RuleSet.builtIn
        rules.threshold = threshold
        rules.targets = targets.map { RuleSet.Target(year: period.year, min: $0.min, count: $0.count) }
        self.init(period: period, rules: rules, filter: FoldFilter(knownAtMs: knownAtMs, asOf: asOf), explain: explain)
    }

    /// A summary under a whole rule set, as known at `knownAtMs` and as of `asOf`.
    public init(period: Period, rules: RuleSet, knownAtMs: Int64?, asOf: BusinessDate?, explain: Bool = false) {
        self.init(period: period, rules: rules, filter: FoldFilter(knownAtMs: knownAtMs, asOf: asOf), explain: explain)
    }

    /// A summary under a whole rule set; `filter` may pin a log prefix (`throughSequence`), as `check-report` does.
    public init(period: Period, rules: RuleSet, filter: FoldFilter = FoldFilter(), explain: Bool = false) {
        self.period = period
        self.rules = rules
        self.filter = filter
        self.explain = explain
    }
}

/// A summary with what a renderer needs beside it: the zone, the filter, the evidence.
public struct SummaryResult: Sendable {
    public var summary: PeriodSummary
    public var zone: String
    public var filter: FoldFilter
    /// With `explain`: the events behind the figures.
    public var evidence: SummaryEvidence?
    /// The `earlier` periods before this one, oldest first, under the same filter and rules.
    public var earlier: [PeriodSummary] = []
}

extension LedgerService {
    /// A period's figures: from the stored projections, or from a fold of the log under the filter.
    ///
    /// Figures that would add up past `Int64` fen are refused as bad input, in one line.
    public func summary(_ request: SummaryRequest) throws -> SummaryResult {
        let store = try open(readOnly: true)
        func compute(_ period: Period) throws -> PeriodSummary {
            do {
                return try store.summary(period, rules: request.rules, filter: request.filter)
            } catch let e as SummaryOverflow {
                throw Failure(kind: .badInput, code: "summary_overflow") { e.message($0) }
            }
        }
        let summary = try compute(request.period)
        let evidence = request.explain ? try SummaryEvidence.collect(from: store, for: summary, filter: request.filter,
                                                                           kinds: SummaryEvidence.kinds.intersection(request.rules.countedKinds)) : nil
        var result = SummaryResult(summary: summary, zone: try store.zone(), filter: request.filter, evidence: evidence)
        result.earlier = try Self.periods(before: request.period, count: request.earlier).map(compute)
        return result
    }

    /// The `count` periods of `period`'s kind (months, quarters, halves or years) before it, oldest first.
    static func periods(before period: Period, count: Int) -> [Period] {
        let perYear = switch period.kind { case .month: 12; case .quarter: 4; case .half: 2; case .year: 1 }
        let index = period.year * perYear + period.number - 1
        guard count > 0 else { return [] }
        return (1...count).reversed().compactMap { back in
            let i = index - back
            return Period(kind: period.kind, year: i / perYear, number: i % perYear + 1)
        }
    }
}

/// The year's attraction targets: `{"year": 2021, "signed_bands": [{"min": "100亿元", "count": 1}, …]}`.
public enum TargetsFile {
    /// The bands of `year` from the file at `path`; none when the file is about another year.
    public static func read(_ path: String, year: Int) throws -> [(min: Money, count: Int)] {
        guard let data = FileManager.default.contents(atPath: path) else { throw RequestError(.targetsUnreadable, ["path": path]) }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let bands = object["signed_bands"] as? [[String: Any]] else {
            throw RequestError(.targetsNotJSON, ["path": path])
        }
        if let y = object["year"] as? Int, y != year { return [] }
        return try bands.enumerated().map { i, band in
            guard let text = band["min"] as? String, let count = band["count"] as? Int, let min = try? Money.parse(text) else {
                throw RequestError(.targetsBadBand, ["path": path, "index": String(i)])
            }
            return (min, count)
        }
    }
}
