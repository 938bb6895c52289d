public import Ledger

extension LedgerStore {
    /// The summary of `period` under `filter`: the use case behind `summary` on every front end.
    ///
    /// Quarters, halves and years of everything recorded come from the stored per-quarter
    /// projection; a month (finer than the projection) and any time-filtered summary come from
    /// one fold of the log, so both paths count the same events.
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
        let (states, monthly) = try foldByMonth(filter)
        return try PeriodSummary.compute(period: period, rules: rules) { part in
            if let quarter = part.quarter { return LedgerStore.contributions(of: states, quarter: quarter) }
            return LedgerStore.contributions(of: states, monthly: monthly, month: part)
        }
    }
}
