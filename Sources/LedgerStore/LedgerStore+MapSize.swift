internal import LMDB
internal import Foundation
internal import Ledger

extension LedgerStore {
    /// Names the map size a ledger opens with, overriding the default of 64 MiB; read when
    /// `initialMapSizeBytes` is not given. For tests and benchmarks of map growth only: the
    /// map grows by itself, so no user needs it.
    public static let initialMapSizeVariable = "TAIZHANG_MAP_SIZE_INITIAL_BYTES"

    /// The environment options of a ledger: owner-only files unless `fileMode` says otherwise,
    /// and the first map size from the argument, else the variable, else LMDB's wrapper default.
    static func environmentOptions(readOnly: Bool, fileMode: UInt32, initialMapSizeBytes: Int?) -> EnvironmentOptions {
        var options = EnvironmentOptions(readOnly: readOnly, fileMode: fileMode)
        options.readersMax = UInt32(Limits.readersMax)
        let fromEnvironment = ProcessInfo.processInfo.environment[initialMapSizeVariable].flatMap { Int($0) }
        if let bytes = initialMapSizeBytes ?? fromEnvironment, bytes > 0 {
            // LMDB rounds the map to whole pages; a map smaller than a few pages cannot hold the databases.
            options.initialMapSizeBytes = max(bytes, 64 << 10)
        }
        return options
    }
}
