internal import LMDB
internal import Ledger

/// The entries a derived database should hold, in key order: what `rebuild` compares with the
/// stored ones before it writes anything.
///
/// A rebuild of a ledger that already agrees with its log used to empty and rewrite every
/// projection, which dirtied every page of them (and outgrew the map, so the whole rebuild ran
/// twice). Compared first, a database that holds exactly these bytes is left as it is; one
/// that differs anywhere is emptied and appended afresh, so the result is the same either way.
struct RebuildWrites {
    private(set) var entries: [(key: [UInt8], value: [UInt8])] = []

    mutating func put(_ key: [UInt8], _ value: [UInt8]) { entries.append((key, value)) }

    /// Puts the entries in key order (byte order, as LMDB compares keys).
    mutating func sort() { entries.sort { SortedWrites.compare($0.key, $1.key) < 0 } }

    /// True when `db` holds exactly these entries, key and value, byte for byte.
    func matches(_ db: Database, _ txn: borrowing Transaction) throws -> Bool {
        try txn.withCursor(db) { cursor in
            var entry = try cursor.first()
            for expected in entries {
                guard let e = entry, e.key.sameBytes(as: expected.key), e.value.sameBytes(as: expected.value) else { return false }
                entry = try cursor.next()
            }
            return entry == nil
        }
    }

    /// Replaces what `db` holds with these entries, unless it already holds exactly them.
    func store(_ db: Database, _ txn: borrowing Transaction) throws {
        if try matches(db, txn) { return }
        try txn.empty(db)
        for e in entries { try txn.put(db, key: e.key, value: e.value, flags: .append) }
    }
}

extension LedgerStore {
    /// `projects` and `quarters` as the fold gives them (a project whose signing was voided
    /// has no entry), each written only when it differs from what is stored.
    func rebuildProjections(_ folded: [String: ProjectState], _ txn: borrowing Transaction) throws {
        var projectEntries = RebuildWrites(), quarterEntries = RebuildWrites()
        for state in folded.values {
            if state.isSigned { projectEntries.put(Array(state.project.utf8), ProjectionCodec.encode(state)) }
            for (q, c) in state.contributions() { quarterEntries.put(ProjectionCodec.contributionKey(quarter: q, project: state.project), ProjectionCodec.encode(c)) }
        }
        projectEntries.sort()
        quarterEntries.sort()
        try projectEntries.store(projects, txn)
        try quarterEntries.store(quarters, txn)
    }
}
