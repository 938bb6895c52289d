internal import CLMDB

/// Runs one LMDB call marked as such, so that a fault inside it (a damaged page LMDB trusts)
/// ends the process with the damaged-ledger line and status 4 instead of a crash (see `shim.h`).
/// Never inlined: the C state it reaches must be the one copy this file's object holds.
@inline(never)
func lmdbCall<T>(_ body: () throws -> T) rethrows -> T {
    taizhang_lmdb_enter()
    defer { taizhang_lmdb_leave() }
    return try body()
}

public enum DamagedPageGuard {
    /// The line printed, and status 4, when LMDB faults on a damaged page of this process's
    /// ledger (SIGSEGV, SIGBUS or an LMDB assertion while inside an LMDB call).
    public static func install(line: String) {
        taizhang_on_damaged_page(line + "\n")
    }

    /// Routes LMDB's failed assertions (`mdb_env_set_assert`) to the same line and status.
    static func attach(_ env: OpaquePointer) {
        taizhang_attach_assert(env)
    }
}
