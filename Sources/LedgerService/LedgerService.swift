public import Ledger
public import LedgerStore
internal import Foundation

/// The ledger's use cases, for every front end: values in, values out.
///
/// The command line and the web server only parse a request, call one of these functions and
/// render what it returns (with `LedgerReports`); none of them touches the store itself. Each
/// call opens the ledger for as long as it needs it, read-only unless it writes.
public struct LedgerService: Sendable {
    /// The ledger folder (an LMDB environment).
    public let path: String

    public init(path: String) { self.path = path }

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
        try LedgerStore(path: path, readOnly: readOnly)
    }

    /// The zone's name given at `init`.
    public func zone() throws -> String { try open(readOnly: true).zone() }
}

/// What `create` found or did.
public enum CreateResult: Sendable, Equatable {
    case created
    /// The ledger was there already; `zoneSet` when its zone's name was changed.
    case existed(zoneSet: Bool)
}

extension LedgerService {
    /// Creates an empty ledger; an existing one is kept, its zone renamed when `zone` is given.
    public func create(zone: String, groupReadable: Bool = false) throws -> CreateResult {
        if exists {
            if !zone.isEmpty { try open(readOnly: false).setZone(zone) }
            return .existed(zoneSet: !zone.isEmpty)
        }
        try LedgerStore.create(at: path, zone: zone, groupReadable: groupReadable)
        return .created
    }

    /// Every batch, in order.
    public func batches() throws -> [BatchRecord] { try open(readOnly: true).allBatches() }

    /// The batches by id, for naming each event's file.
    func batchesById(_ store: LedgerStore) throws -> [UInt64: BatchRecord] {
        Dictionary(uniqueKeysWithValues: try store.allBatches().map { ($0.id, $0) })
    }
}
