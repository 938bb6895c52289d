/// What one project adds to one part of a period (a quarter or a month): the unit of every summary.
///
/// The per-quarter projection keeps one per project and quarter, so a change to one project
/// is a delete and a put of that project's few contributions, never a rescan of the log. A
/// month, smaller than what the projection keeps, is computed from a fold (`contribution(to:disbursed:)`).
public struct PeriodContribution: Hashable, Sendable {
    public var project: String
    public var name: String
    public var group: String
    public var industry: String
    /// The signing date of the project (for new-versus-continuing splits).
    public var signedDate: BusinessDate
    /// Nonzero when the project was signed in this quarter: the amount signed.
    public var signedAmount: Money
    public var signedSequence: UInt64
    public var startedSequence: UInt64
    public var commissionedSequence: UInt64
    public var terminated: Bool
    public var disbursed: Money

    public init(project: String, name: String, group: String, industry: String, signedDate: BusinessDate, signedAmount: Money,
                signedSequence: UInt64, startedSequence: UInt64, commissionedSequence: UInt64, terminated: Bool, disbursed: Money) {
        self.project = project
        self.name = name
        self.group = group
        self.industry = industry
        self.signedDate = signedDate
        self.signedAmount = signedAmount
        self.signedSequence = signedSequence
        self.startedSequence = startedSequence
        self.commissionedSequence = commissionedSequence
        self.terminated = terminated
        self.disbursed = disbursed
    }

    public var isSigning: Bool { signedSequence != 0 }
    public var isStart: Bool { startedSequence != 0 }
    public var isCommissioning: Bool { commissionedSequence != 0 }
}

extension ProjectState {
    /// This project's contribution to each quarter it touches, by quarter index.
    public func contributions() -> [Int: PeriodContribution] {
        guard let signed = signedDate else { return [:] }
        var out: [Int: PeriodContribution] = [:]
        func entry(_ q: Int) -> PeriodContribution {
            out[q] ?? PeriodContribution(
                project: project, name: name, group: group, industry: industry, signedDate: signed,
                signedAmount: .zero, signedSequence: 0, startedSequence: 0, commissionedSequence: 0,
                terminated: false, disbursed: .zero)
        }
        func update(_ q: Int, _ change: (inout PeriodContribution) -> Void) {
            var c = entry(q)
            change(&c)
            out[q] = c
        }
        update(signed.quarter.index) { $0.signedAmount = signedAmount; $0.signedSequence = signedSequence }
        if let s = startedDate { update(s.quarter.index) { $0.startedSequence = startedSequence } }
        if let d = commissionedDate { update(d.quarter.index) { $0.commissionedSequence = commissionedSequence } }
        if let t = terminatedDate { update(t.quarter.index) { $0.terminated = true } }
        for (q, fen) in disbursedByQuarter where fen != 0 { update(q) { $0.disbursed = Money(fen: fen) } }
        return out
    }
}

extension ProjectState {
    /// This project's contribution to `period`, given what was disbursed to it in the period; nil when it adds nothing.
    ///
    /// The projection keeps quarters (`contributions()`); this serves any period, for a fold
    /// that summed the project's disbursements over the period's days itself.
    public func contribution(to period: Period, disbursed: Money) -> PeriodContribution? {
        guard let signed = signedDate else { return nil }
        func within(_ date: BusinessDate?) -> Bool { date.map(period.contains) ?? false }
        let c = PeriodContribution(
            project: project, name: name, group: group, industry: industry, signedDate: signed,
            signedAmount: within(signed) ? signedAmount : .zero, signedSequence: within(signed) ? signedSequence : 0,
            startedSequence: within(startedDate) ? startedSequence : 0,
            commissionedSequence: within(commissionedDate) ? commissionedSequence : 0,
            terminated: within(terminatedDate), disbursed: disbursed)
        return c.isSigning || c.isStart || c.isCommissioning || c.terminated || disbursed.fen != 0 ? c : nil
    }
}
