internal import LMDB
public import Ledger

extension LedgerStore {
    /// A stored u64 (a sequence or batch id); any other length than eight bytes is a damaged ledger, not a trap.
    func storedU64(_ bytes: UnsafeRawBufferPointer, _ database: String) throws -> UInt64 {
        guard let value = UInt64(bigEndian8: bytes) else {
            throw StoreError(.corrupt, .valueNot8, ["database": database, "bytes": String(bytes.count)], path: path)
        }
        return value
    }

    /// The sequence of the event with this id (`event_ids`).
    func sequence(ofEvent id: String, _ txn: borrowing Transaction) throws -> UInt64? {
        var id = id
        return try id.withUTF8 { key in
            try txn.get(eventIds, key: UnsafeRawBufferPointer(key)).map { try storedU64($0, "event_ids") }
        }
    }

    /// The event at `sequence`, decoded.
    func event(at sequence: UInt64, _ txn: borrowing Transaction) throws -> RecordedEvent {
        let value = try withUnsafeBytes(of: sequence.bigEndian) { key in try txn.get(events, key: key) }
        guard let value else { throw StoreError(.corrupt, .eventMissing, path: path, sequence: sequence) }
        return try LedgerStore.decodeStored(value, sequence: sequence, path: path)
    }

    /// The stored record `value` at `sequence`, decoded; a record that does not decode is a corrupt ledger at `path`.
    static func decodeStored(_ value: UnsafeRawBufferPointer, sequence: UInt64, path: String) throws -> RecordedEvent {
        do { return try EventCodec.decode(value) } catch {
            throw StoreError(.corrupt, .eventUndecodable, ["detail": CodecError.detail(error, .en)], chinese: ["detail": CodecError.detail(error, .zh)], path: path, sequence: sequence, cause: error)
        }
    }

    /// The sequences of a project's events, in order (`project_events`).
    func sequences(ofProject project: String, _ txn: borrowing Transaction) throws -> [UInt64] {
        try txn.withCursor(projectEvents) { cursor in
            var out: [UInt64] = []
            var entry = try cursor.find(Array(project.utf8))
            while let e = entry {
                out.append(try storedU64(e.value, "project_events"))
                entry = try cursor.nextDuplicate()
            }
            return out
        }
    }

    func project(_ project: String, _ txn: borrowing Transaction) throws -> ProjectState? {
        guard let b = try txn.get(projects, key: Array(project.utf8)) else { return nil }
        do { return try b.withUnsafeBytes { try ProjectionCodec.decodeProject($0) } } catch {
            throw StoreError(.corrupt, .projectionUndecodable, ["project": project, "detail": CodecError.detail(error, .en)],
                             chinese: ["detail": CodecError.detail(error, .zh)], path: path, cause: error)
        }
    }

    func batch(_ id: UInt64, _ txn: borrowing Transaction) throws -> BatchRecord? {
        guard let b = try txn.get(batches, key: id.bigEndianBytes) else { return nil }
        return try b.withUnsafeBytes { try BatchRecord.decode($0) }
    }

    // MARK: Public reads, each in its own read transaction

    /// The event with this id, if any.
    public func event(id: String) throws -> RecordedEvent? {
        try reading { txn in try sequence(ofEvent: id, txn).map { try event(at: $0, txn) } }
    }

    public func event(at sequence: UInt64) throws -> RecordedEvent? {
        try reading { txn in
            let exists = try withUnsafeBytes(of: sequence.bigEndian) { try txn.get(events, key: $0) } != nil
            return exists ? try event(at: sequence, txn) : nil
        }
    }

    /// A project's stored state, or nil when no such project was signed.
    public func project(_ id: String) throws -> ProjectState? {
        try reading { txn in try project(id, txn) }
    }

    /// A project's events in order.
    public func events(ofProject id: String) throws -> [RecordedEvent] {
        try reading { txn in try sequences(ofProject: id, txn).map { try event(at: $0, txn) } }
    }

    /// Every project's stored state, ordered by id bytes.
    public func allProjects() throws -> [ProjectState] {
        try all(projects) { try ProjectionCodec.decodeProject($0) }
    }

    /// Every batch, in order.
    public func allBatches() throws -> [BatchRecord] {
        try all(batches) { try BatchRecord.decode($0) }
    }

    /// Every value of `database` in key order, decoded inside the read transaction (its bytes are
    /// valid only there).
    private func all<T>(_ database: Database, _ decode: (UnsafeRawBufferPointer) throws -> T) throws -> [T] {
        try reading { txn in
            try txn.withCursor(database) { cursor in
                var out: [T] = []
                var entry = try cursor.first()
                while let e = entry {
                    out.append(try decode(e.value))
                    entry = try cursor.next()
                }
                return out
            }
        }
    }

    public func batch(_ id: UInt64) throws -> BatchRecord? {
        try reading { txn in try batch(id, txn) }
    }

