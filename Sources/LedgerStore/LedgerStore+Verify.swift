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
    /// Each mismatch, first one first: what is wrong, in one line.
    public var failures: [String] = []
    public var ok: Bool { failures.isEmpty }
}

extension LedgerStore {
    /// Recomputes the chain, checks every index both ways, and the projections against a fresh fold.
    public func verify() throws -> VerifyReport {
        try reading { txn in try verify(txn) }
    }

    func verify(_ txn: borrowing Transaction) throws -> VerifyReport {
        var report = VerifyReport()
        func fail(_ sequence: UInt64, _ what: String) {
            if report.firstBadSequence == 0 && sequence > 0 { report.firstBadSequence = sequence }
            report.failures.append(sequence > 0 ? "sequence \(sequence): \(what)" : what)
        }
        let voided = try voidedIds(FoldFilter(), txn)
        var folder = Folder(voided: voided, asOf: nil)
        var previous = UnsafeRawBufferPointer(start: nil, count: 0)
        let genesis = EventCodec.genesisHash
        var expected: UInt64 = 1
        var lastRecorded: Int64 = .min
        var projectSequences: [String: [UInt64]] = [:]
        var voidTargets: [String: UInt64] = [:]
        // Every record's bytes, to recompute the hashes on a second thread after the scan:
        // the pointers stay valid for the whole read transaction.
        var records: [UnsafeRawBufferPointer] = []
        try txn.withCursor(events) { cursor in
            var entry = try cursor.first()
            while let e = entry, report.failures.count < 20 {
                defer { expected += 1 }
                let key = e.key.count == 8 ? UInt64(bigEndianBytes: e.key) : 0
                if key != expected {
                    fail(expected, key == 0 ? "malformed key in the log" : "missing: the log jumps from \(expected - 1) to \(key)")
                    return
                }
                let value = e.value
                guard value.count > 64 else { fail(key, "record too short (\(value.count) bytes)"); return }
                let linked = key == 1 ? value[0..<32].elementsEqual(genesis) : value[0..<32].elementsEqual(previous)
                if !linked { fail(key, "previous hash does not match the hash of sequence \(key - 1)") }
                previous = UnsafeRawBufferPointer(rebasing: value[(value.count - 32)...])
                records.append(value)
                let view: EventView
                do { view = try EventView(value) } catch {
                    fail(key, "record cannot be decoded: \(error)")
                    entry = try cursor.next()
                    continue
                }
                if view.sequence != key { fail(key, "record says sequence \(view.sequence)") }
                if view.recordedAtMs < lastRecorded { fail(key, "recorded time goes backwards") }
                lastRecorded = view.recordedAtMs
                let indexed = try txn.get(eventIds, key: view.bytes(0)).map { UInt64(bigEndianBytes: $0) }
                if indexed != key { fail(key, "event_ids maps \(view.id) to \(indexed.map(String.init) ?? "nothing")") }
                projectSequences[view.project, default: []].append(key)
                if view.kindCode == EventKind.void.rawValue { voidTargets[view.ref] = key }
                do { try folder.add(view) } catch let error as StoreError { fail(key, error.message) }
                report.eventsChecked += 1
                entry = try cursor.next()
            }
        }
        let head = try head(txn)
        report.head = head
        if report.failures.isEmpty {
            if head.sequence != report.eventsChecked || (head.sequence > 0 && !previous.elementsEqual(head.hash)) {
                fail(head.sequence, "meta head (\(head.sequence) \(ChainHash.hex(head.hash))) is not the log's last event (\(report.eventsChecked))")
            }
        }
        // Hashes on a second thread while this one checks the indexes and projections.
        let firstBadHash = LockedValue<UInt64>(0)
        let recordList = RecordPointers(records)
        let hashing = Thread {
            for (i, record) in recordList.list.enumerated() {
                let computed = ChainHash.sha256(UnsafeRawBufferPointer(rebasing: record[0..<record.count - 32]))
                if !record[(record.count - 32)...].elementsEqual(computed) { firstBadHash.set(UInt64(i + 1)); break }
            }
            firstBadHash.finish()
        }
        hashing.start()
        try verifyIndexes(txn, projectSequences: projectSequences, voidTargets: voidTargets, count: report.eventsChecked, fail: fail)
        if report.failures.isEmpty { try verifyProjections(txn, folded: folder.states, fail: fail) }
        try verifyMerkleNodes(txn, records: records, fail: fail)
        let bad = firstBadHash.waitForFinish()
        if bad > 0 {
            // The hash failure comes first: it is the root cause of whatever else disagrees.
            report.failures.insert("sequence \(bad): hash does not match the record's bytes", at: 0)
            report.firstBadSequence = report.firstBadSequence == 0 ? bad : min(bad, report.firstBadSequence)
        }
        return report
    }

