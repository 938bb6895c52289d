internal import LMDB
internal import Ledger

/// The entries a derived database should hold, in key order: what `verify` walks the stored
/// ones beside, and what `rebuild` compares them with before it writes anything.
///
/// A rebuild of a ledger that already agrees with its log used to empty and rewrite every
/// projection, which dirtied every page of them (and outgrew the map, so the whole rebuild ran
/// twice). Compared first, a database that holds exactly these bytes is left as it is; one
/// that differs anywhere is emptied and appended afresh, so the result is the same either way.
struct ExpectedEntries {
    private(set) var entries: [(key: [UInt8], value: [UInt8])] = []

    /// Adds the next entry: entries are put in key order.
    mutating func put(_ key: [UInt8], _ value: [UInt8]) { entries.append((key, value)) }

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
    /// `projects` and `quarters` as the fold gives them, in key order: a project whose signing
    /// was voided has no `projects` entry. The quarters' keys (`u32` quarter ‖ project id) are
    /// made in order, quarter by quarter over the projects sorted once, not sorted as bytes.
    /// `withProjects` false leaves the `projects` entries out: `verify` compares those itself.
    static func projectionEntries(_ folded: [String: ProjectState], withProjects: Bool = true) -> (projects: ExpectedEntries, quarters: ExpectedEntries) {
        var projectEntries = ExpectedEntries(), quarterEntries = ExpectedEntries()
        var byQuarter: [Int: [(key: [UInt8], value: [UInt8])]] = [:]
        for project in folded.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let state = folded[project]!
            if withProjects && state.isSigned { projectEntries.put(Array(project.utf8), ProjectionCodec.encode(state)) }
            for (q, c) in state.contributions() {
                byQuarter[q, default: []].append((ProjectionCodec.contributionKey(quarter: q, project: project), ProjectionCodec.encode(c)))
            }
        }
        for q in byQuarter.keys.sorted() { for e in byQuarter[q]! { quarterEntries.put(e.key, e.value) } }
        return (projectEntries, quarterEntries)
    }

    /// `projects` and `quarters` as the fold gave them (`projectionEntries`), each written only when it differs from what is stored.
    func rebuildProjections(_ entries: (projects: ExpectedEntries, quarters: ExpectedEntries), _ txn: borrowing Transaction) throws {
        try entries.projects.store(projects, txn)
        try entries.quarters.store(quarters, txn)
    }
}
