internal import CLMDB
internal import Foundation

/// How an environment is opened.
public struct EnvironmentOptions: Sendable {
    /// Open for reading only (`MDB_RDONLY`): the data file is never written.
    public var readOnly: Bool = false
    /// The first map size; it grows by itself when a write transaction fills it.
    public var initialMapSizeBytes: Int = 64 << 20
    /// The largest the map may grow to.
    public var mapSizeBytesMax: Int = 1 << 40
    /// The number of named databases the environment may hold (`mdb_env_set_maxdbs`).
    public var databasesMax: UInt32 = 16
    /// The file mode of the data and lock files when they are created.
    public var fileMode: UInt32 = 0o600
    /// The most read transactions open at once, over every process (`mdb_env_set_maxreaders`).
    public var readersMax: UInt32 = 126

    public init(readOnly: Bool = false, fileMode: UInt32 = 0o600) {
        self.readOnly = readOnly
        self.fileMode = fileMode
    }
}

/// One LMDB environment: a folder holding `data.mdb` and `lock.mdb`.
///
/// Opened with `MDB_NOTLS` so that read transactions are not tied to threads. A read-only
/// environment whose lock file cannot be written (a copy with mode 0444, a read-only mount)
/// is opened with `MDB_NOLOCK`: nobody can be writing to such a copy, so no locking is lost.
public final class Environment: @unchecked Sendable {
    let handle: OpaquePointer
    public let path: String
    public let options: EnvironmentOptions
    /// True when the lock file could not be used and the environment runs without locking.
    public private(set) var isLockless = false
    /// The map's address and the file's end, against which every buffer read is checked.
    let extent: MapExtent
    /// How often `mdb_txn_begin` is retried after adopting a map another process grew.
    static let mapResizedRetriesMax = 100
    /// Transactions hold it shared, map changes alone (`MapGate`).
    let gate = MapGate()

    /// Opens the environment; throws `DamagedFile` when `data.mdb` is empty or shorter than
    /// its last used page, before anything can read past its end.
    public init(path: String, options: EnvironmentOptions = EnvironmentOptions()) throws {
        self.path = path
        self.options = options
        if let size = Environment.dataFileBytes(path), size == 0 { throw DamagedFile(fileBytes: 0, neededBytes: 0) }
        do {
            handle = try Environment.open(path: path, options: options, extraFlags: 0)
        } catch let error as LMDBError where options.readOnly && error.isPermissionDenied {
            handle = try Environment.open(path: path, options: options, extraFlags: UInt32(MDB_NOLOCK))
            isLockless = true
        }
        extent = MapExtent(handle: handle)
        // A throw here still runs deinit (every property is set), which closes the handle.
        try checkFileHoldsLastPage()
    }

    /// The size of `path/data.mdb`, or nil when there is none.
    public static func dataFileBytes(_ path: String) -> Int? {
        var s = stat()
        guard stat(path + "/data.mdb", &s) == 0 else { return nil }
        return Int(s.st_size)
    }

    /// Compares the file's size with the end of its last used page (`mdb_env_info`, `mdb_env_stat`).
    private func checkFileHoldsLastPage() throws {
        var info = MDB_envinfo()
        mdb_env_info(handle, &info)
        var st = MDB_stat()
        try check(mdb_env_stat(handle, &st), "mdb_env_stat")
        let needed = (info.me_last_pgno + 1).multipliedReportingOverflow(by: Int(st.ms_psize))
        let fileBytes = Int(MapExtent.fileBytes(handle))
        if needed.overflow || fileBytes < needed.partialValue {
            throw DamagedFile(fileBytes: fileBytes, neededBytes: needed.overflow ? Int.max : needed.partialValue)
        }
    }

    /// Begins a transaction (`mdb_txn_begin`) with the gate held shared (the caller leaves it
    /// when the transaction ends); when another process grew the map past this one's
    /// (`MDB_MAP_RESIZED`), adopts its size (`mdb_env_set_mapsize` with 0), alone, and begins again.
    func begin(_ flags: UInt32) throws -> OpaquePointer {
        var retries = 0
        while true {
            var txn: OpaquePointer?
            let rc = lmdbCall { mdb_txn_begin(handle, nil, flags, &txn) }
            if rc == MDB_MAP_RESIZED && retries < Environment.mapResizedRetriesMax {
                retries += 1
                gate.leaveShared()
                defer { gate.enterShared() }
                guard try gate.alone({ try adoptMapSize() }) else { throw LMDBError(code: rc, call: "mdb_txn_begin") }
                continue
            }
            try check(rc, "mdb_txn_begin")
            guard let txn else { throw LMDBError(code: ENOMEM, call: "mdb_txn_begin") }
            return txn
        }
    }

    /// `mdb_env_set_mapsize(env, 0)`: takes the size the newest meta page records. LMDB refuses
    /// (EINVAL) while a transaction of this process is open; then wait for it a moment and retry.
    private func adoptMapSize() throws {
        let rc = mdb_env_set_mapsize(handle, 0)
        if rc == EINVAL { usleep(1_000); return }
        try check(rc, "mdb_env_set_mapsize")
        extent.refresh()
    }

