internal import LMDB
public import Ledger
internal import Crypto

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
        var previous = EventCodec.genesisHash
        var expected: UInt64 = 1
        var lastRecorded: Int64 = .min
        var projectSequences: [String: [UInt64]] = [:]
        var voidTargets: [String: UInt64] = [:]
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
                let body = UnsafeRawBufferPointer(rebasing: value[0..<value.count - 32])
                var h = SHA256()
                h.update(bufferPointer: body)
                let computed = Array(h.finalize())
                if !value[0..<32].elementsEqual(previous) {
                    fail(key, "previous hash does not match the hash of sequence \(key - 1)")
                } else if !value[(value.count - 32)...].elementsEqual(computed) {
                    fail(key, "hash does not match the record's bytes (recomputed \(ChainHash.hex(computed.prefix(8)))…)")
                }
                previous = Array(value[(value.count - 32)...])
                let recorded: RecordedEvent
                do { recorded = try EventCodec.decode(value) } catch {
                    fail(key, "record cannot be decoded: \(error)")
                    entry = try cursor.next()
                    continue
                }
                if recorded.sequence != key { fail(key, "record says sequence \(recorded.sequence)") }
                if recorded.envelope.recordedAtMs < lastRecorded { fail(key, "recorded time goes backwards") }
                lastRecorded = recorded.envelope.recordedAtMs
                let indexed = try sequence(ofEvent: recorded.event.id, txn)
                if indexed != key {
                    fail(key, "event_ids maps \(recorded.event.id) to \(indexed.map(String.init) ?? "nothing")")
                }
                projectSequences[recorded.event.project, default: []].append(key)
                if recorded.event.kind == .void { voidTargets[recorded.event.ref] = key }
                report.eventsChecked += 1
                entry = try cursor.next()
            }
        }
        let head = try head(txn)
        report.head = head
        if report.failures.isEmpty {
            if head.sequence != report.eventsChecked || (head.sequence > 0 && head.hash != previous) {
                fail(head.sequence, "meta head (\(head.sequence) \(ChainHash.hex(head.hash))) is not the log's last event (\(report.eventsChecked))")
            }
        }
        try verifyIndexes(txn, projectSequences: projectSequences, voidTargets: voidTargets, count: report.eventsChecked, fail: fail)
        if report.failures.isEmpty { try verifyProjections(txn, fail: fail) }
        return report
    }

    private func verifyIndexes(_ txn: borrowing Transaction, projectSequences: [String: [UInt64]], voidTargets: [String: UInt64],
                               count: UInt64, fail: (UInt64, String) -> Void) throws {
        let ids = try txn.statistics(eventIds).entries
        if UInt64(ids) != count { fail(0, "event_ids has \(ids) entries for \(count) events") }
        var indexed: [String: [UInt64]] = [:]
        try txn.withCursor(projectEvents) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                indexed[String(decoding: e.key, as: UTF8.self), default: []].append(UInt64(bigEndianBytes: e.value))
                entry = try cursor.next()
            }
        }
        if indexed != projectSequences {
            let bad = Set(indexed.keys).union(projectSequences.keys).sorted().first { indexed[$0] != projectSequences[$0] }
            let project = bad ?? "?"
            let a = projectSequences[project] ?? [], b = indexed[project] ?? []
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

    private func verifyProjections(_ txn: borrowing Transaction, fail: (UInt64, String) -> Void) throws {
        let folded = try fold(FoldFilter(), txn)
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
            var equal = true
            var count = 0
            try txn.withCursor(projects) { cursor in
                var entry = try cursor.first()
                while let e = entry {
                    count += 1
                    let key = String(decoding: e.key, as: UTF8.self)
                    if (try? ProjectionCodec.decodeProject(e.value)) != folded[key] { equal = false }
                    entry = try cursor.next()
                }
            }
            if count != folded.count { equal = false }
            var expectedQuarters = 0
            for s in folded.values { expectedQuarters += s.contributions().count }
            if try txn.statistics(quarters).entries != expectedQuarters { equal = false }
            try txn.empty(projects)
            try txn.empty(quarters)
            for project in folded.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                try writeProjection(folded[project]!, replacing: nil, txn)
            }
            return (equal, folded.count, try head(txn).sequence)
        }
    }
}
