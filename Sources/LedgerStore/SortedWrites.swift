internal import LMDB
internal import Foundation

/// Puts and deletes for one database, collected during an import and applied in key order at its end.
///
/// LMDB splits a full page in the middle unless a put is an append (`MDB_APPEND`): keys put in
/// random order leave pages about two-thirds full, and in order without the flag half full.
/// Applied sorted by their bytes, and appended when nothing is deleted and every key sorts
/// after the last stored one (a first import), the pages come out full: fewer dirty pages for
/// the write transaction to hold until its commit, and one short descent per put.
struct SortedWrites {
    private var entries: [(key: [UInt8], value: [UInt8]?)] = []
    private var deletes = false

    var isEmpty: Bool { entries.isEmpty }

    mutating func put(_ key: [UInt8], _ value: [UInt8]) { entries.append((key, value)) }

    mutating func delete(_ key: [UInt8]) {
        entries.append((key, nil))
        deletes = true
    }

    /// Applies every write in key order; writes of one key keep the order they were made in.
    func apply(_ db: Database, _ txn: borrowing Transaction) throws {
        if entries.isEmpty { return }
        let order = entries.indices.sorted { a, b in
            let c = SortedWrites.compare(entries[a].key, entries[b].key)
            return c != 0 ? c < 0 : a < b
        }
        var flags: PutFlags = []
        if !deletes, SortedWrites.strictlyIncreasing(order.lazy.map { entries[$0].key }) {
            let lastStored = try txn.withCursor(db) { cursor in try cursor.last().map { [UInt8]($0.key) } }
            if lastStored.map({ SortedWrites.compare($0, entries[order[0]].key) < 0 }) ?? true { flags = .append }
        }
        for index in order {
            let (key, value) = entries[index]
            if let value { try txn.put(db, key: key, value: value, flags: flags) } else { _ = try txn.delete(db, key: key) }
        }
    }

    private static func strictlyIncreasing(_ keys: some Sequence<[UInt8]>) -> Bool {
        var previous: [UInt8]?
        for key in keys {
            if let p = previous, compare(p, key) >= 0 { return false }
            previous = key
        }
        return true
    }

    /// Byte order, as LMDB compares keys (`memcmp`, then the shorter first).
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        b.withUnsafeBytes { compare(a, $0) }
    }

    static func compare(_ a: [UInt8], _ pb: UnsafeRawBufferPointer) -> Int {
        a.withUnsafeBytes { $0.keyOrder(pb) }
    }
}
