internal import LMDB
public import Ledger
internal import Catalogue

/// Which events a fold of the log takes in: the two time axes.
public struct FoldFilter: Sendable {
    /// Only events recorded at or before this time (ms): what the ledger knew then.
    public var knownAtMs: Int64?
    /// Only events whose business date is on or before this day: the world as it was then.
    public var asOf: BusinessDate?
    /// Only events 1...throughSequence: the log prefix a sealed report was computed over.
    public var throughSequence: UInt64?

    public init(knownAtMs: Int64? = nil, asOf: BusinessDate? = nil, throughSequence: UInt64? = nil) {
        self.knownAtMs = knownAtMs
        self.asOf = asOf
        self.throughSequence = throughSequence
    }

    public var isEverything: Bool { knownAtMs == nil && asOf == nil && throughSequence == nil }
}

extension LedgerStore {
    /// Offset of the kind byte in a stored event: after the previous hash and the version.
    static let kindOffset = 33
    /// Offset of the sequence: after the kind.
    static let sequenceOffset = 34
    /// Offset of recorded_at_ms: previous hash, version, kind, sequence.
    static let recordedOffset = 42
    /// Offset of the batch id: after recorded_at_ms.
    static let batchOffset = 50

    /// Folds the log into project states, voided events left out: the projections from scratch.
    ///
    /// Two passes: the first collects the ids voided (within the filter), the second folds.
    /// Recorded times never decrease along the log, so `knownAtMs` is a prefix of it.
    public func fold(_ filter: FoldFilter = FoldFilter()) throws -> [String: ProjectState] {
        try reading { txn in try fold(filter, txn) }
    }

    func fold(_ filter: FoldFilter, _ txn: borrowing Transaction) throws -> [String: ProjectState] {
        try folder(filter, monthly: false, txn).states
    }

    /// Folds as `fold` does, also summing each project's disbursements by month (`EventFold.monthly`).
    ///
    /// Project states keep money by quarter, which is what the projection stores; a month's
    /// summary needs it by month, so this fold keeps that beside the states it builds.
    public func foldByMonth(_ filter: FoldFilter = FoldFilter()) throws -> EventFold {
        try reading { txn in try folder(filter, monthly: true, txn).fold }
    }

    private func folder(_ filter: FoldFilter, monthly: Bool, _ txn: borrowing Transaction) throws -> Folder {
        try LedgerStore.folder(asOf: filter.asOf, monthly: monthly) { body in try scan(filter, txn, body) }
    }

    /// The fold of the records `each` hands over in log order, twice: voided ids first, then the fold.
    static func folder(asOf: BusinessDate?, monthly: Bool, _ each: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> Folder {
        var voided: Set<String> = []
        let addVoid = { (value: UnsafeRawBufferPointer) throws in
            guard value.count > LedgerStore.kindOffset, value[LedgerStore.kindOffset] == EventKind.void.rawValue else { return }
            voided.insert(try EventView(value).ref)
        }
        try each(addVoid)
        var folder = Folder(voided: voided, asOf: asOf, byMonth: monthly)
        try each { value in try folder.add(try EventView(value)) }
        return folder
    }

    /// Adds stored events to an `EventFold`, one view at a time: the fold every summary shares.
    ///
    /// Reads event views, not decoded events: a record that does not count (`EventFold.counts`)
    /// is never decoded, and of one that does only a project id, and a signing's names, become Strings.
    struct Folder {
        var fold: EventFold
        var states: [String: ProjectState] { fold.states }

        init(voided: Set<String>, asOf: BusinessDate?, byMonth: Bool = false) {
            fold = EventFold(voided: voided, asOf: asOf, byMonth: byMonth)
        }

        mutating func add(_ view: EventView) throws {
            if let violation = try addReturningViolation(view) { throw LedgerStore.historyBroken(view, violation) }
        }

        /// As `add`, but the rule an event breaks is returned, not thrown: `verify` names it in both languages.
        mutating func addReturningViolation(_ view: EventView) throws(CodecError) -> RuleViolation? {
            guard fold.counts(kind: EventKind(rawValue: view.kindCode), id: view.id) else { return nil }
            let event = try view.eventForFold()
            do {
                try fold.apply(event, sequence: view.sequence)
            } catch {
                return error
            }
            return nil
        }
    }

    /// The error of a fold that meets an event breaking its project's history.
    static func historyBroken(_ view: EventView, _ violation: RuleViolation) -> StoreError {
        StoreError(.corrupt, .breaksHistory, ["id": view.id, "violation": violation.message(.en)], chinese: ["violation": violation.message(.zh)],
                   sequence: view.sequence)
    }

    /// Folds stored records as `folder` does, for `rebuild` (`ProjectFold`): the voided ids from
    /// `voids`, then each record of `values` in order, throwing at the first that does not decode
    /// or breaks its project's history. `passed` is told how many records it is done with.
    static func projectFold(_ values: [UnsafeRawBufferPointer], voids: [UnsafeRawBufferPointer], passed: (Int) -> Void) throws -> [String: ProjectState] {
        var voided: Set<String> = []
        for value in voids { voided.insert(try EventView(value).ref) }
        var fold = ProjectFold(voided: voided)
        for (i, value) in values.enumerated() {
            let view = try EventView(value)
            if let violation = try fold.add(view, project: fold.number(of: view)) { throw historyBroken(view, violation) }
            if i & 1023 == 1023 { passed(i + 1) }
        }
        passed(values.count)
        return fold.byProject
    }

    /// Calls `body` with each stored event value within the filter's recorded time, in order.
    func scan(_ filter: FoldFilter, _ txn: borrowing Transaction, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try txn.withCursor(events) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                if let through = filter.throughSequence, e.key.count == 8, UInt64(bigEndianBytes: e.key) > through { return }
                if let knownAt = filter.knownAtMs {
                    var r = ByteReader(e.value, offset: LedgerStore.recordedOffset)
                    if try r.i64() > knownAt { return }
                }
                try body(e.value)
                entry = try cursor.next()
            }
        }
    }

    /// The number of events the filter's recorded time takes in: the size of its log prefix.
    ///
    /// Recorded times never decrease along the log (a batch is recorded after the one before
    /// it, as `scan` relies on), so the prefix is found by bisection: O(log n) reads, not a scan.
    public func prefixSize(_ filter: FoldFilter) throws -> UInt64 {
        try reading { txn in
            var end = try head(txn).sequence
            if let through = filter.throughSequence { end = min(end, through) }
            guard let knownAt = filter.knownAtMs else { return end }
            var low: UInt64 = 0, high = end  // events 1...low are known by then; low...high is open
            while low < high {
                let middle = low + (high - low + 1) / 2
                if try recordedAtMs(at: middle, txn) <= knownAt { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }

    /// The recorded time of the event at `sequence`, which must be in the log.
    private func recordedAtMs(at sequence: UInt64, _ txn: borrowing Transaction) throws -> Int64 {
        guard let value = try withUnsafeBytes(of: sequence.bigEndian, { try txn.get(events, key: $0) }),
              value.count >= LedgerStore.recordedOffset + 8 else {
            throw StoreError(.corrupt, .missingHead, ["head": String(sequence)], path: path, sequence: sequence)
        }
        var r = ByteReader(value, offset: LedgerStore.recordedOffset)
        return try r.i64()
    }
}
