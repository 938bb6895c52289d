public import Ledger
public import LedgerStore
internal import Foundation
internal import Catalogue

/// The ledger's use cases, for every front end: values in, values out.
///
/// The command line and the web server only parse a request, call one of these functions and
/// render what it returns (with `LedgerReports`); none of them touches the store itself. Each
/// call opens the ledger for as long as it needs it, read-only unless it writes; a service made
/// over an open store (the web server) uses that one for every call instead.
public struct LedgerService: Sendable {
    /// The ledger folder (an LMDB environment).
    public let path: String
    /// The store every call uses, when the service was made over one.
    private let held: LedgerStore?

    public init(path: String) {
        self.path = path
        held = nil
    }

    /// The use cases over a store already open for writing, for a long-running process.
    ///
    /// LMDB allows one environment per path per process, so a server cannot open the ledger
    /// per call as the command line does; every call here is still its own transaction, and
    /// sees what another process committed before it began.
    public init(store: LedgerStore) {
        path = store.path
        held = store
    }

    /// The ledger a person means when they name none: `$TAIZHANG_DB`, else the XDG data folder.
    public static func defaultPath() -> String { defaultPath(environment: ProcessInfo.processInfo.environment) }

    public static func defaultPath(environment: [String: String]) -> String {
        if let p = environment["TAIZHANG_DB"], !p.isEmpty { return p }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
        return data + "/taizhang/ledger"
    }

    /// True when a ledger is at `path`.
    public var exists: Bool { LedgerStore.exists(at: path) }

    func open(readOnly: Bool) throws -> LedgerStore {
        try held ?? LedgerStore(path: path, readOnly: readOnly)
    }

    /// The store itself, for the renderers of sealed reports (`LedgerReports`) that read it
    /// through their own folds; a front end passes it on and touches nothing of it.
    public func store(readOnly: Bool = true) throws -> LedgerStore { try open(readOnly: readOnly) }

    /// Opens the ledger to write, creating it when missing; when `body` then fails (a rejected
    /// batch, any error), the ledger it created is removed again: "nothing was written" leaves
    /// nothing behind, not an empty ledger.
    func openCreatingIfMissing<R>(zone: String, _ body: (LedgerStore) throws -> R) throws -> R {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        let folderExisted = fm.fileExists(atPath: path, isDirectory: &isFolder)
        let created = !exists
        if created { try LedgerStore.create(at: path, zone: zone) }
        do {
            // The store is released at the end of this scope, before any file is removed.
            return try { try body(try open(readOnly: false)) }()
        } catch {
            if created { removeEmpty(folder: !folderExisted) }
            throw error
        }
    }

    /// Removes a ledger this call created and that holds no event.
    private func removeEmpty(folder: Bool) {
        guard let store = try? LedgerStore(path: path, readOnly: true), (try? store.head().sequence) == 0 else { return }
        let fm = FileManager.default
        try? fm.removeItem(atPath: path + "/data.mdb")
        try? fm.removeItem(atPath: path + "/lock.mdb")
        if folder, (try? fm.contentsOfDirectory(atPath: path))?.isEmpty == true { try? fm.removeItem(atPath: path) }
    }

    /// The zone's name given at `init`.
    public func zone() throws -> String { try open(readOnly: true).zone() }
}

/// What `create` found or did.
public enum CreateResult: Sendable, Equatable {
    case created
    /// The ledger was there already; `zoneSet` when it had no zone's name and now has the one given.
    case existed(zoneSet: Bool)
}

extension LedgerService {
    /// Creates an empty ledger. An existing one keeps its zone: `zone` names one only where it
    /// had none, and a different name than the one it has is refused (exit 1).
    public func create(zone: String, groupReadable: Bool = false) throws -> CreateResult {
        guard exists else {
            try LedgerStore.create(at: path, zone: zone, groupReadable: groupReadable)
            return .created
        }
        let store = try open(readOnly: zone.isEmpty)
        let current = try store.zone()
        if zone.isEmpty || zone == current { return .existed(zoneSet: false) }
        guard current.isEmpty else {
            let pairs = [("path", path), ("zone", current), ("requested", zone)]
            throw Failure(kind: .error, code: "zone_differs") { ReliabilityText.initZoneDiffers.phrase.text($0, pairs: pairs) }
        }
        try store.setZone(zone)
        return .existed(zoneSet: true)
    }

    /// Every batch, in order.
    public func batches() throws -> [BatchRecord] { try open(readOnly: true).allBatches() }

    /// The batches by id, for naming each event's file.
    func batchesById(_ store: LedgerStore) throws -> [UInt64: BatchRecord] {
        Dictionary(uniqueKeysWithValues: try store.allBatches().map { ($0.id, $0) })
    }
}