    /// The sequence of the void that cancelled the event with this id, if any.
    public func voidingSequence(ofEvent id: String) throws -> UInt64? {
        try reading { txn in try txn.get(voids, key: Array(id.utf8)).map { v in try v.withUnsafeBytes { try storedU64($0, "voids") } } }
    }

    /// Calls `body` with every event from `sequence` on, in order, until it returns false.
    ///
    /// With `verifying`, each event's hash is recomputed and its link to the one before checked
    /// first; the first mismatch throws `StoreError.corrupt` naming its sequence.
    public func forEachEvent(from sequence: UInt64 = 1, through last: UInt64 = .max, verifying: Bool = false,
                             _ body: (RecordedEvent) throws -> Bool) throws {
        // Sequences start at 1: `--from 0` means from the start, not a missing event 0.
        let sequence = max(sequence, 1)
        try reading { txn in
            _ = try walkChain(from: sequence, through: last, verifying: verifying, txn) { key, value in
                let decoded: RecordedEvent
                do { decoded = try EventCodec.decode(value) } catch {
                    throw StoreError(.corrupt, .recordUndecodable, ["detail": CodecError.detail(error, .en)], chinese: ["detail": CodecError.detail(error, .zh)], path: path, sequence: key, cause: error)
                }
                if decoded.sequence > last { return false }
                return try body(decoded)
            }
        }
    }

    /// Checks one stored value's link to `previous` and its own hash; moves `previous` on.
    static func checkLink(_ value: UnsafeRawBufferPointer, sequence: UInt64, previous: inout [UInt8]) throws {
        switch previous.withUnsafeBytes({ linkFault(value, sequence: sequence, previous: $0) }) {
        case .tooShort: throw StoreError(.corrupt, .recordTooShort, sequence: sequence)
        case .notLinked: throw StoreError(.corrupt, .previousHashMismatch, ["previous": String(sequence - 1)], sequence: sequence)
        case nil: break
        }
        let computed = ChainHash.sha256(UnsafeRawBufferPointer(rebasing: value[0..<value.count - 32]))
        if !value[(value.count - 32)...].elementsEqual(computed) {
            throw StoreError(.corrupt, .hashMismatch, sequence: sequence)
        }
        previous = computed
    }

    /// The stored contributions to one quarter: its materialised figures.
    public func contributions(quarter: Quarter) throws -> [PeriodContribution] {
        try reading { txn in try contributions(quarter: quarter, txn) }
    }

    func contributions(quarter: Quarter, _ txn: borrowing Transaction) throws -> [PeriodContribution] {
        let prefix = UInt32(quarter.index)
        return try txn.withCursor(quarters) { cursor in
            var out: [PeriodContribution] = []
            out.reserveCapacity(try LedgerStore.listCapacity(quarters, txn))
            var texts = RepeatedText()
            var entry = try cursor.seek(ProjectionCodec.contributionKey(quarter: quarter.index, project: ""))
            while let e = entry {
                var r = ByteReader(e.key)
                guard try r.u32() == prefix else { break }
                let project = String(decoding: try r.bytes(r.remaining), as: UTF8.self)
                out.append(try ProjectionCodec.decodeContribution(project: project, e.value, texts: &texts))
                entry = try cursor.next()
            }
            return out
        }
    }

    /// Room for a list read from part of `db`: as many as `db` holds (at most 2^18).
    ///
    /// Reserved memory costs nothing until it is written (its pages are mapped on first touch),
    /// while a list grown by doubling is copied into fresh pages each time: that was a third of
    /// a quarter's read. An upper bound is enough, and the database's entry count is one.
    static func listCapacity(_ db: Database, _ txn: borrowing Transaction) throws -> Int {
        min(try txn.statistics(db).entries, 1 << 18)
    }

    /// Stores a project's new state and updates its quarter contributions from `old`.
    func writeProjection(_ state: ProjectState, replacing old: ProjectState?, _ txn: borrowing Transaction) throws {
        var (projectWrites, quarterWrites) = (SortedWrites(), SortedWrites())
        projectionWrites(state, replacing: old, projects: &projectWrites, quarters: &quarterWrites)
        try projectWrites.apply(projects, txn)
        try quarterWrites.apply(quarters, txn)
    }

    /// What `writeProjection` writes, collected so that an import applies all its projects' writes in key order.
    func projectionWrites(_ state: ProjectState, replacing old: ProjectState?, projects: inout SortedWrites, quarters: inout SortedWrites) {
        // A project whose signing was voided has no state: it is as if it never was.
        if state.isSigned {
            projects.put(Array(state.project.utf8), ProjectionCodec.encode(state))
        } else {
            projects.delete(Array(state.project.utf8))
        }
        let before = old?.contributions() ?? [:]
        let after = state.contributions()
        for q in Set(before.keys).union(after.keys) {
            let key = ProjectionCodec.contributionKey(quarter: q, project: state.project)
            if let c = after[q] {
                if before[q] != c { quarters.put(key, ProjectionCodec.encode(c)) }
            } else {
                quarters.delete(key)
            }
        }
    }
}
