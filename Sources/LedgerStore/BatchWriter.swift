internal import LMDB
internal import Ledger
internal import Catalogue
internal import Crypto

/// Validates and appends the rows of one import inside its write transaction.
///
/// Rows are written as they are accepted, so that later rows see earlier ones through the
/// indexes; if any row has a problem the caller aborts and none of it lands. Project states
/// stay in memory until `finish`, which writes projections and the head.
struct BatchWriter {
    /// A project this import touched: its state now and before, and its new sequences.
    /// A class, so that a row updates it in place with one dictionary lookup.
    final class Touched {
        var state: ProjectState
        let original: ProjectState?
        var newSequences: [UInt64] = []
        /// Its state when the current recorded-time step began, and whether the step touched it (`BatchWriter+SummaryIndex`).
        var stepBase: ProjectState?
        var inStep = false

        init(state: ProjectState, original: ProjectState?) {
            self.state = state
            self.original = original
            self.stepBase = original
        }
    }

    let store: LedgerStore
    let options: ImportOptions
    let recordedAtMs: Int64
    let importedAtMs: Int64
    var head: Head
    var nextBatchId: UInt64
    /// The id of this import's first batch: a stored event from this batch or later is one of this import's rows.
    let firstBatchId: UInt64
    /// The head's sequence when the import began: every event it appends is the next one.
    let startSequence: UInt64
    var problems: [RowProblem] = []
    var outcome = ImportOutcome()

    /// Current state of every project this import touched, and its state before, under its number in `projectIds`.
    var states: [Touched?] = []
    let projectIds = ProjectIds()
    /// New sequences per project, written to `project_events` at the end with MDB_MULTIPLE.
    var seenFiles: Set<[UInt8]> = []
    /// Landed events by project, kind and day, for `checkCorrection`.
    var landedByProject: [String: [LandedKey: [(id: String, amount: Money, sequence: UInt64)]]] = [:]

    var current: BatchRecord?
    var currentSource: BatchSource?
    /// Where an event is encoded when its prepared record does not fit (or there is none).
    var encoder = ByteWriter(capacity: 512)
    /// The summary index's state for this import (`BatchWriter+SummaryIndex`).
    var step = SummaryStep()
    /// The ids this import appended, written to `event_ids` at `finish`.
    var ids: ImportEventIds
    /// The tree grown as events are appended; nil when the stored nodes do not cover the log yet.
    var merkle: MerkleNodeWriter?

    init(store: LedgerStore, txn: borrowing Transaction, options: ImportOptions) throws {
        self.store = store
        self.options = options
        try store.ensureSummaryIndex(txn)
        head = try store.head(txn)
        importedAtMs = Clock.nowMs()
        recordedAtMs = options.recordedAtMs ?? max(importedAtMs, head.recordedAtMs)
        nextBatchId = (try store.readU64(txn, LedgerStore.batchCountKey) ?? 0) + 1
        firstBatchId = nextBatchId
        startSequence = head.sequence
        ids = ImportEventIds(firstSequence: head.sequence + 1)
        merkle = try MerkleNodeWriter(store: store, head: head, txn)
        outcome.dryRun = options.dryRun
        step.continuedRecordedAtMs = head.sequence > 0 ? head.recordedAtMs : nil
    }

    /// True (and noted) when the file's bytes landed before, or appear twice in this import.
    mutating func skipIfLanded(_ source: BatchSource, txn: borrowing Transaction) throws -> Bool {
        if let id = try txn.get(store.batchFiles, key: source.sha256) {
            let batchId = try id.withUnsafeBytes { try store.storedU64($0, "batch_files") }
            if let batch = try store.batch(batchId, txn) { outcome.alreadyLanded.append((source, batch)) }
            return true
        }
        if !seenFiles.insert(source.sha256).inserted { return true }
        return false
    }

