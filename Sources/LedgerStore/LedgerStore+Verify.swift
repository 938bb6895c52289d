internal import Catalogue
internal import LMDB
internal import Ledger
internal import Crypto
internal import Foundation

/// What `verify` found: the digest, or the first thing that did not match.
public struct VerifyReport: Sendable {
    public var eventsChecked: UInt64 = 0
    public var head: Head = .empty
    /// The first bad sequence number, when the failure is about one event (0 otherwise).
    public var firstBadSequence: UInt64 = 0
    /// Each mismatch, first one first, with its place.
    public var findings: [VerifyFailure] = []
    /// Each mismatch as one English line.
    public var failures: [String] { findings.map { $0.line(.en) } }
    public var ok: Bool { findings.isEmpty }
}

extension LedgerStore {
    /// Every named database `verify` reads, each against the log or against another: a database
    /// added to `databaseNames` must get its check here (a test holds the two lists equal).
    static let verifiedDatabases = ["events", "event_ids", "project_events", "voids", "batches", "batch_files", "projects", "quarters", "meta"]

    /// Recomputes the chain, checks batches, meta, every index both ways, and the projections against a fresh fold.
    public func verify() throws -> VerifyReport {
        try reading { txn in try verify(txn) }
    }

    func verify(_ txn: borrowing Transaction) throws -> VerifyReport {
        let findings = VerifyFindings()
        let batches = try readBatches(txn, findings)
        let stored = try storedLog(txn)
        // Hashes (and builds the summary history) on a second thread while this one checks the
        // rest. The records are pointers into this read transaction's map: the thread is waited
        // for on every way out, throws included.
        // A head that does not read is a finding further on, not a throw here.
        let history = (try? summaryIndexChecked(txn)) == true ? historyInput(stored, txn) : nil
        let resident = ResidentRecords(stored.values, readers: 2, txn.mapPages)
        let hashing = HashingThread(stored.linkedValues, merkle: merkleNodes != nil, history: history, resident: resident)
        verifyProbe.lastHashing = hashing
        hashing.start()
        defer { _ = hashing.wait() }
        let log = try scanLog(txn, stored, batches: batches, findings) { read in
            if read & 1023 == 0 || read == stored.values.count { resident.passed(0, before: read) }
        }
        resident.passed(0, before: stored.values.count)
        try verifyBatches(txn, batches, log: log, findings)
        log.batchFindings.forEach(findings.add)
        try verifyMeta(txn, log: log, batches: batches, findings)
        try verifyIndexes(txn, log: log, findings)
        // Each later pass reads other databases: what the scan and the indexes made resident can go.
        txn.mapPages.releaseAll()
        if findings.isEmpty { try verifyProjections(txn, folded: log.folded, quarters: LedgerStore.projectionEntries(log.folded, withProjects: false).quarters, findings) }
        if findings.isEmpty, try summaryIndexChecked(txn) {
            try compareSummaryIndex(try hashing.wait().history?.get() ?? summaryHistory(txn), txn, findings)
            txn.mapPages.releaseAll()
        }
        try verifyMerkleNodes(txn, leaves: stored.values[0..<log.records], computed: log.records == stored.linked ? hashing.wait() : nil, findings)
        try verifyProbe.fault?()
        let bad = hashing.take().firstBad
        // The thread hashed every linked record; the scan may have stopped short of them, full of failures.
        if bad > 0 && bad <= UInt64(log.records) { findings.insertFirst(VerifyFailure(.sequence(bad), .hashMismatch)) }
        var report = VerifyReport()
        report.eventsChecked = log.eventsChecked
        report.head = (try? head(txn)) ?? .empty   // a damaged head is one of the findings
        report.findings = findings.failures
        report.firstBadSequence = findings.failures.lazy.map(\.sequence).filter { $0 > 0 }.min() ?? 0
        return report
    }

    /// Every record of the log as stored, read once through `eachRecord`: how many from the
    /// first have dense keys from 1 (and the key after them), and how many of those are linked
    /// in place, each long enough to hold its two hashes.
    struct StoredLog {
        var values: [UnsafeRawBufferPointer] = []
        var dense = 0
        /// The key of record `dense`, where the keys stop being dense: nil when it is not eight bytes.
        var keyAfterDense: UInt64?
        var linked = 0
        /// Where the records of kind void are (those long enough to have a kind), in log order.
        var voids: [Int] = []

