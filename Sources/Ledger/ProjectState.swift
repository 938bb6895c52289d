/// A project as its events (voids taken out) leave it: the fold of the lifecycle.
///
/// `apply` enforces the order rules of DOMAIN.md; the same fold serves validation on import,
/// the live projections and `rebuild`, so they cannot disagree.
public struct ProjectState: Hashable, Sendable {
    public var project: String
    public var name = ""
    public var group = ""
    public var industry = ""
    public var investor = ""
    /// Descriptive facts from the signing and later `updated` events, in the order first given.
    public var attributes: [Attribute] = []
    /// The amount of the signing: what a quarter's summary counts.
    public var signedAmount = Money.zero
    /// The total investment after revisions.
    public var totalInvestment = Money.zero
    public var disbursed = Money.zero
    public var signedDate: BusinessDate?
    public var startedDate: BusinessDate?
    public var commissionedDate: BusinessDate?
    public var terminatedDate: BusinessDate?
    public var revisionCount = 0
    /// The sequence of each milestone's event, for `--explain`; 0 when none.
    public var signedSequence: UInt64 = 0
    public var startedSequence: UInt64 = 0
    public var commissionedSequence: UInt64 = 0
    /// Money disbursed, by quarter index (`Quarter.index`).
    ///
    /// A project's disbursements come mostly in runs within one quarter, so the current
    /// quarter's sum is kept inline and folded into the dictionary only when the quarter
    /// changes: the import's hot path then touches no dictionary (measured: 12–17% of a
    /// 1M-event import went to this dictionary's hashing and cache misses).
    public var disbursedByQuarter: [Int: Int64] {
        get {
            var all = flushedDisbursements
            if pendingQuarter >= 0 { all[pendingQuarter, default: 0] += pendingFen }
            return all
        }
        set {
            flushedDisbursements = newValue
            pendingQuarter = -1
            pendingFen = 0
        }
    }
    private var flushedDisbursements: [Int: Int64] = [:]
    private var pendingQuarter = -1
    private var pendingFen: Int64 = 0
    /// Active events (not voided, voids themselves excluded).
    public var eventCount = 0
    public var lastSequence: UInt64 = 0

    public init(project: String) { self.project = project }

    public var isSigned: Bool { signedDate != nil }

    /// 计划开工日期, when an attribute gives one: the "not started" lights count from it.
    public var plannedStartDate: BusinessDate? { attributes[Attribute.plannedStart].flatMap { try? BusinessDate.parse($0) } }

    public var status: ProjectStatus {
        if terminatedDate != nil { return .terminated }
        if commissionedDate != nil { return .commissioned }
        if startedDate != nil { return .started }
        return .signed
    }

    /// Days from signing to the start of construction, when both happened.
    public var daysToStart: Int? {
        guard let s = signedDate, let t = startedDate else { return nil }
        return s.days(to: t)
    }

    /// Days from the start of construction to commissioning.
    public var daysToCommission: Int? {
        guard let s = startedDate, let c = commissionedDate else { return nil }
        return s.days(to: c)
    }

    /// Days from signing to commissioning.
    public var daysSigningToCommission: Int? {
        guard let s = signedDate, let c = commissionedDate else { return nil }
        return s.days(to: c)
    }

    /// Checks `event` against the lifecycle without changing anything.
    public func check(_ e: Event) throws(RuleViolation) {
        precondition(e.project == project, "event applied to another project's state")
        try check(e.kind, date: e.date)
    }

    /// Checks an event of this kind and date against the lifecycle: all the rules read of an event.
    ///
    /// Inlined: called from `apply`, a call copied the whole state (a large struct passed by
    /// value) for every event folded.
    @inline(__always)
    public func check(_ kind: EventKind, date: BusinessDate) throws(RuleViolation) {
        if kind == .void { return }
        guard let signed = signedDate else {
            if kind != .signed { throw RuleViolation(.notSigned) }
            return
        }
        if kind == .signed { throw RuleViolation(.alreadySigned, detail: signed.description) }
        // A descriptive correction (`updated`) is no lifecycle step: a terminated project's name may still be put right.
        if let t = terminatedDate, kind != .updated { throw RuleViolation(.afterTermination, detail: t.description) }
        if date < signed { throw RuleViolation(.beforeSigning, field: "date", detail: signed.description) }
        if eventCount >= Limits.projectEventsMax { throw RuleViolation(.tooManyEvents, detail: String(Limits.projectEventsMax)) }
        switch kind {
        case .started:
            if let s = startedDate { throw RuleViolation(.alreadyStarted, detail: s.description) }
        case .commissioned:
            if let c = commissionedDate { throw RuleViolation(.alreadyCommissioned, detail: c.description) }
            guard let s = startedDate else { throw RuleViolation(.notStarted) }
            if date < s { throw RuleViolation(.beforeStart, field: "date", detail: s.description) }
        default:
            break
        }
    }

