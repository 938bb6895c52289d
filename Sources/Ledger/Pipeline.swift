/// A cohort's progress: the projects signed in a span, their ratios, durations and late lights.
///
/// Pure: a function of folded project states, the span, the day the lights are read on and the
/// rule set, so a bulletin's 开工率 and red lights can be recomputed from the same prefix of the
/// log later (`check-report`). Ratios are exact integers behind a percent rounded half up.
public struct Pipeline: Sendable {
    public struct Member: Sendable, Hashable {
        public var project: String
        public var name: String
        public var group: String
        public var industry: String
        public var signed: BusinessDate
        public var started: BusinessDate?
        public var commissioned: BusinessDate?
        public var terminated: BusinessDate?
        /// 计划开工日期, when the project has one: the "not started" lights count from it.
        public var plannedStart: BusinessDate?
        /// Money signed as the rule set counts it (the signing, or the total after revisions).
        public var amount: Money
        public var disbursed: Money
        public var fulfilled: Bool
        public var daysToStart: Int? { started.map { signed.days(to: $0) } }
        public var daysToCommission: Int? { started.flatMap { s in commissioned.map { s.days(to: $0) } } }
        public var daysSigningToCommission: Int? { commissioned.map { signed.days(to: $0) } }
    }

    /// `part / whole` behind a ratio, with its percent (nil when `whole` is zero).
    public struct Ratio: Sendable, Hashable {
        public var part: Int64
        public var whole: Int64
        public var percent: String? { PeriodSummary.percent(part, of: whole) }
    }

    public struct Ratios: Sendable, Hashable {
        /// 开工率, 投产率, 履约率: counts of projects; 资金到位率: fen.
        public var started, commissioned, funds, fulfilled: Ratio
    }

    public struct GroupLine: Sendable {
        public var group: String
        public var members: [Member]
        public var ratios: Ratios
        public var durations: Durations
    }

    public struct Durations: Sendable, Hashable {
        public var toStart, toCommission, signingToCommission: DayDistribution
    }

    public enum Light: String, Sendable, Hashable { case red, yellow }
    public enum Stage: String, Sendable, Hashable {
        /// Signed, construction not started.
        case notStarted = "not_started"
        /// Started, not commissioned.
        case notCommissioned = "not_commissioned"
    }

    public struct Alert: Sendable, Hashable {
        public var member: Member
        public var light: Light
        public var stage: Stage
        /// The day the count starts from: the signing (or the planned start, when there is one), or the start of construction.
        public var reference: BusinessDate
        /// True when `reference` is the planned start date rather than the signing.
        public var fromPlannedStart = false
        /// The day the step was due (the yellow line) and the day it turns red.
        public var due: BusinessDate
        public var redFrom: BusinessDate
        public var daysOverdue: Int
    }

    public var from: BusinessDate
    public var through: BusinessDate
    public var asOf: BusinessDate
    public var rules: RuleSet
    public var members: [Member]
    public var ratios: Ratios
    public var durations: Durations
    public var byGroup: [GroupLine]
    public var alerts: [Alert]

    /// The cohort signed from `from` through `through` at or above the threshold, read on `asOf`.
    public static func compute(states: some Sequence<ProjectState>, from: BusinessDate, through: BusinessDate,
                               asOf: BusinessDate, rules: RuleSet) -> Pipeline {
        let members = states.compactMap { member($0, from: from, through: through, rules: rules) }
            .sorted { ($0.signed, $0.project) < ($1.signed, $1.project) }
        var groups: [String: [Member]] = [:]
        for m in members { groups[m.group.isEmpty ? "—" : m.group, default: []].append(m) }
        let byGroup = groups.map { GroupLine(group: $0.key, members: $0.value, ratios: ratios($0.value), durations: durations($0.value)) }
            .sorted { ($1.members.count, $0.group) < ($0.members.count, $1.group) }
        let alerts = members.compactMap { alert($0, asOf: asOf, rules: rules) }
            .sorted { ($0.light == .red ? 0 : 1, -$0.daysOverdue, $0.member.project) < ($1.light == .red ? 0 : 1, -$1.daysOverdue, $1.member.project) }
        return Pipeline(from: from, through: through, asOf: asOf, rules: rules, members: members,
                        ratios: ratios(members), durations: durations(members), byGroup: byGroup, alerts: alerts)
    }

    static func member(_ s: ProjectState, from: BusinessDate, through: BusinessDate, rules: RuleSet) -> Member? {
        guard let signed = s.signedDate, signed >= from, signed <= through, s.signedAmount >= rules.threshold else { return nil }
        if s.terminatedDate != nil && !rules.counts(.terminated) { return nil }
        let started = rules.counts(.started) ? s.startedDate : nil
        let commissioned = rules.counts(.commissioned) && started != nil ? s.commissionedDate : nil
        let disbursed = rules.counts(.disbursed) ? s.disbursed : .zero
        let fulfilled: Bool = switch rules.fulfilment {
        case .startedOrDisbursed: started != nil || disbursed.fen > 0
        case .started: started != nil
        case .disbursed: disbursed.fen > 0
        case .commissioned: commissioned != nil
        }
        return Member(project: s.project, name: s.name, group: s.group, industry: s.industry, signed: signed,
                      started: started, commissioned: commissioned, terminated: s.terminatedDate, plannedStart: s.plannedStartDate,
                      amount: rules.counts(.revised) ? s.totalInvestment : s.signedAmount,
                      disbursed: disbursed, fulfilled: fulfilled)
    }

    static func ratios(_ members: [Member]) -> Ratios {
        let n = Int64(members.count)
        func count(_ p: (Member) -> Bool) -> Int64 { Int64(members.filter(p).count) }
        // Sums of fen stay within Int64: the cohort's amounts come from one ledger whose
        // summaries refuse totals past Int64 (SummaryOverflow); clamp rather than trap.
        let signed = members.reduce(Int64(0)) { $0.addingReportingOverflow($1.amount.fen).partialValue }
        let disbursed = members.reduce(Int64(0)) { $0.addingReportingOverflow($1.disbursed.fen).partialValue }
        return Ratios(started: Ratio(part: count { $0.started != nil }, whole: n),
                      commissioned: Ratio(part: count { $0.commissioned != nil }, whole: n),
                      funds: Ratio(part: disbursed, whole: signed),
                      fulfilled: Ratio(part: count(\.fulfilled), whole: n))
    }

    static func durations(_ members: [Member]) -> Durations {
        Durations(toStart: DayDistribution(members.compactMap(\.daysToStart)),
                  toCommission: DayDistribution(members.compactMap(\.daysToCommission)),
                  signingToCommission: DayDistribution(members.compactMap(\.daysSigningToCommission)))
    }

    /// The light of a member on `asOf`, nil when on time, commissioned or terminated.
    static func alert(_ m: Member, asOf: BusinessDate, rules: RuleSet) -> Alert? {
        if m.terminated != nil || m.commissioned != nil { return nil }
        let (stage, reference, lights): (Stage, BusinessDate, RuleSet.Lights) =
            if let started = m.started { (.notCommissioned, started, rules.notCommissioned) } else { (.notStarted, m.plannedStart ?? m.signed, rules.notStarted) }
        let due = reference.adding(months: lights.yellowMonths)
        let red = reference.adding(months: lights.redMonths)
        guard asOf >= due else { return nil }
        return Alert(member: m, light: asOf >= red ? .red : .yellow, stage: stage, reference: reference,
                     fromPlannedStart: m.started == nil && m.plannedStart != nil, due: due, redFrom: red, daysOverdue: due.days(to: asOf))
    }
}
