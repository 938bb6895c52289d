public import Ledger

extension LedgerStore {
    /// The summary of `period` under `filter`: the use case behind `summary` on every front end.
    ///
    /// Quarters, halves and years of everything recorded come from the stored per-quarter
    /// projection; a month (finer than the projection) and a summary as known at a time or as
    /// of a day come from the bitemporal summary index (`LedgerStore+SummaryIndex`), which gives
    /// what a fold of the log gives. A ledger without that index, and a summary over a log
    /// prefix (`throughSequence`), fold the log.
    public func summary(
        _ period: Period, threshold: Money = .yi, targets: [(min: Money, count: Int)] = [], filter: FoldFilter = FoldFilter()
    ) throws -> PeriodSummary {
        var rules = RuleSet.builtIn
        rules.threshold = threshold
        rules.targets = targets.map { RuleSet.Target(year: period.year, min: $0.min, count: $0.count) }
        return try summary(period, rules: rules, filter: filter)
    }

    /// The summary of `period` under a rule set (`--rules`): its threshold, bands, counted kinds,
    /// new-project years and the targets of the period's year.
    public func summary(_ period: Period, rules: RuleSet, filter: FoldFilter = FoldFilter()) throws -> PeriodSummary {
        if filter.isEverything && period.kind != .month {
            return try PeriodSummary.compute(period: period, rules: rules) { part in
                try contributions(quarter: part.quarter!)
            }
        }
        if let indexed = try indexedSummary(period, rules: rules, filter: filter) { return indexed }
        return try foldedSummary(period, rules: rules, filter: filter)
    }

    /// The summary from one fold of the log: what the index must always agree with.
    public func foldedSummary(_ period: Period, rules: RuleSet, filter: FoldFilter = FoldFilter()) throws -> PeriodSummary {
        let fold = try foldByMonth(filter)
        return try PeriodSummary.compute(period: period, rules: rules) { fold.contributions($0) }
    }
}
