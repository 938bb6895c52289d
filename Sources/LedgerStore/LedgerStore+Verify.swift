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
        let log = try scanLog(txn, batches: batches, findings)
        // Hashes on a second thread while this one checks the rest. The records are pointers into
        // this read transaction's map: the thread is waited for on every way out, throws included.
        let hashing = HashingThread(log.records)
        verifyProbe.lastHashing = hashing
        hashing.start()
        defer { _ = hashing.wait() }
        try verifyBatches(txn, batches, log: log, findings)
        log.batchFindings.forEach(findings.add)
        try verifyMeta(txn, log: log, batches: batches, findings)
        try verifyIndexes(txn, log: log, findings)
        if findings.isEmpty { try verifyProjections(txn, folded: log.folded, findings) }
        if findings.isEmpty { try verifySummaryIndex(txn, findings) }
        try verifyMerkleNodes(txn, records: log.records, findings)
        try verifyProbe.fault?()
        let bad = hashing.wait()
        if bad > 0 { findings.insertFirst(VerifyFailure(.sequence(bad), .hashMismatch)) }
        var report = VerifyReport()
        report.eventsChecked = log.eventsChecked
        report.head = (try? head(txn)) ?? .empty   // a damaged head is one of the findings
        report.findings = findings.failures
        report.firstBadSequence = findings.failures.lazy.map(\.sequence).filter { $0 > 0 }.min() ?? 0
        return report
    }

    /// What one pass over the log found, for the checks of the other databases.
    struct LogScan {
        var eventsChecked: UInt64 = 0
        var lastSequence: UInt64 = 0
        var lastHash: [UInt8] = EventCodec.genesisHash
        var lastRecordedAtMs: Int64 = 0
        var projectSequences: [String: [UInt64]] = [:]
        var voidTargets: [String: UInt64] = [:]
        /// Events of each batch id, as the events name them.
        var batchEvents: [UInt64: UInt64] = [:]
        var folded: [String: ProjectState] = [:]
        /// What the events said about their batches, reported after the batch records' own failures.
        var batchFindings: [VerifyFailure] = []
        /// Every record's bytes, to recompute the hashes on a second thread.
        var records: [UnsafeRawBufferPointer] = []
    }

    /// Reads the log once: keys dense from 1, links, record fields, `event_ids`, batch ranges, the fold.
    func scanLog(_ txn: borrowing Transaction, batches: [BatchRecord], _ findings: VerifyFindings) throws -> LogScan {
        var scan = LogScan()
        var folder = Folder(voided: try voidedIdsForVerify(txn), asOf: nil)
        let ranges = BatchRanges(batches)
        var previous = UnsafeRawBufferPointer(start: nil, count: 0)
        var expected: UInt64 = 1
        var lastRecorded: Int64 = .min
        try eachRecord(from: nil, txn) { storedKey, value in
            guard !findings.isFull else { return false }
            defer { expected += 1 }
            guard let key = storedKey, key == expected else {
                findings.at(expected, storedKey == nil ? .logKeyMalformed : .logJumps, [("from", .text("\(expected - 1)")), ("to", .text("\(storedKey ?? 0)"))])
                return false
            }
            switch LedgerStore.linkFault(value, sequence: key, previous: previous) {
            case .tooShort:
                findings.at(key, .recordTooShort, [("bytes", .text("\(value.count)"))])
                return false
            case .notLinked: findings.at(key, .previousHashMismatch, [("previous", .text("\(key - 1)"))])
            case nil: break
            }
            previous = UnsafeRawBufferPointer(rebasing: value[(value.count - 32)...])
            scan.records.append(value)
            scan.lastSequence = key
            let view: EventView
            do { view = try EventView(value) } catch {
                findings.at(key, .recordUndecodable, [("reason", VerifyFailure.reason(error))])
                return true
            }
            if let reason = LedgerStore.undecodableField(view) {
                findings.at(key, .recordUndecodable, [("reason", VerifyFailure.reason(reason))])
                return true
            }
            if view.sequence != key { findings.at(key, .recordSaysSequence, [("stored", .text("\(view.sequence)"))]) }
            if view.recordedAtMs < lastRecorded { findings.at(key, .recordedTimeBackwards) }
            lastRecorded = view.recordedAtMs
            scan.lastRecordedAtMs = view.recordedAtMs
            try checkEventId(view, key: key, txn, findings)
            ranges.check(view, key: key)
            scan.batchEvents[view.batch, default: 0] += 1
            scan.projectSequences[view.project, default: []].append(key)
            if view.kindCode == EventKind.void.rawValue { scan.voidTargets[view.ref] = key }
            do {
                if let violation = try folder.addReturningViolation(view) {
                    findings.at(key, .historyBreaks, [("id", .text(view.id)), ("reason", .both(zh: violation.message(.zh), en: violation.message(.en)))])
                }
            } catch {
                findings.at(key, .recordUndecodable, [("reason", VerifyFailure.reason(error))])
            }
            scan.eventsChecked += 1
            return true
        }
        if previous.count == 32 { scan.lastHash = [UInt8](previous) }
        scan.folded = folder.states
        scan.batchFindings = ranges.findings.failures
        return scan
    }

    /// The ids voided in the log, skipping records that do not decode (the scan names those).
    private func voidedIdsForVerify(_ txn: borrowing Transaction) throws -> Set<String> {
        var voided: Set<String> = []
        try scan(FoldFilter(), txn) { value in
            guard value.count > LedgerStore.kindOffset, value[LedgerStore.kindOffset] == EventKind.void.rawValue,
                  let view = try? EventView(value) else { return }
            voided.insert(view.ref)
        }
        return voided
    }

    /// A field `EventView` does not check: text that is not UTF-8, a date that is no day.
    static func undecodableField(_ view: EventView) -> CodecError? {
        for field in 0..<8 {
            let bytes = view.bytes(field)
            if bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) == nil {
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

/// What tests reach into: a fault to throw in the middle of `verify`, and its hashing thread.
final class VerifyProbe: @unchecked Sendable {
    var fault: (() throws -> Void)?
    var lastHashing: HashingThread?
}

/// The hash check of every record, on a thread of its own.
final class HashingThread: @unchecked Sendable {
    private let records: [UnsafeRawBufferPointer]
    private let firstBad = LockedValue<UInt64>(0)
    private var thread: Thread?

    init(_ records: [UnsafeRawBufferPointer]) { self.records = records }

    func start() {
        let thread = Thread { [self] in
            for (i, record) in records.enumerated() {
                let computed = ChainHash.sha256(UnsafeRawBufferPointer(rebasing: record[0..<record.count - 32]))
                if !record[(record.count - 32)...].elementsEqual(computed) { firstBad.set(UInt64(i + 1)); break }
            }
            firstBad.finish()
        }
        self.thread = thread
        thread.start()
    }

    /// True once the thread has read its last record.
    var isFinished: Bool { firstBad.isFinished }

    /// Waits for the thread; the first sequence whose hash is wrong, or 0.
    func wait() -> UInt64 { firstBad.waitForFinish() }
}

/// A value one thread sets and another waits for.
final class LockedValue<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: T
    private var finished = false

    init(_ value: T) { self.value = value }

    func set(_ newValue: T) {
        condition.lock()
        value = newValue
        condition.unlock()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished
    }

    func waitForFinish() -> T {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return value
    }
}
