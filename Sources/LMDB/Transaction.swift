internal import CLMDB

/// A read or write transaction, reachable only inside `Environment.read` or `.write`.
///
/// It is `~Copyable` so that it cannot escape the closure that owns it. Every buffer it
/// returns points into the memory map and is valid only until the transaction ends.
public struct Transaction: ~Copyable {
    let handle: OpaquePointer
    /// Every buffer handed out is checked against the data file's end (see `MapExtent`).
    let extent: MapExtent
    /// A read-only transaction has no dirty pages: every buffer it returns must lie in the map.
    let isReadOnly: Bool

    init(handle: OpaquePointer, extent: MapExtent, isReadOnly: Bool) {
        self.handle = handle
        self.extent = extent
        self.isReadOnly = isReadOnly
    }

    /// Opens a named database (`mdb_dbi_open`).
    public func openDatabase(_ name: String, flags: DatabaseFlags = []) throws -> Database {
        var dbi: MDB_dbi = 0
        try check(lmdbCall { mdb_dbi_open(handle, name, flags.rawValue, &dbi) }, "mdb_dbi_open(\(name))")
        return Database(dbi: dbi, name: name)
    }

    /// The value stored under `key` (`mdb_get`), or nil; valid inside this transaction only.
    public func get(_ db: Database, key: UnsafeRawBufferPointer) throws -> UnsafeRawBufferPointer? {
        var k = MDB_val(mv_size: key.count, mv_data: UnsafeMutableRawPointer(mutating: key.baseAddress))
        var v = MDB_val()
        let rc = lmdbCall { mdb_get(handle, db.dbi, &k, &v) }
        if rc == MDB_NOTFOUND { return nil }
        try check(rc, "mdb_get(\(db.name))")
        let value = UnsafeRawBufferPointer(start: v.mv_data, count: v.mv_size)
        try extent.check(value, inMapOnly: isReadOnly, "mdb_get(\(db.name))")
        return value
    }

    /// What lets go of this transaction's mapped pages (`MapPages`); valid while it lives.
    public var mapPages: MapPages { MapPages(extent: extent) }

    /// The value under `key`, copied out of the map.
    public func get(_ db: Database, key: [UInt8]) throws -> [UInt8]? {
        try key.withUnsafeBytes { (k) -> [UInt8]? in
            guard let value = try get(db, key: k) else { return nil }
            return [UInt8](value)
        }
    }

    /// Stores `value` under `key` (`mdb_put`).
    public func put(_ db: Database, key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, flags: PutFlags = []) throws {
        var k = MDB_val(mv_size: key.count, mv_data: UnsafeMutableRawPointer(mutating: key.baseAddress))
        var v = MDB_val(mv_size: value.count, mv_data: UnsafeMutableRawPointer(mutating: value.baseAddress))
        try check(lmdbCall { mdb_put(handle, db.dbi, &k, &v, flags.rawValue) }, "mdb_put(\(db.name))")
    }

    /// Stores `value` under `key` (`mdb_put`).
    public func put(_ db: Database, key: [UInt8], value: [UInt8], flags: PutFlags = []) throws {
        try key.withUnsafeBytes { (k) in
            try value.withUnsafeBytes { (v) throws in try put(db, key: k, value: v, flags: flags) }
        }
    }

    /// Stores `count` values of `size` bytes each, laid end to end, under one key of a
    /// `duplicateFixed` database in one call (`Cursor.putMultiple`, through a cursor of its own).
    public func putMultiple(_ db: Database, key: UnsafeRawBufferPointer, values: UnsafeRawBufferPointer, size: Int, count: Int) throws {
        try withCursor(db) { cursor in try cursor.putMultiple(key: key, values: values, size: size, count: count) }
    }

    /// Deletes `key` (and with `value`, only that duplicate) (`mdb_del`); false when absent.
    @discardableResult
    public func delete(_ db: Database, key: [UInt8], value: [UInt8]? = nil) throws -> Bool {
        var keyCopy = key
        var valueCopy = value ?? []
        let rc: Int32 = keyCopy.withUnsafeMutableBytes { kb in
            valueCopy.withUnsafeMutableBytes { vb in
                var k = MDB_val(mv_size: kb.count, mv_data: kb.baseAddress)
                if value == nil { return lmdbCall { mdb_del(handle, db.dbi, &k, nil) } }
                var v = MDB_val(mv_size: vb.count, mv_data: vb.baseAddress)
                return lmdbCall { mdb_del(handle, db.dbi, &k, &v) }
            }
        }
        if rc == MDB_NOTFOUND { return false }
        try check(rc, "mdb_del(\(db.name))")
        return true
    }

    /// Deletes every entry of a database, keeping the database (`mdb_drop` with 0).
    public func empty(_ db: Database) throws {
        try check(lmdbCall { mdb_drop(handle, db.dbi, 0) }, "mdb_drop(\(db.name))")
    }

    /// Deletes the database itself, its name too (`mdb_drop` with 1): for tests of damaged ledgers.
    public func drop(_ db: Database) throws {
        try check(lmdbCall { mdb_drop(handle, db.dbi, 1) }, "mdb_drop(\(db.name))")
    }

    /// The database's counts (`mdb_stat`).
    public func statistics(_ db: Database) throws -> DatabaseStatistics {
        var s = MDB_stat()
        try check(lmdbCall { mdb_stat(handle, db.dbi, &s) }, "mdb_stat(\(db.name))")
        return DatabaseStatistics(
            entries: s.ms_entries, depth: Int(s.ms_depth), pageSizeBytes: Int(s.ms_psize),
            leafPages: s.ms_leaf_pages, branchPages: s.ms_branch_pages, overflowPages: s.ms_overflow_pages)
    }

    /// Runs `body` with a cursor on `db` (`mdb_cursor_open`), closed when `body` returns.
    public func withCursor<R>(_ db: Database, _ body: (borrowing Cursor) throws -> R) throws -> R {
        var cursor: OpaquePointer?
        try check(mdb_cursor_open(handle, db.dbi, &cursor), "mdb_cursor_open(\(db.name))")
        defer { mdb_cursor_close(cursor) }
        return try body(Cursor(handle: cursor!, name: db.name, extent: extent, inMapOnly: isReadOnly))
    }
}

public extension Transaction {
    func get(_ db: Database, key: UInt64) throws -> [UInt8]? {
        try get(db, key: key.bigEndianBytes)
    }
}

public extension UInt64 {
    /// The eight bytes of the value, most significant first: they sort as the numbers do.
    var bigEndianBytes: [UInt8] {
        withUnsafeBytes(of: self.bigEndian) { Array($0) }
    }

    /// Reads exactly eight big-endian bytes; nil for any other length (a damaged value).
    init?(bigEndian8 bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 8 else { return nil }
        self.init(bigEndianBytes: bytes)
    }

    /// Reads eight big-endian bytes.
    init(bigEndianBytes bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count >= 8, "UInt64 needs eight bytes")
        var value: UInt64 = 0
        for i in 0..<8 { value = value << 8 | UInt64(bytes[i]) }
        self = value
    }
}