    private func verifyIndexes(_ txn: borrowing Transaction, projectSequences: [String: [UInt64]], voidTargets: [String: UInt64],
                               count: UInt64, fail: (UInt64, String) -> Void) throws {
        let ids = try txn.statistics(eventIds).entries
        if UInt64(ids) != count { fail(0, "event_ids has \(ids) entries for \(count) events") }
        // Walk project_events key by key against what the log says, building nothing twice.
        var mismatch: (project: String, indexed: [UInt64])?
        var keysSeen = 0
        try txn.withCursor(projectEvents) { cursor in
            var entry = try cursor.first()
            while let e = entry, mismatch == nil {
                let project = String(decoding: e.key, as: UTF8.self)
                keysSeen += 1
                let expected = projectSequences[project] ?? []
                var listed: [UInt64] = []
                var i = 0
                var same = true
                var dup: Cursor.Entry? = e
                while let d = dup {
                    let sequence = UInt64(bigEndianBytes: d.value)
                    listed.append(sequence)
                    if i >= expected.count || expected[i] != sequence { same = false }
                    i += 1
                    dup = try cursor.nextDuplicate()
                }
                if !same || i != expected.count { mismatch = (project, listed) }
                entry = try cursor.nextKey()
            }
        }
        if mismatch == nil && keysSeen != projectSequences.count {
            let missing = projectSequences.keys.sorted().first { _ in true } ?? "?"
            mismatch = (missing, [])
            var indexedKeys: Set<String> = []
            try txn.withCursor(projectEvents) { cursor in
                var entry = try cursor.first()
                while let e = entry { indexedKeys.insert(String(decoding: e.key, as: UTF8.self)); entry = try cursor.nextKey() }
            }
            if let absent = projectSequences.keys.sorted().first(where: { !indexedKeys.contains($0) }) { mismatch = (absent, []) }
        }
        if let (project, b) = mismatch {
            let a = projectSequences[project] ?? []
            let firstDiff = zip(a, b).first { $0 != $1 }.map { min($0, $1) } ?? (a.count > b.count ? a[b.count] : b.count > a.count ? b[a.count] : 0)
            fail(firstDiff, "project_events for \(project) lists \(b) but the log has \(a)")
        }
        var storedVoids: [String: UInt64] = [:]
        try txn.withCursor(voids) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                storedVoids[String(decoding: e.key, as: UTF8.self)] = UInt64(bigEndianBytes: e.value)
                entry = try cursor.next()
            }
        }
        if storedVoids != voidTargets {
            let diff = Set(storedVoids.keys).union(voidTargets.keys).first { storedVoids[$0] != voidTargets[$0] } ?? "?"
            fail(voidTargets[diff] ?? storedVoids[diff] ?? 0, "voids index disagrees with the log for event \(diff)")
        }
    }

    private func verifyProjections(_ txn: borrowing Transaction, folded: [String: ProjectState], fail: (UInt64, String) -> Void) throws {
        var stored: [String: ProjectState] = [:]
        try txn.withCursor(projects) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                let key = String(decoding: e.key, as: UTF8.self)
                do { stored[key] = try ProjectionCodec.decodeProject(e.value) } catch {
                    fail(0, "projection of project \(key) cannot be decoded: \(error)")
                }
                entry = try cursor.next()
            }
        }
        for project in Set(folded.keys).union(stored.keys).sorted() where folded[project] != stored[project] {
            fail(folded[project]?.lastSequence ?? 0, "stored projection of project \(project) differs from a fresh fold of the log")
            return
        }
        var expected: [[UInt8]: [UInt8]] = [:]
        for state in folded.values {
            for (q, c) in state.contributions() {
                expected[ProjectionCodec.contributionKey(quarter: q, project: state.project)] = ProjectionCodec.encode(c)
            }
        }
        var storedCount = 0
        var mismatch: String?
        try txn.withCursor(quarters) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                storedCount += 1
                let key = [UInt8](e.key)
                if mismatch == nil, expected[key].map({ $0.elementsEqual(e.value) }) != true {
                    var r = ByteReader(e.key)
                    let q = Quarter(index: Int(try r.u32()))
                    mismatch = "stored \(q) figures of project \(String(decoding: try r.bytes(r.remaining), as: UTF8.self)) differ from a fresh fold"
                }
                entry = try cursor.next()
            }
        }
        if mismatch == nil && storedCount != expected.count { mismatch = "quarter figures have \(storedCount) entries, a fresh fold \(expected.count)" }
        if let mismatch { fail(0, mismatch) }
    }

    /// Recomputes every projection from the log alone and stores it; true when nothing changed.
    public func rebuild() throws -> (equal: Bool, projects: Int, events: UInt64) {
        try writing { txn in
            let folded = try fold(FoldFilter(), txn)
            // The same comparison as verify's, of both projects and quarter figures, byte for byte.
            var equal = true
            try verifyProjections(txn, folded: folded) { _, _ in equal = false }
            try rebuildMerkleNodes(txn)
            try txn.empty(projects)
            try txn.empty(quarters)
            for project in folded.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                try writeProjection(folded[project]!, replacing: nil, txn)
            }
            return (equal, folded.count, try head(txn).sequence)
        }
    }
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

    func waitForFinish() -> T {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return value
    }
}

/// Pointers into the map of an open read transaction, handed to the hashing thread; the
/// transaction outlives the thread (`verify` waits for it before returning).
final class RecordPointers: @unchecked Sendable {
    let list: [UnsafeRawBufferPointer]
    init(_ list: [UnsafeRawBufferPointer]) { self.list = list }
}
