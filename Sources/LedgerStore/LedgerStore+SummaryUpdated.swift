internal import LMDB
internal import Ledger

/// `summary_updated`: the business day and sequence of every `updated` event, so that "as of D"
/// learns in a few reads whether a renaming dated after D is known.
///
/// Names in the summary index are a project's latest; "as of D" must show them as they were on
/// D, so when an `updated` event dated after D is known the summary folds the log. Finding that
/// out by walking `summary_days` after D cost a read of every later event (≈ 0.5 s at 1M
/// events); this database holds only the `updated` events, keyed like `summary_days`. Its first
/// key, four zero bytes, marks it built: a ledger written before it was kept has the database
/// empty or missing, answers by the walk as before, and gains it on its next write or `rebuild`.
extension LedgerStore {
    /// Opens the database, creating it on a writable open; nil on a read-only open of a ledger without it.
    func openSummaryUpdated() throws -> Database? {
        try openAddedDatabases([SummaryIndexCodec.updatedName])?[0]
    }

    /// True when the database holds its mark: it lists every `updated` event of the log.
    func summaryUpdatedBuilt(_ txn: borrowing Transaction) throws -> Bool {
        guard let db = summaryUpdated else { return false }
        return try txn.get(db, key: SummaryIndexCodec.updatedMark) != nil
    }

    /// Empties the database and marks it built; the entries follow with the day facts (`writeDayFacts`).
    func resetSummaryUpdated(_ txn: borrowing Transaction) throws {
        guard let db = summaryUpdated else { return }
        try txn.empty(db)
        try txn.put(db, key: SummaryIndexCodec.updatedMark, value: [])
    }

    /// Puts the `updated` facts among `facts` in key order (`order`, from `DayFactOrder`), when the database is built.
    func writeUpdatedFacts(_ facts: [DayFact], order: [UInt32], _ txn: borrowing Transaction) throws {
        guard let db = summaryUpdated, try summaryUpdatedBuilt(txn) else { return }
        let updated = EventKind.updated.rawValue
        for i in order where facts[Int(i)].kind == updated {
            let (date, sequence, project) = (facts[Int(i)].date, facts[Int(i)].sequence, facts[Int(i)].project)
            try txn.put(db, key: SummaryIndexCodec.dayKey(date: date, sequence: sequence), value: Array(project.utf8))
        }
    }

    /// Builds the database from `summary_days` on a ledger whose index was written before it was kept.
    func ensureSummaryUpdated(_ txn: borrowing Transaction) throws {
        guard let index = summaryIndex, let db = summaryUpdated, try !summaryUpdatedBuilt(txn) else { return }
        try resetSummaryUpdated(txn)
        try txn.withCursor(index.days) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                // A malformed entry is left for `verify` to name, as the walk it replaces did.
                if e.value.first == EventKind.updated.rawValue && e.key.count == SummaryIndexCodec.dayKeyBytes
                    && e.value.count >= SummaryIndexCodec.dayValueFixedBytes {
                    try txn.put(db, key: e.key, value: UnsafeRawBufferPointer(rebasing: e.value[SummaryIndexCodec.dayValueFixedBytes...]))
                }
                entry = try cursor.next()
            }
        }
    }

    /// Whether an `updated` event up to `lastSequence` is dated after `asOf`; nil when the database is not built.
    func updatedAfterFromIndex(_ asOf: BusinessDate, lastSequence: UInt64, _ txn: borrowing Transaction) throws -> Bool? {
        guard let db = summaryUpdated, try summaryUpdatedBuilt(txn) else { return nil }
        return try txn.withCursor(db) { cursor in
            var entry = try cursor.seek(SummaryIndexCodec.dayKey(date: asOf.yyyymmdd + 1, sequence: 0))
            while let e = entry {
                // A key of another length is damage (`verify` names it): fold rather than trust the index.
                guard e.key.count == SummaryIndexCodec.dayKeyBytes else { return true }
                if UInt64(bigEndianBytes: UnsafeRawBufferPointer(rebasing: e.key[4...])) <= lastSequence { return true }
                entry = try cursor.next()
            }
            return false
        }
    }

    /// The entries the log gives the database, in key order: the mark, then each `updated` fact.
    static func expectedUpdated(_ sortedFacts: [DayFact]) -> [(key: [UInt8], value: [UInt8])] {
        [(SummaryIndexCodec.updatedMark, [])] + sortedFacts.filter { $0.kind == EventKind.updated.rawValue }.map {
            (SummaryIndexCodec.dayKey(date: $0.date, sequence: $0.sequence), Array($0.project.utf8))
        }
    }
}