    /// Starts the batch of a new file. Checked here, not before: re-importing files that all
    /// landed before writes nothing, so it may name any recorded time.
    mutating func beginSource(_ source: BatchSource) throws {
        // A replayed export keeps its batch's id and recorded time, so that the chain comes out the same.
        let recordedAtMs = source.replay?.recordedAtMs ?? self.recordedAtMs
        if let replay = source.replay {
            guard replay.batchId >= nextBatchId else {
                throw StoreError(.storage, .exportBatchTaken, ["batch": String(replay.batchId), "last": String(nextBatchId - 1)], path: store.path)
            }
            nextBatchId = replay.batchId
        }
        if options.recordedAtMs != nil || source.replay != nil, !options.futureRecordedTimeAllowed,
           recordedAtMs > importedAtMs + Limits.recordedTimeAheadMsMax {
            throw StoreError.recordedTimeAhead(recordedAtMs, clockMs: importedAtMs)
        }
        if recordedAtMs < head.recordedAtMs {
            throw StoreError(.recordedTimeBeforeHead, .recordedBeforeHead,
                             ["time": Timestamp.iso(recordedAtMs), "head": Timestamp.iso(head.recordedAtMs)], path: store.path)
        }
        currentSource = source
        current = BatchRecord(
            id: nextBatchId, fileName: source.fileName, fileSHA256: source.sha256, encoding: source.encoding,
            rows: 0, firstSequence: head.sequence + 1, eventCount: 0, duplicateCount: 0,
            recordedAtMs: recordedAtMs, importedAtMs: importedAtMs, backdated: options.recordedAtMs != nil || source.replay != nil,
            operatorName: options.operatorName)
    }

    mutating func endSource() {
        guard let batch = current else { return }
        if let replay = currentSource?.replay, problems.isEmpty, head.hash != replay.lastHash {
            let (got, expected) = (Hex.string(head.hash), Hex.string(replay.lastHash))
            problems.append(RowProblem(file: batch.fileName, line: 0, column: "hash", value: got, code: "replay_hash") {
                BatchCheckText.replayHash.text($0, ["batch": String(batch.id), "hash": got, "expected": expected])
            })
        }
        current = nil
        // A file without rows records nothing and uses no id: batch ids stay dense, and
        // `batch_count` is always the last batch record's id (verify holds it to that).
        if batch.rows == 0 && batch.eventCount == 0 { return }
        outcome.batches.append(batch)
        nextBatchId += 1
    }

    /// The preparer of the current source's rows: its chain starts at the head.
    func preparer() -> RowPreparer {
        RowPreparer(firstSequence: head.sequence + 1, previousHash: head.hash, recordedAtMs: current!.recordedAtMs, batch: current!.id,
                    projects: projectIds)
    }

    /// Takes one row; `log` is a cursor on `events`, through which the records are appended.
    mutating func accept(_ row: PreparedRow, log: borrowing Cursor, txn: borrowing Transaction) throws {
        current!.rows += 1
        outcome.rows += 1
        switch row.row {
        case .problems(let p):
            problems.append(contentsOf: p)
        case .event(let event, let line):
            if problems.count >= Limits.importProblemsMax { return }   // enough to report; keep counting rows
            try accept(event, line: line, prepared: row, log: log, txn: txn)
        }
    }

    private mutating func problem(_ line: UInt32, _ violation: RuleViolation, column: String = "", value: String = "") {
        problems.append(RowProblem(file: currentSource!.fileName, line: Int(line), column: column, value: value, violation: violation))
    }

    private mutating func accept(_ event: Event, line: UInt32, prepared: borrowing PreparedRow, log: borrowing Cursor,
                                 txn: borrowing Transaction) throws {
        let shape = prepared.shapeChecked ? [] : event.shapeViolations()
        if !shape.isEmpty {
            for v in shape { problem(line, v, value: v.field == "amount" ? event.amount.chinese : "") }
            return
        }
        if outcome.eventsAppended >= UInt64(options.batchEventsMax) {
            let max = String(options.batchEventsMax)
            problems.append(RowProblem(file: currentSource!.fileName, line: Int(line), code: "batch_events_max") {
                BatchCheckText.batchEventsMax.text($0, ["max": max])
            })
            return
        }
        // An id already in the ledger or this import is a repeat or a conflict.
        if let existing = try sequence(ofEvent: event.id, txn) {
            try repeated(event, line: line, existing: existing, txn: txn)
            return
        }
        guard try validate(event, line: line, prepared: prepared, log: log, txn: txn) else { return }
        ids.insert(event.id, sequence: head.sequence)
    }

    /// The sequence of an event id in this import or, when the ledger had events, in `event_ids`.
    mutating func sequence(ofEvent id: String, _ txn: borrowing Transaction) throws -> UInt64? {
        if let sequence = ids.sequence(of: id) { return sequence }
        return startSequence > 0 ? try store.sequence(ofEvent: id, txn) : nil
    }

