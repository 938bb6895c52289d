package import LMDB
internal import Ledger
internal import Foundation

/// The ledger on disk: one LMDB environment with the event log, its indexes and projections.
///
/// Named databases (see the README's "Storage format"):
/// `events` (u64 BE sequence → event record, appended with MDB_APPEND),
/// `event_ids` (event id → u64 BE sequence), `project_events` (project id → u64 BE
/// sequences, DUPSORT|DUPFIXED), `voids` (voided event id → u64 BE sequence of the void),
/// `batches` (u64 BE batch id → batch record), `batch_files` (file SHA-256 → u64 BE batch id),
/// `projects` (project id → project state), `quarters` (u32 BE quarter ‖ project id →
/// contribution), `meta` (format, head, zone, Merkle frontier); and `merkle_nodes` (see
/// `LedgerStore+MerkleNodes`), absent from ledgers written before the tree was kept.
public final class LedgerStore: @unchecked Sendable {
    public static let formatVersion: UInt32 = 1

    package let environment: Environment
    public let path: String
    public let isReadOnly: Bool

    let events: Database
    let eventIds: Database
    let projectEvents: Database
    let voids: Database
    let batches: Database
    let batchFiles: Database
    let projects: Database
    let quarters: Database
    let meta: Database
    /// Nil only on a read-only open of a ledger that has not gained the tree yet.
    var merkleNodes: Database?
    /// `summary_versions` and `summary_days` (see `LedgerStore+SummaryIndex`); nil only on a
    /// read-only open of a ledger written before they were kept.
    var summaryIndex: (versions: Database, days: Database)?
    /// `summary_updated` (see `LedgerStore+SummaryUpdated`); nil as `summaryIndex`.
    var summaryUpdated: Database?
    /// For tests of `verify`'s way out (see `VerifyProbe`).
    let verifyProbe = VerifyProbe()

    static let databaseNames = ["events", "event_ids", "project_events", "voids", "batches", "batch_files", "projects", "quarters", "meta"]

    /// Opens an existing ledger; read-only opens never write the data file. `initialMapSizeBytes`
    /// (else `$TAIZHANG_MAP_SIZE_INITIAL_BYTES`, else 64 MiB) is where the map starts growing from.
    public init(path: String, readOnly: Bool, initialMapSizeBytes: Int? = nil) throws {
        self.path = path
        self.isReadOnly = readOnly
        guard LedgerStore.exists(at: path) else {
            if LedgerStore.isUnreadable(at: path) { throw StoreError.unreadable(path: path) }
            throw StoreError(.missing, .ledgerMissing, path: path)
        }
        do {
            environment = try Environment(path: path, options: LedgerStore.environmentOptions(
                readOnly: readOnly, fileMode: 0o600, initialMapSizeBytes: initialMapSizeBytes))
        } catch let e as LMDBError {
            throw LedgerStore.translate(e, path: path)
        } catch let e as DamagedFile {
            throw StoreError.damaged(e, path: path)
        }
        let env = environment
        let opened: [Database]
        do {
            opened = try env.openDatabases(LedgerStore.databaseNames.map { ($0, LedgerStore.flags(for: $0)) }, create: false)
        } catch let e as LMDBError where e.isNotFound && (try? env.openDatabases([("meta", [])], create: false)) != nil {
            // A ledger's meta is there but one of its databases is not: damaged, not something else.
            let missing = e.call.replacingOccurrences(of: "mdb_dbi_open(", with: "").replacingOccurrences(of: ")", with: "")
            throw StoreError.damaged(.damagedDatabaseMissing, path: path, [("database", missing)])
        } catch let e as LMDBError where e.isNotFound {
            throw StoreError(.notALedger, .notALedgerNoDatabase, ["call": e.call], path: path, cause: e)
        } catch let e as LMDBError {
            throw LedgerStore.translate(e, path: path)
        }
        (events, eventIds, projectEvents, voids, batches, batchFiles, projects, quarters, meta) =
            (opened[0], opened[1], opened[2], opened[3], opened[4], opened[5], opened[6], opened[7], opened[8])
        try checkFormat()
        merkleNodes = try openMerkleNodes()
        summaryIndex = try openSummaryIndex()
        summaryUpdated = try openSummaryUpdated()
        if !readOnly { _ = try? environment.clearStaleReaders() }
    }

