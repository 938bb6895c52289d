/// What a rule set lets a summary count: the kinds of events, the new-versus-continuing split.
///
/// A summary is made of per-project contributions; the rule set's `counted_kinds` decides which
/// of a contribution's milestones and money count, so the same contributions give the figures of
/// any rule set without a second fold. Signings always count (a rule set must list `signed`).
extension RuleSet {
    /// Takes out of `c` what this rule set does not count: a start, a commissioning, a
    /// termination or money of a kind not in `counted_kinds` is as if it never happened.
    public func count(_ c: inout PeriodContribution) {
        if !counts(.started) { c.startedSequence = 0 }
        if !counts(.commissioned) { c.commissionedSequence = 0 }
        if !counts(.terminated) { c.terminated = false }
        if !counts(.disbursed) { c.disbursed = .zero }
    }

    /// True when `count` changes nothing: every kind a contribution carries is counted.
    var countsEveryContribution: Bool { [.started, .commissioned, .terminated, .disbursed].allSatisfy(counts) }
}

extension PeriodSummary {
    /// The summary of `period` under `rules`: its threshold, bands, targets of the period's year,
    /// counted kinds and new-project years, over the contributions `contributions(p)` gives.
    public static func compute(period: Period, rules: RuleSet, contributions: (Period) throws -> [PeriodContribution]) throws -> PeriodSummary {
        try compute(period: period, threshold: rules.threshold, bands: rules.bands, targets: rules.targets(year: period.year),
                    newProjectYears: rules.newProjectYears) { part in
            var list = try contributions(part)
            // In place: a copy of each contribution would retain its texts one by one.
            if !rules.countsEveryContribution { for i in list.indices { rules.count(&list[i]) } }
            return list
        }
    }
}