        /// The linked records: what the hashing thread reads.
        var linkedValues: [UnsafeRawBufferPointer] { linked == values.count ? values : Array(values[0..<linked]) }
    }

    /// Each run of records read is let go of at once (`ResidentRecords`): the threads read them again.
    func storedLog(_ txn: borrowing Transaction) throws -> StoredLog {
        var log = StoredLog()
        var linking = true
        var released = 0
        let pages = txn.mapPages
        try eachRecord(from: nil, txn) { key, value in
            if log.dense == log.values.count {
                if key == UInt64(log.values.count + 1) { log.dense += 1 } else { log.keyAfterDense = key }
            }
            if value.count > LedgerStore.kindOffset && value[LedgerStore.kindOffset] == EventKind.void.rawValue { log.voids.append(log.values.count) }
            log.values.append(value)
            if log.values.count - released == ResidentRecords.chunk {
                ResidentRecords.release(log.values[released...], pages)
                released = log.values.count
            }
            linking = linking && log.dense == log.values.count && value.count > 2 * EventCodec.hashBytes
            if linking { log.linked += 1 }
            return true
        }
        return log
    }

    /// What the summary history needs of the database besides the records: each void's target in `event_ids`.
    func historyInput(_ stored: StoredLog, _ txn: borrowing Transaction) -> HashingThread.HistoryInput {
        var targets: [UInt64: Result<UInt64?, any Error>] = [:]
        for i in stored.voids where i < stored.linked {
            guard let view = try? EventView(stored.values[i]) else { continue }
            targets[view.sequence] = Result { try sequence(ofEvent: view.ref, txn) }
        }
        return HashingThread.HistoryInput(voidTargets: targets, path: path)
    }

    /// What one pass over the log found, for the checks of the other databases.
    struct LogScan {
        var eventsChecked: UInt64 = 0
        var lastSequence: UInt64 = 0
        var lastHash: [UInt8] = EventCodec.genesisHash
        var lastRecordedAtMs: Int64 = 0
        /// The projects of the log, numbered on first sight, and each one's sequences in log order by number.
        var projects = ProjectNumbers()
        var projectSequences = ProjectSequences()
        var voidTargets: [String: UInt64] = [:]
        /// Events of each batch id, as the events name them.
        var batchEvents: [UInt64: UInt64] = [:]
        var folded: [String: ProjectState] = [:]
        /// What the events said about their batches, reported after the batch records' own failures.
        var batchFindings: [VerifyFailure] = []
        /// How many records from the first the scan passed: the Merkle tree's leaves.
        var records = 0
    }

