internal import LMDB
internal import Ledger

/// The bitemporal summary index: what each project added to each quarter as the ledger learned
/// it (`summary_versions`), and what each event added to its business day (`summary_days`).
///
/// A summary "as known at T" then reads, per project and quarter, the last version recorded by
/// T instead of folding the log; "as of D" reads whole quarters before D from the versions and
/// the days of D's own quarter (or of a month) from `summary_days`. Both databases are written
/// in the import's own write transaction; `rebuild` regenerates them and `verify` compares them
/// with what the log gives. A ledger written before they were kept has them empty: summaries
/// fold the log there, and its next write builds them (`ensureSummaryIndex`).
extension LedgerStore {
    /// Opens both databases, creating them on a writable open; nil on a read-only open of a ledger without them.
    func openSummaryIndex() throws -> (versions: Database, days: Database)? {
        try openAddedDatabases([SummaryIndexCodec.versionsName, SummaryIndexCodec.daysName]).map { ($0[0], $0[1]) }
    }

    /// True when the index covers the whole log: one day entry per event (an empty log counts).
    func summaryIndexCovers(_ txn: borrowing Transaction) throws -> Bool {
        guard let index = summaryIndex else { return false }
        return try UInt64(txn.statistics(index.days).entries) == head(txn).sequence
    }

    /// True when the index was never built for this log: a ledger written before it was kept.
    func summaryIndexMissing(_ txn: borrowing Transaction) throws -> Bool {
        guard let index = summaryIndex else { return true }
        return try txn.statistics(index.days).entries == 0 && head(txn).sequence > 0
    }

    /// Builds the index from the log when this ledger has never had it, in the caller's write transaction.
    func ensureSummaryIndex(_ txn: borrowing Transaction) throws {
        guard summaryIndex != nil else { return }
        guard try summaryIndexMissing(txn) else { return try ensureSummaryUpdated(txn) }
        try writeSummaryIndex(try summaryHistory(txn), txn)
    }

    /// Replaces the stored index with `history`.
    func writeSummaryIndex(_ history: SummaryHistory, _ txn: borrowing Transaction) throws {
        guard let index = summaryIndex else { return }
        try txn.empty(index.versions)
        try txn.empty(index.days)
        try resetSummaryUpdated(txn)
        for entry in history.versions { try txn.put(index.versions, key: entry.key, value: entry.value, flags: .append) }
        try writeDayFacts(history.facts, txn)
    }

    /// Puts day facts in key order; appended when they all come after what is stored (a first import).
    ///
    /// Keys and values are made in one reused buffer and put through one cursor.
    func writeDayFacts(_ facts: [DayFact], _ txn: borrowing Transaction) throws {
        guard let index = summaryIndex, !facts.isEmpty else { return }
        let order = DayFactOrder.of(facts)
        let firstKey = SummaryIndexCodec.dayKey(date: facts[Int(order[0])].date, sequence: facts[Int(order[0])].sequence)
        let lastStored = try txn.withCursor(index.days) { cursor in try cursor.last().map { [UInt8]($0.key) } }
        let flags: PutFlags = lastStored.map { $0.lexicographicallyPrecedes(firstKey) } ?? true ? .append : []
        let keyBytes = SummaryIndexCodec.dayKeyBytes
        var buffer = [UInt8](repeating: 0, count: keyBytes + SummaryIndexCodec.dayValueFixedBytes + Limits.idBytesMax)
        try buffer.withUnsafeMutableBytes { out in
            try txn.withCursor(index.days) { cursor in
                for i in order {
                    let length = SummaryIndexCodec.dayEntry(facts[Int(i)], into: out)
                    try cursor.put(key: UnsafeRawBufferPointer(rebasing: out[..<keyBytes]),
                                   value: UnsafeRawBufferPointer(rebasing: out[keyBytes..<length]), flags: flags)
                }
            }
        }
        try writeUpdatedFacts(facts, order: order, txn)
    }

    /// Stores the versions `state` makes at `recordedAtMs` against `base`, its state when the step began.
    ///
    /// `continuing`: the step has the recorded time of the last one stored (a second import at the
    /// same time), so `base` is already stored at that time and the comparison is with the
    /// version before it; an entry that would repeat that version is taken out. The index then
    /// holds exactly what a build from the log writes. A new step's entries go to `writes`, applied
    /// in key order when the step ends; a continuing step reads what is stored and writes at once.
    func writeVersions(_ state: ProjectState, base: ProjectState?, recordedAtMs: Int64, continuing: Bool,
                       into writes: inout SortedWrites, _ txn: borrowing Transaction) throws {
        guard let index = summaryIndex else { return }
        if !continuing {
            for change in SummaryHistory.versionChanges(before: base, after: state) {
                writes.put(SummaryIndexCodec.versionKey(quarter: change.quarter, project: state.project, recordedAtMs: recordedAtMs),
                           SummaryIndexCodec.encodeVersion(change.contribution))
            }
            return
        }
        let old = base?.contributions() ?? [:], new = state.contributions()
        for q in Set(old.keys).union(new.keys).sorted() {
            let key = SummaryIndexCodec.versionKey(quarter: q, project: state.project, recordedAtMs: recordedAtMs)
            let value = SummaryIndexCodec.encodeVersion(new[q])
            if try versionBefore(key, quarter: q, project: state.project, txn) == value {
                _ = try txn.delete(index.versions, key: key)
            } else {
                try txn.put(index.versions, key: key, value: value)
            }
        }
    }

    /// The version stored before `key` for the same quarter and project; no bytes when there is none.
    private func versionBefore(_ key: [UInt8], quarter: Int, project: String, _ txn: borrowing Transaction) throws -> [UInt8] {
        guard let index = summaryIndex else { return [] }
        let prefix = SummaryIndexCodec.versionPrefix(quarter: quarter, project: project)
        return try txn.withCursor(index.versions) { cursor in
            let previous: Cursor.Entry?
            if try cursor.seek(key) == nil { previous = try cursor.last() } else { previous = try cursor.previous() }
            guard let p = previous, p.key.count == prefix.count + 8, p.key.starts(with: prefix) else { return [] }
            return [UInt8](p.value)
        }
    }

    /// The index as the log alone gives it: every event read in order, voids folded again.
    func summaryHistory(_ txn: borrowing Transaction) throws -> SummaryHistory {
        var history = SummaryHistory()
        try scan(FoldFilter(), txn) { value in
            try history.addRecord(value, targetOf: { try sequence(ofEvent: $0.ref, txn) }) { try event(at: $0, txn).event }
        }
        history.finish()
        return history
    }
}