    /// Creates a new, empty ledger (the folder too); `zone` is the name summaries print.
    @discardableResult
    public static func create(at path: String, zone: String, groupReadable: Bool = false, initialMapSizeBytes: Int? = nil) throws -> LedgerStore {
        let fm = FileManager.default
        if exists(at: path) { throw StoreError(.storage, .ledgerExists, path: path) }
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: groupReadable ? 0o750 : 0o700])
        } catch {
            throw StoreError(.permission, .cannotCreateFolder, ["reason": error.localizedDescription], path: path)
        }
        do {
            // One environment per path per process: this one is closed before the store opens its own.
            let env = try Environment(path: path, options: environmentOptions(
                readOnly: false, fileMode: groupReadable ? 0o640 : 0o600, initialMapSizeBytes: initialMapSizeBytes))
            let opened = try env.openDatabases(databaseNames.map { ($0, flags(for: $0)) }, create: true)
            let meta = opened[databaseNames.firstIndex(of: "meta")!]
            try env.write { txn in
                try txn.put(meta, key: Array("format".utf8), value: UInt64(formatVersion).bigEndianBytes)
                try txn.put(meta, key: Array("zone".utf8), value: Array(zone.utf8))
                try txn.put(meta, key: Array("created_at_ms".utf8), value: UInt64(bitPattern: Clock.nowMs()).bigEndianBytes)
            }
        } catch let e as LMDBError {
            throw translate(e, path: path)
        }
        return try LedgerStore(path: path, readOnly: false, initialMapSizeBytes: initialMapSizeBytes)
    }

    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/data.mdb")
    }

    /// True when the folder or its data file may not be looked at by this user (`EACCES`):
    /// a ledger may be there, so "no ledger" would be wrong.
    public static func isUnreadable(at path: String) -> Bool {
        var s = stat()
        return stat(path + "/data.mdb", &s) != 0 && errno == EACCES
    }

    static func flags(for name: String) -> DatabaseFlags {
        name == "project_events" ? [.duplicateSort, .duplicateFixed] : []
    }

    private func checkFormat() throws {
        let version: UInt64? = try reading { txn in try readU64(txn, Array("format".utf8)) }
        guard let version else { throw StoreError(.notALedger, .noFormatVersion, path: path) }
        if version > UInt64(LedgerStore.formatVersion) {
            throw StoreError(.newerFormat, .newerFormat, ["version": String(version), "supported": String(LedgerStore.formatVersion)], path: path)
        }
        // A format that never existed is a damaged meta, not some other file: exit 4, as verify.
        if version < 1 { throw StoreError(.corrupt, .neverFormat, ["version": String(version)], path: path) }
    }

    /// Turns an LMDB error into one line naming the ledger and what to do.
    static func translate(_ e: LMDBError, path: String) -> StoreError {
        if let full = diskFull(e, path: path) { return full }
        if e.isPermissionDenied { return StoreError(.permission, .cannotWrite, ["reason": e.message], path: path, cause: e) }
        if e.isInvalid || e.isDamaged { return StoreError.damaged(e, path: path) }
        return StoreError(.storage, .storage, ["reason": e.description], path: path, cause: e)
    }

    /// Opens named databases that version 1 gained after its first ledgers (`merkle_nodes`, the
    /// summary index, `summary_updated`), creating them on a writable open; nil on a read-only open of a ledger
    /// written before them (it gains them on its next write or `rebuild`).
    func openAddedDatabases(_ names: [String]) throws -> [Database]? {
        do {
            return try environment.openDatabases(names.map { ($0, []) }, create: !isReadOnly)
        } catch let e as LMDBError where e.isNotFound {
            return nil
        } catch let e as LMDBError {
            throw LedgerStore.translate(e, path: path)
        }
    }

    /// Runs `body` in a write transaction, translating LMDB errors into `StoreError`.
    func writing<R>(_ body: (borrowing Transaction) throws -> R) throws -> R {
        do { return try environment.write(body) } catch let e as LMDBError { throw LedgerStore.translate(e, path: path) }
    }

    /// Runs `body` in a read transaction, translating LMDB errors into `StoreError`.
    package func reading<R>(_ body: (borrowing Transaction) throws -> R) throws -> R {
        do { return try environment.read(body) } catch let e as LMDBError { throw LedgerStore.translate(e, path: path) }
    }

    /// Grows the map ahead of a large import, so that the batch is not rerun on a full map.
    public func reserve(bytes: Int) throws {
        do { try environment.ensureMapSize(atLeast: bytes) } catch let e as LMDBError { throw LedgerStore.translate(e, path: path) }
    }
}

/// The head of the log: the ledger's digest.
public struct Head: Hashable, Sendable {
    public var sequence: UInt64
    public var hash: [UInt8]
    public var recordedAtMs: Int64

    public static let empty = Head(sequence: 0, hash: EventCodec.genesisHash, recordedAtMs: 0)
}

/// The wall clock, in milliseconds since the epoch: what "now" is for a batch landed without a recorded time.
public enum Clock {
    public static func nowMs() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }
}