    /// A row whose id is already in the ledger or this import: a duplicate, or a conflict.
    private mutating func repeated(_ event: Event, line: UInt32, existing: UInt64, txn: borrowing Transaction) throws {
        let stored = try store.event(at: existing, txn)
        if stored.event == event {
            current!.duplicateCount += 1
            outcome.duplicates += 1
        } else if stored.envelope.batch >= firstBatchId {
            let file = stored.envelope.batch == current!.id ? current!.fileName
                : outcome.batches.first { $0.id == stored.envelope.batch }?.fileName ?? ""
            let place = "\(file):\(stored.envelope.sourceLine)"
            problems.append(RowProblem(file: currentSource!.fileName, line: Int(line), column: "id", value: event.id, code: "id_conflict") {
                BatchCheckText.idConflictInImport.text($0, ["id": event.id, "place": place])
            })
        } else {
            let batch = String(stored.envelope.batch)
            problems.append(RowProblem(file: currentSource!.fileName, line: Int(line), column: "id", value: event.id, code: "id_conflict") {
                BatchCheckText.idConflictInLedger.text($0, ["id": event.id, "sequence": String(existing), "batch": batch])
            })
        }
    }

    /// Checks a new event against its project's history and appends it; false when it is bad.
    private mutating func validate(_ event: Event, line: UInt32, prepared: borrowing PreparedRow, log: borrowing Cursor,
                                   txn: borrowing Transaction) throws -> Bool {
        let number = Int(prepared.project >= 0 ? prepared.project : projectIds.number(of: event.project))
        if number >= states.count { states.append(contentsOf: repeatElement(nil, count: number + 1 - states.count)) }
        let touched: Touched
        if let t = states[number] {
            touched = t
        } else {
            touched = try storedState(of: event.project, txn: txn)
            states[number] = touched
        }
        try enterStep(touched, txn: txn)
        if event.kind == .void {
            guard let refolded = try checkVoid(event, line: line, touched: touched, txn: txn) else { return false }
            touched.state = refolded
        } else {
            do {
                try touched.state.apply(event, sequence: head.sequence + 1)
            } catch {
                switch error.code {
                case .notSigned: problem(line, error, column: "project", value: event.project)
                case _ where error.field == "date": problem(line, error, column: "date", value: event.date.description)
                default: problem(line, error, column: error.field ?? "kind", value: event.kind.name)
                }
                return false
            }
        }
        try checkCorrection(event, line: line, txn: txn)
        try append(event, line: line, prepared: prepared, touched: touched, log: log, txn: txn)
        try noteDayFact(event, txn: txn)
        if event.kind == .void {
            try txn.put(store.voids, key: Array(event.ref.utf8), value: head.sequence.bigEndianBytes, flags: .noOverwrite)
        }
        return true
    }

    /// The project's state before this import: from `projects`, else a new project.
    private func storedState(of project: String, txn: borrowing Transaction) throws -> Touched {
        if let stored = try store.project(project, txn) { return Touched(state: stored, original: stored) }
        return Touched(state: ProjectState(project: project), original: nil)
    }

    /// Checks a void and returns the project refolded without the voided event, or nil.
    private mutating func checkVoid(_ event: Event, line: UInt32, touched: Touched, txn: borrowing Transaction) throws -> ProjectState? {
        guard event.ref != event.id, let targetSequence = try sequence(ofEvent: event.ref, txn) else {
            problem(line, RuleViolation(.voidUnknown, field: "ref", detail: event.ref), value: event.ref)
            return nil
        }
        let target = try store.event(at: targetSequence, txn).event
        if target.kind == .void {
            problem(line, RuleViolation(.voidOfVoid, field: "ref", detail: event.ref), value: event.ref)
            return nil
        }
        if try txn.get(store.voids, key: Array(event.ref.utf8)) != nil {
            problem(line, RuleViolation(.voidTwice, field: "ref", detail: event.ref), value: event.ref)
            return nil
        }
        if target.project != event.project {
            problem(line, RuleViolation(.voidOtherProject, field: "project", detail: event.ref), value: event.project)
            return nil
        }
        let history = try (store.sequences(ofProject: event.project, txn) + touched.newSequences).map { sequence in
            (sequence: sequence, event: try store.event(at: sequence, txn).event)
        }
        let voided = Event.voidedIds(history.lazy.map(\.event)).union([event.ref])
        do {
            return try ProjectState.fold(project: event.project, events: history, voided: voided)
        } catch {
            problem(line, RuleViolation(.voidBreaksHistory, field: "ref", detail: error.code.rawValue, cause: error), value: event.ref)
            return nil
        }
    }