    /// Applies `event` (never a void: voids are applied by folding without the voided event).
    public mutating func apply(_ e: Event, sequence: UInt64) throws(RuleViolation) {
        try check(e)
        switch e.kind {
        case .signed:
            name = e.name
            group = e.group
            industry = e.industry
            investor = e.investor
            attributes = e.attributes
            signedAmount = e.amount
            totalInvestment = e.amount
            signedDate = e.date
            signedSequence = sequence
        case .updated:
            if !e.name.isEmpty { name = e.name }
            if !e.group.isEmpty { group = e.group }
            if !e.industry.isEmpty { industry = e.industry }
            if !e.investor.isEmpty { investor = e.investor }
            attributes = Attribute.merged(attributes, e.attributes)
        case .void:
            return
        default:
            return step(e.kind, date: e.date, amount: e.amount, sequence: sequence)
        }
        counted(sequence)
    }

    /// Applies an event of a kind that carries no names or attributes (any kind but `signed` and
    /// `updated`) from its figures alone, as `apply` does.
    ///
    /// `verify` and `rebuild` fold every event of the log from its stored record; building an
    /// `Event` of Strings for each, to read its kind, date and amount, cost more than the fold.
    public mutating func apply(_ kind: EventKind, date: BusinessDate, amount: Money, sequence: UInt64) throws(RuleViolation) {
        precondition(kind != .signed && kind != .updated, "a signing or an update carries names: apply the event")
        try check(kind, date: date)
        step(kind, date: date, amount: amount, sequence: sequence)
    }

    /// The lifecycle step of a checked event of a kind without names, or nothing for a void.
    private mutating func step(_ kind: EventKind, date: BusinessDate, amount: Money, sequence: UInt64) {
        switch kind {
        case .disbursed:
            disbursed = Money(fen: disbursed.fen + amount.fen)
            let quarter = date.quarter.index
            if quarter == pendingQuarter {
                pendingFen += amount.fen
            } else {
                if pendingQuarter >= 0 { flushedDisbursements[pendingQuarter, default: 0] += pendingFen }
                pendingQuarter = quarter
                pendingFen = amount.fen
            }
        case .started:
            startedDate = date
            startedSequence = sequence
        case .commissioned:
            commissionedDate = date
            commissionedSequence = sequence
        case .revised:
            totalInvestment = amount
            revisionCount += 1
        case .terminated:
            terminatedDate = date
        case .signed, .updated, .void:
            return
        }
        counted(sequence)
    }

    /// One more active event, the last at `sequence`.
    private mutating func counted(_ sequence: UInt64) {
        eventCount += 1
        lastSequence = sequence
        checkInvariants()
    }

    /// Folds a project's events in sequence order, leaving out the voided ones.
    public static func fold(project: String, events: [(sequence: UInt64, event: Event)], voided: Set<String>) throws(RuleViolation) -> ProjectState {
        var state = ProjectState(project: project)
        for (sequence, event) in events where event.counts(voided: voided) {
            try state.apply(event, sequence: sequence)
        }
        return state
    }
}

extension ProjectState {
    /// Equal when every figure is, however the disbursements are split between the inline
    /// quarter and the dictionary.
    public static func == (a: ProjectState, b: ProjectState) -> Bool {
        a.project == b.project && a.name == b.name && a.group == b.group && a.industry == b.industry
            && a.investor == b.investor && a.attributes == b.attributes && a.signedAmount == b.signedAmount && a.totalInvestment == b.totalInvestment
            && a.disbursed == b.disbursed && a.signedDate == b.signedDate && a.startedDate == b.startedDate
            && a.commissionedDate == b.commissionedDate && a.terminatedDate == b.terminatedDate
            && a.revisionCount == b.revisionCount && a.signedSequence == b.signedSequence
            && a.startedSequence == b.startedSequence && a.commissionedSequence == b.commissionedSequence
            && a.eventCount == b.eventCount && a.lastSequence == b.lastSequence
            && a.disbursedByQuarter == b.disbursedByQuarter
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(project)
        hasher.combine(lastSequence)
        hasher.combine(disbursed)
        hasher.combine(disbursedByQuarter)
    }
}
