internal import CLMDB

/// A position in one database (`MDB_cursor`), reachable only inside `Transaction.withCursor`.
public struct Cursor: ~Copyable {
    let handle: OpaquePointer
    let name: String
    let extent: MapExtent
    let inMapOnly: Bool

    public typealias Entry = (key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer)

    private func move(_ op: MDB_cursor_op, key: UnsafeRawBufferPointer? = nil) throws -> Entry? {
        var k = MDB_val(mv_size: key?.count ?? 0, mv_data: UnsafeMutableRawPointer(mutating: key?.baseAddress))
        var v = MDB_val()
        let rc = lmdbCall { mdb_cursor_get(handle, &k, &v, op) }
        if rc == MDB_NOTFOUND { return nil }
        try check(rc, "mdb_cursor_get(\(name))")
        let entry = (UnsafeRawBufferPointer(start: k.mv_data, count: k.mv_size),
                     UnsafeRawBufferPointer(start: v.mv_data, count: v.mv_size))
        try extent.check(entry.0, entry.1, inMapOnly: inMapOnly, "mdb_cursor_get(\(name))")
        return entry
    }

    /// `MDB_FIRST`.
    public func first() throws -> Entry? { try move(MDB_FIRST) }
    /// `MDB_LAST`.
    public func last() throws -> Entry? { try move(MDB_LAST) }
    /// `MDB_NEXT`: the next value, a duplicate of this key or the next key's first.
    public func next() throws -> Entry? { try move(MDB_NEXT) }
    /// `MDB_PREV`.
    public func previous() throws -> Entry? { try move(MDB_PREV) }
    /// `MDB_NEXT_DUP`: the next duplicate of the current key.
    public func nextDuplicate() throws -> Entry? { try move(MDB_NEXT_DUP) }
    /// `MDB_NEXT_NODUP`: the first value of the next key.
    public func nextKey() throws -> Entry? { try move(MDB_NEXT_NODUP) }

    /// `MDB_SET_KEY`: exactly `key`.
    public func find(_ key: UnsafeRawBufferPointer) throws -> Entry? { try move(MDB_SET_KEY, key: key) }
    /// `MDB_SET_RANGE`: the first key at or after `key`.
    public func seek(_ key: UnsafeRawBufferPointer) throws -> Entry? { try move(MDB_SET_RANGE, key: key) }

    public func find(_ key: [UInt8]) throws -> Entry? {
        try key.withUnsafeBytes { (k) throws in try find(k) }
    }
    public func seek(_ key: [UInt8]) throws -> Entry? {
        try key.withUnsafeBytes { (k) throws in try seek(k) }
    }

    /// Stores `value` under `key` through this cursor (`mdb_cursor_put`).
    ///
    /// `mdb_put` opens a cursor and descends from the root for every call, looking each page up
    /// in the transaction's dirty list; puts with `.append` through one cursor stay on the last
    /// leaf (LMDB skips the descent while the cursor is at the end), which is what a long run
    /// of sorted writes wants. The result is the same tree as `mdb_put`'s.
    public func put(key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, flags: PutFlags = []) throws {
        var k = MDB_val(mv_size: key.count, mv_data: UnsafeMutableRawPointer(mutating: key.baseAddress))
        var v = MDB_val(mv_size: value.count, mv_data: UnsafeMutableRawPointer(mutating: value.baseAddress))
        try check(lmdbCall { mdb_cursor_put(handle, &k, &v, flags.rawValue) }, "mdb_cursor_put(\(name))")
    }

    /// Stores `count` values of `size` bytes each, laid end to end, under one key of a
    /// `duplicateFixed` database (`mdb_cursor_put` with `MDB_MULTIPLE`); one cursor serves many keys.
    public func putMultiple(key: UnsafeRawBufferPointer, values: UnsafeRawBufferPointer, size: Int, count: Int) throws {
        precondition(size * count <= values.count, "putMultiple: values shorter than size × count")
        var written = 0
        while written < count {
            var k = MDB_val(mv_size: key.count, mv_data: UnsafeMutableRawPointer(mutating: key.baseAddress))
            var pair = (
                MDB_val(mv_size: size, mv_data: UnsafeMutableRawPointer(mutating: values.baseAddress! + written * size)),
                MDB_val(mv_size: count - written, mv_data: nil)
            )
            let rc = withUnsafeMutablePointer(to: &pair) { p in
                p.withMemoryRebound(to: MDB_val.self, capacity: 2) { vals in
                    lmdbCall { mdb_cursor_put(handle, &k, vals, UInt32(MDB_MULTIPLE)) }
                }
            }
            try check(rc, "mdb_cursor_put(\(name), MDB_MULTIPLE)")
            // LMDB reports in the second value how many it stored; it may store fewer (one page).
            let stored = pair.1.mv_size
            if stored == 0 { break }
            written += stored
        }
    }

    /// Every value of the current key (`mdb_cursor_count`).
    public func duplicateCount() throws -> Int {
        var count = 0
        try check(lmdbCall { mdb_cursor_count(handle, &count) }, "mdb_cursor_count(\(name))")
        return count
    }
}