    /// Reads the log once: keys dense from 1, links, record fields, `event_ids`, batch ranges, the fold.
    /// `passed` is told how many records from the first the scan is done with, after each.
    func scanLog(_ txn: borrowing Transaction, _ stored: StoredLog, batches: [BatchRecord], _ findings: VerifyFindings,
                 passed: (Int) -> Void) throws -> LogScan {
        var scan = LogScan()
        scan.projectSequences = ProjectSequences(reserving: stored.values.count)
        var fold = ProjectFold(voided: LedgerStore.voidedIds(stored))
        var ranges = BatchRanges(batches)
        var batchRun = BatchRun()
        var previous = UnsafeRawBufferPointer(start: nil, count: 0)
        var expected: UInt64 = 1
        var lastRecorded: Int64 = .min
        records: for (i, value) in stored.values.enumerated() {
            guard !findings.isFull else { break records }
            defer {
                expected += 1
                passed(i + 1)
            }
            let storedKey = i < stored.dense ? UInt64(i + 1) : stored.keyAfterDense
            guard let key = storedKey, key == expected else {
                findings.at(expected, storedKey == nil ? .logKeyMalformed : .logJumps, [("from", .text("\(expected - 1)")), ("to", .text("\(storedKey ?? 0)"))])
                break records
            }
            switch LedgerStore.linkFault(value, sequence: key, previous: previous) {
            case .tooShort:
                findings.at(key, .recordTooShort, [("bytes", .text("\(value.count)"))])
                break records
            case .notLinked: findings.at(key, .previousHashMismatch, [("previous", .text("\(key - 1)"))])
            case nil: break
            }
            previous = UnsafeRawBufferPointer(rebasing: value[(value.count - 32)...])
            scan.records += 1
            scan.lastSequence = key
            let view: EventView
            do { view = try EventView(value) } catch {
                findings.at(key, .recordUndecodable, [("reason", VerifyFailure.reason(error))])
                continue
            }
            if let reason = LedgerStore.undecodableField(view) {
                findings.at(key, .recordUndecodable, [("reason", VerifyFailure.reason(reason))])
                continue
            }
            if view.sequence != key { findings.at(key, .recordSaysSequence, [("stored", .text("\(view.sequence)"))]) }
            if view.recordedAtMs < lastRecorded { findings.at(key, .recordedTimeBackwards) }
            lastRecorded = view.recordedAtMs
            scan.lastRecordedAtMs = view.recordedAtMs
            try checkEventId(view, key: key, txn, findings)
            ranges.check(view, key: key)
            batchRun.add(view.batch, &scan.batchEvents)
            let project = fold.number(of: view)
            scan.projectSequences.note(project, key)
            if view.kindCode == EventKind.void.rawValue { scan.voidTargets[view.ref] = key }
            do {
                if let violation = try fold.add(view, project: project) {
                    findings.at(key, .historyBreaks, [("id", .text(view.id)), ("reason", .both(zh: violation.message(.zh), en: violation.message(.en)))])
                }
            } catch {
                findings.at(key, .recordUndecodable, [("reason", VerifyFailure.reason(error))])
            }
            scan.eventsChecked += 1
        }
        if previous.count == 32 { scan.lastHash = [UInt8](previous) }
        batchRun.flush(&scan.batchEvents)
        scan.projects = fold.projects
        scan.projectSequences.group(projects: fold.projects.count)
        scan.folded = fold.byProject
        scan.batchFindings = ranges.findings.failures
        return scan
    }

    /// The ids voided in the log, skipping records that do not decode (the scan names those).
    private static func voidedIds(_ stored: StoredLog) -> Set<String> {
        var voided: Set<String> = []
        for i in stored.voids {
            if let view = try? EventView(stored.values[i]) { voided.insert(view.ref) }
        }
        return voided
    }

    /// A field `EventView` does not check: text that is not UTF-8, a date that is no day.
    static func undecodableField(_ view: EventView) -> CodecError? {
        for field in 0..<8 {
            let bytes = view.bytes(field)
            if !bytes.isASCII, String(validating: bytes, as: UTF8.self) == nil {
                return .invalidText(offset: bytes.baseAddress! - view.value.baseAddress!)
            }
        }
        if BusinessDate(yyyymmdd: view.dateCode) == nil { return .invalidDate(view.dateCode) }
        return nil
    }

    /// `event_ids` maps the event's id to its sequence.
    private func checkEventId(_ view: EventView, key: UInt64, _ txn: borrowing Transaction, _ findings: VerifyFindings) throws {
        guard let stored = try txn.get(eventIds, key: view.bytes(0)) else {
            findings.at(key, .eventIdMissing, [("id", .text(view.id))])
            return
        }
        guard let indexed = UInt64(bigEndian8: stored) else {
            findings.at("event_ids", key: view.id, .valueWrongLength, [("bytes", .text("\(stored.count)")), ("expected", .text("8"))])
            return
        }
        if indexed != key { findings.at(key, .eventIdElsewhere, [("id", .text(view.id)), ("target", .text("\(indexed)"))]) }
    }
}

/// The events of one batch counted as a run: a batch's events are consecutive in the log, so the
/// count by batch id is added to once per run, not probed once per event.
struct BatchRun {
    private var batch: UInt64 = 0
    private var events: UInt64 = 0

    mutating func add(_ id: UInt64, _ counts: inout [UInt64: UInt64]) {
        if id != batch || events == 0 {
            flush(&counts)
            batch = id
        }
        events += 1
    }

    mutating func flush(_ counts: inout [UInt64: UInt64]) {
        if events > 0 { counts[batch, default: 0] += events }
        events = 0
    }
}

/// What tests reach into: a fault to throw in the middle of `verify`, and its hashing thread.
final class VerifyProbe: @unchecked Sendable {
    var fault: (() throws -> Void)?
    var lastHashing: HashingThread?
}