    /// Appends one event (its record as prepared, or encoded and hashed here) and grows the tree.
    private mutating func append(_ event: Event, line: UInt32, prepared: borrowing PreparedRow, touched: Touched,
                                 log: borrowing Cursor, txn: borrowing Transaction) throws {
        let sequence = head.sequence + 1
        // The ledger's own invariants, kept on in release: dense sequences, each linked to the head's hash.
        precondition(sequence == startSequence + outcome.eventsAppended + 1, "the next sequence is not the head's plus one")
        precondition(head.hash.count == EventCodec.hashBytes, "the previous hash is not the head's 32-byte hash")
        let (recordedAtMs, batch) = (current!.recordedAtMs, current!.id)
        try prepared.withRecord { record in
            // The prepared record stands when its chain is the head's: always, unless a row before it was skipped.
            if RowPreparer.fits(record, sequence: sequence, previousHash: head.hash, recordedAtMs: recordedAtMs, batch: batch) {
                return try put(record, leaf: MerkleHash(storage: prepared.leaf), sequence: sequence, log: log, txn: txn)
            }
            let leaf = RowPreparer.encode(event, sequence: sequence, recordedAtMs: recordedAtMs, batch: batch, sourceLine: line,
                                          previousHash: head.hash, into: &encoder)
            let encoded = encoder.bytes
            try encoded.withUnsafeBytes { try put($0, leaf: leaf, sequence: sequence, log: log, txn: txn) }
        }
        touched.newSequences.append(sequence)
        head.sequence = sequence
        head.recordedAtMs = current!.recordedAtMs
        current!.eventCount += 1
        outcome.eventsAppended += 1
        if options.dryRun && outcome.preview.count < ImportOutcome.previewEventsMax {
            outcome.preview.append(RecordedEvent(
                envelope: Envelope(sequence: sequence, recordedAtMs: current!.recordedAtMs, batch: current!.id, sourceLine: line,
                                   previousHash: [], hash: head.hash),
                event: event))
        }
    }

    /// Puts one record into the log and its leaf into the tree; its hash becomes the head's.
    ///
    /// The record goes through the import's one cursor on `events`: `mdb_put` descended from the
    /// root for every row, looking each page up in the transaction's dirty list.
    private mutating func put(_ record: UnsafeRawBufferPointer, leaf: MerkleHash, sequence: UInt64, log: borrowing Cursor,
                              txn: borrowing Transaction) throws {
        try withUnsafeBytes(of: sequence.bigEndian) { key in
            try log.put(key: key, value: record, flags: .append)
        }
        head.hash.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: record[(record.count - EventCodec.hashBytes)...])) }
        try merkle?.append(leaf, txn)
    }

    /// A project's new sequences into `project_events`, under its id, with `MDB_MULTIPLE`.
    private func putSequences(_ touched: Touched, _ cursor: borrowing Cursor) throws {
        let sequences = touched.newSequences
        var bytes = [UInt8](repeating: 0, count: sequences.count * 8)
        bytes.withUnsafeMutableBytes { out in
            for (i, s) in sequences.enumerated() { out.storeBytes(of: s.bigEndian, toByteOffset: i * 8, as: UInt64.self) }
        }
        var project = touched.state.project
        try project.withUTF8 { key in
            try bytes.withUnsafeBytes { try cursor.putMultiple(key: UnsafeRawBufferPointer(key), values: $0, size: 8, count: sequences.count) }
        }
    }

    /// Writes the project index, projections, batch records and head.
    mutating func finish(txn: borrowing Transaction) throws -> ImportOutcome {
        let projects = states.compactMap { $0 }.sorted(by: { $0.state.project.utf8.lexicographicallyPrecedes($1.state.project.utf8) })
        states = []
        // The last step's versions first, then the day facts: their memory is freed before the
        // writes below dirty more pages. The projections and quarters are made on another thread
        // while the ids and the project index are put (made there during the day facts, or with
        // the versions, they were held at once with those and the 1M import's peak RSS rose by 20–40 MB).
        try flushStep(txn: txn)
        try writeDayFacts(txn: txn)
        let projections = ProjectionWrites(store: store, touched: projects.map { ($0.state, $0.original) })
        try ids.write(store.eventIds, txn)
        ids.removeAll()
        try txn.withCursor(store.projectEvents) { cursor in
            for touched in projects where !touched.newSequences.isEmpty {
                try putSequences(touched, cursor)
                touched.newSequences = []
            }
        }
        try projections.apply(store, txn)
        for batch in outcome.batches {
            try txn.put(store.batches, key: batch.id.bigEndianBytes, value: batch.encoded(), flags: .append)
            try txn.put(store.batchFiles, key: batch.fileSHA256, value: batch.id.bigEndianBytes, flags: .noOverwrite)
        }
        if let last = outcome.batches.last {
            try txn.put(store.meta, key: LedgerStore.batchCountKey, value: last.id.bigEndianBytes)
        }
        if outcome.eventsAppended > 0 {
            try store.writeHead(txn, head)
            if merkle != nil { try store.writeTree(merkle!.finish(txn), txn) } else { try store.extendMerkleNodes(txn) }
        }
        outcome.head = head
        return outcome
    }
}
