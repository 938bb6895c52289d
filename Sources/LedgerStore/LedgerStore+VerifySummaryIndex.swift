internal import LMDB
internal import Ledger

/// `verify` and `rebuild` of the bitemporal summary index: the stored entries against the log's, byte for byte.
extension LedgerStore {
    /// True when `verify` compares both index databases with a build from the log: not on a ledger that never had them.
    func summaryIndexChecked(_ txn: borrowing Transaction) throws -> Bool {
        try summaryIndex != nil && !summaryIndexMissing(txn)
    }

    /// The first entry of either database that is not the log's, or the first the log gives that is not stored.
    func compareSummaryIndex(_ history: SummaryHistory, _ txn: borrowing Transaction, _ findings: VerifyFindings) throws {
        guard let index = summaryIndex else { return }
        let versions = history.versions
        try compareEntries(index.versions, SummaryIndexCodec.versionsName, count: versions.count, txn, findings) { i, key, value in
            key.raw(versions[i].key)
            value.raw(versions[i].value)
        }
        let facts = history.facts
        try compareEntries(index.days, SummaryIndexCodec.daysName, count: facts.count, txn, findings, same: { i, key, value in
            LedgerStore.dayEntry(key, value, is: facts[i])
        }) { i, key, value in
            SummaryIndexCodec.dayKey(date: facts[i].date, sequence: facts[i].sequence, into: &key)
            SummaryIndexCodec.dayValue(facts[i], into: &value)
        }
        // Empty or missing on a ledger written before it was kept: then nothing reads it.
        if let db = summaryUpdated, try txn.statistics(db).entries > 0 {
            let updated = LedgerStore.expectedUpdated(facts)
            try compareEntries(db, SummaryIndexCodec.updatedName, count: updated.count, txn, findings) { i, key, value in
                key.raw(updated[i].key)
                value.raw(updated[i].value)
            }
        }
    }

    /// True when a stored `summary_days` entry is the fact's, read in place: what `dayKey` and
    /// `dayValue` would write, without writing them out first for each of a million facts.
    static func dayEntry(_ key: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer, is fact: DayFact) -> Bool {
        guard let e = try? SummaryIndexCodec.DayEntry(key: key, value: value),
              e.date == fact.date, e.sequence == fact.sequence, e.kind == fact.kind,
              e.amountFen == fact.amountFen, e.voidedSequence == fact.voidedSequence else { return false }
        var project = fact.project
        return project.withUTF8 { e.project.sameBytes(as: UnsafeRawBufferPointer($0)) }
    }

    /// Walks `db` in key order beside the `count` entries `expected` writes in that order; names the first difference.
    /// `same`, when given, tells an entry that is the expected one without writing it out (it never says more).
    private func compareEntries(_ db: Database, _ name: String, count: Int, _ txn: borrowing Transaction, _ findings: VerifyFindings,
                                same: ((Int, UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Bool)? = nil,
                                expected: (Int, inout ByteWriter, inout ByteWriter) -> Void) throws {
        var i = 0
        var key = ByteWriter(capacity: 64), value = ByteWriter(capacity: 128)
        let stored = try txn.withCursor(db) { cursor -> Int in
            var n = 0
            var entry = try cursor.first()
            while let e = entry {
                n += 1
                if i < count, let same, same(i, e.key, e.value) {
                    i += 1
                    entry = try cursor.next()
                    continue
                }
                key.bytes.removeAll(keepingCapacity: true)
                value.bytes.removeAll(keepingCapacity: true)
                if i < count { expected(i, &key, &value) }
                if i < count, e.key.sameBytes(as: key.bytes) {
                    i += 1
                    if !e.value.sameBytes(as: value.bytes) {
                        findings.at(name, key: VerifyFailure.keyText(e.key), .summaryIndexDiffers)
                        return -1
                    }
                } else if i < count, key.bytes.lexicographicallyPrecedes(e.key) {
                    key.bytes.withUnsafeBytes { findings.at(name, key: VerifyFailure.keyText($0), .summaryIndexMissingEntry) }
                    return -1
                } else {
                    findings.at(name, key: VerifyFailure.keyText(e.key), .summaryIndexDiffers)
                    return -1
                }
                entry = try cursor.next()
            }
            return n
        }
        if stored >= 0 && stored != count {
            findings.inDatabase(name, .summaryIndexCount, [("stored", .text("\(stored)")), ("expected", .text("\(count)"))])
        }
    }
}
