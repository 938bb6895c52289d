/// What a rule set lets a summary count: the kinds of events, the new-versus-continuing split.
///
/// A summary is made of per-project contributions; the rule set's `counted_kinds` decides which
/// of a contribution's milestones and money count, so the same contributions give the figures of
/// any rule set without a second fold. Signings always count (a rule set must list `signed`).
extension RuleSet {
    /// `c` with what this rule set does not count taken out: a start, a commissioning, a
    /// termination or money of a kind not in `counted_kinds` is as if it never happened.
    public func counted(_ c: PeriodContribution) -> PeriodContribution {
        var out = c
        if !counts(.started) { out.startedSequence = 0 }
        if !counts(.commissioned) { out.commissionedSequence = 0 }
        if !counts(.terminated) { out.terminated = false }
        if !counts(.disbursed) { out.disbursed = .zero }
        return out
    }
}

extension PeriodSummary {
    /// The summary of `period` under `rules`: its threshold, bands, targets of the period's year,
    /// counted kinds and new-project years, over the contributions `contributions(p)` gives.
    public static func compute(period: Period, rules: RuleSet, contributions: (Period) throws -> [PeriodContribution]) throws -> PeriodSummary {
        try compute(period: period, threshold: rules.threshold, bands: rules.bands, targets: rules.targets(year: period.year),
                    newProjectYears: rules.newProjectYears) { part in
            try contributions(part).map(rules.counted)
        }
    }
}