    private static func open(path: String, options: EnvironmentOptions, extraFlags: UInt32) throws -> OpaquePointer {
        var env: OpaquePointer?
        try check(mdb_env_create(&env), "mdb_env_create")
        guard let env else { throw LMDBError(code: ENOMEM, call: "mdb_env_create") }
        do {
            try check(mdb_env_set_maxdbs(env, MDB_dbi(options.databasesMax)), "mdb_env_set_maxdbs")
            try check(mdb_env_set_maxreaders(env, options.readersMax), "mdb_env_set_maxreaders")
            if !options.readOnly {
                // An existing, larger map keeps its size: LMDB takes the larger of the two.
                try check(mdb_env_set_mapsize(env, options.initialMapSizeBytes), "mdb_env_set_mapsize")
            }
            DamagedPageGuard.attach(env)
            var flags = UInt32(MDB_NOTLS) | extraFlags
            if options.readOnly { flags |= UInt32(MDB_RDONLY) }
            try check(lmdbCall { mdb_env_open(env, path, flags, mdb_mode_t(options.fileMode)) }, "mdb_env_open")
        } catch {
            mdb_env_close(env)
            throw error
        }
        return env
    }

    deinit { mdb_env_close(handle) }

    /// The current map size in bytes (`mdb_env_info`).
    public var mapSizeBytes: Int {
        var info = MDB_envinfo()
        mdb_env_info(handle, &info)
        return info.me_mapsize
    }

    /// Grows the map (`mdb_env_set_mapsize`); only while no transaction is open.
    func growMap() throws {
        let current = mapSizeBytes
        guard current < options.mapSizeBytesMax else { throw LMDBError(code: MDB_MAP_FULL, call: "mdb_env_set_mapsize") }
        let next = min(options.mapSizeBytesMax, current < (1 << 30) ? current * 4 : current * 2)
        try setMapSize(next)
    }

    /// `mdb_env_set_mapsize`, once no transaction of this process is open (`MapGate.alone`).
    private func setMapSize(_ bytes: Int) throws {
        let done = try gate.alone {
            try check(mdb_env_set_mapsize(handle, bytes), "mdb_env_set_mapsize")
            extent.refresh()
        }
        if !done { throw LMDBError(code: EBUSY, call: "mdb_env_set_mapsize") }
    }

    /// Grows the map to at least `bytes` (`mdb_env_set_mapsize`); only while no transaction is open.
    public func ensureMapSize(atLeast bytes: Int) throws {
        let target = min(options.mapSizeBytesMax, bytes)
        if mapSizeBytes < target { try setMapSize(target) }
    }

    /// Runs `body` in a read transaction (`mdb_txn_begin` with `MDB_RDONLY`), then aborts it.
    ///
    /// Bytes read inside are valid only inside `body`: copy out what must outlive it.
    public func read<R>(_ body: (borrowing Transaction) throws -> R) throws -> R {
        gate.enterShared()
        defer { gate.leaveShared() }
        let txn = try begin(UInt32(MDB_RDONLY))
        let transaction = Transaction(handle: txn, extent: extent, isReadOnly: true)
        defer { mdb_txn_abort(txn) }
        return try body(transaction)
    }

    /// Runs `body` in a write transaction and commits it when `body` returns.
    ///
    /// A throw aborts: nothing of the transaction lands. When LMDB reports the map full,
    /// the transaction is aborted, the map grown and `body` run again from the start, so
    /// `body` must not keep state across runs other than what it reads from the transaction.
    public func write<R>(_ body: (borrowing Transaction) throws -> R) throws -> R {
        while true {
            do {
                return try committed(readOnly: false, body)
            } catch let error as LMDBError where error.isMapFull {
                try growMap()
            }
        }
    }

    /// Runs `body` in one transaction (`mdb_txn_begin`, `MDB_RDONLY` when `readOnly`) and commits
    /// it when `body` returns (`mdb_txn_commit`); a throw aborts it (`mdb_txn_abort`).
    private func committed<R>(readOnly: Bool, _ body: (borrowing Transaction) throws -> R) throws -> R {
        gate.enterShared()
        defer { gate.leaveShared() }
        let txn = try begin(readOnly ? UInt32(MDB_RDONLY) : 0)
        let transaction = Transaction(handle: txn, extent: extent, isReadOnly: readOnly)
        let result: R
        do {
            result = try body(transaction)
        } catch {
            mdb_txn_abort(txn)
            throw error
        }
        // mdb_txn_commit frees the transaction even when it fails: never abort after it.
        try check(lmdbCall { mdb_txn_commit(txn) }, "mdb_txn_commit")
        return result
    }

    /// Opens named databases once, at start-up (`mdb_dbi_open`), and commits so that the
    /// handles stay valid for the life of the environment (a handle opened in an aborted
    /// transaction is closed with it). `create` needs a writable environment.
    public func openDatabases(_ specs: [(name: String, flags: DatabaseFlags)], create: Bool) throws -> [Database] {
        try committed(readOnly: options.readOnly) { transaction in
            try specs.map { try transaction.openDatabase($0.name, flags: create ? $0.flags.union(.create) : $0.flags) }
        }
    }

    /// Copies the environment to an empty folder (`mdb_env_copy2`), compacting with `compact`.
    ///
    /// Safe while writers run: the copy is one consistent snapshot.
    public func copy(to folder: String, compact: Bool) throws {
        gate.enterShared()
        defer { gate.leaveShared() }
        try check(lmdbCall { mdb_env_copy2(handle, folder, compact ? UInt32(MDB_CP_COMPACT) : 0) }, "mdb_env_copy2")
    }

    /// Clears reader slots left by processes that died (`mdb_reader_check`); returns how many.
    @discardableResult
    public func clearStaleReaders() throws -> Int {
        if isLockless { return 0 }
        var dead: Int32 = 0
        try check(mdb_reader_check(handle, &dead), "mdb_reader_check")
        return Int(dead)
    }

    /// Flushes the data to disk (`mdb_env_sync` with force).
    public func sync() throws {
        try check(mdb_env_sync(handle, 1), "mdb_env_sync")
    }
}
