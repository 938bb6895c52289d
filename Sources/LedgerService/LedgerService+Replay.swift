public import Ledger
public import LedgerStore

/// Which events `replay` walks through.
public struct ReplayQuery: Sendable {
    public var project: String?
    public var from: UInt64
    public var to: UInt64?
    /// Only events with a business date on or before this day.
    public var until: BusinessDate?
    /// Only events recorded at or before this time.
    public var knownAtMs: Int64?
    public var batch: UInt64?
    /// Recompute each event's hash and link as it goes.
    public var verify: Bool

    public init(project: String? = nil, from: UInt64 = 1, to: UInt64? = nil, until: BusinessDate? = nil,
                knownAtMs: Int64? = nil, batch: UInt64? = nil, verify: Bool = false) {
        self.project = project
        self.from = from
        self.to = to
        self.until = until
        self.knownAtMs = knownAtMs
        self.batch = batch
        self.verify = verify
    }
}

/// One event of a replay with what it changed: its project before and after.
public struct ReplayStep: Sendable {
    public var event: ListedEvent
    public var before: ProjectState
    public var after: ProjectState
}

extension LedgerService {
    /// Walks the log in order, handing each event the query admits to `body` with its
    /// project's state before and after; returns how many it handed over.
    ///
    /// The change is computed over every event of the project seen so far, including those
    /// the batch filter leaves out, so that a batch's steps say what they changed.
    @discardableResult
    public func replay(_ query: ReplayQuery, _ body: (ReplayStep) throws -> Void) throws -> Int {
        let store = try open(readOnly: true)
        let batches = try batchesById(store)
        var states: [String: ProjectState] = [:]
        var voided: Set<String> = []
        var history: [String: [(sequence: UInt64, event: Event)]] = [:]
        var shown = 0
        let last = query.to ?? .max
        let projectEvents: [RecordedEvent]? = try query.project.map { try store.events(ofProject: $0) }
        let projectSequences: Set<UInt64>? = projectEvents.map { Set($0.map(\.sequence)) }
        func handle(_ r: RecordedEvent) throws -> Bool {
            if let knownAtMs = query.knownAtMs, r.envelope.recordedAtMs > knownAtMs { return false }
            let e = r.event
            if let projectSequences, !projectSequences.contains(r.sequence) { return true }
            if let until = query.until, e.date > until { return true }
            let before = states[e.project] ?? ProjectState(project: e.project)
            var after = before
            if e.kind == .void {
                voided.insert(e.ref)
                after = (try? ProjectState.fold(project: e.project, events: history[e.project] ?? [], voided: voided)) ?? before
            } else {
                try? after.apply(e, sequence: r.sequence)
                history[e.project, default: []].append((r.sequence, e))
            }
            states[e.project] = after
            if let batch = query.batch, r.envelope.batch != batch { return true }
            let listed = ListedEvent(record: r, voidedBy: try store.voidingSequence(ofEvent: e.id),
                                     file: batches[r.envelope.batch]?.fileName ?? "")
            try body(ReplayStep(event: listed, before: before, after: after))
            shown += 1
            return true
        }
        if let projectEvents, !query.verify {
            // One project: its events through the index, not a scan of the whole log.
            for r in projectEvents where r.sequence >= query.from && r.sequence <= last {
                if try !handle(r) { break }
            }
        } else {
            try store.forEachEvent(from: query.from, through: last, verifying: query.verify, handle)
        }
        return shown
    }
}
