internal import CLMDB
internal import Synchronization
#if canImport(Glibc)
internal import Glibc
#endif

/// Where the memory map lies and how much of it the data file backs.
///
/// LMDB maps more address space than the file holds; touching a mapped page past the file's
/// end is SIGBUS, not an error. A damaged node can point there, so every buffer a
/// transaction or cursor returns is checked against the file's end before anyone reads it.
/// Buffers outside the map (a write transaction's dirty pages live in the heap) pass.
/// Unchecked Sendable: the handle is the environment's, only read; the state is behind a mutex.
final class MapExtent: @unchecked Sendable {
    private struct State {
        var start: UInt = 0
        var mapBytes: UInt = 0
        var fileBytes: UInt = 0
    }

    private let state = Mutex(State())
    private let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
        refresh()
    }

    /// Reads the map's address and size (`mdb_env_info`) and the file's size (`fstat`) again.
    func refresh() {
        var info = MDB_envinfo()
        mdb_env_info(handle, &info)
        let fileBytes = Self.fileBytes(handle)
        state.withLock {
            $0.start = UInt(bitPattern: info.me_mapaddr)
            $0.mapBytes = UInt(info.me_mapsize)
            $0.fileBytes = fileBytes
        }
    }

    /// The data file's size in bytes (`mdb_env_get_fd`, `fstat`); 0 when it cannot be read.
    static func fileBytes(_ handle: OpaquePointer) -> UInt {
        var fd: Int32 = -1
        guard mdb_env_get_fd(handle, &fd) == MDB_SUCCESS, fd >= 0 else { return 0 }
        var s = stat()
        guard fstat(fd, &s) == 0 else { return 0 }
        return UInt(max(0, s.st_size))
    }

    /// Throws `MDB_CORRUPTED` when `buffer` lies in the map but past the end of the file.
    func check(_ buffer: UnsafeRawBufferPointer, _ call: String) throws {
        guard let base = buffer.baseAddress else { return }
        if isBacked(UInt(bitPattern: base), UInt(buffer.count)) { return }
        // The file may have grown since (another process's commit): look again once.
        state.withLock { $0.fileBytes = Self.fileBytes(handle) }
        if !isBacked(UInt(bitPattern: base), UInt(buffer.count)) {
            throw LMDBError(code: MDB_CORRUPTED, call: call)
        }
    }

    private func isBacked(_ address: UInt, _ count: UInt) -> Bool {
        state.withLock { s in
            let (end, overflow) = address.addingReportingOverflow(count)
            let mapEnd = s.start &+ s.mapBytes
            // Wholly outside the map: heap memory (a dirty page of a write transaction).
            if !overflow && (end <= s.start || address >= mapEnd) { return true }
            return !overflow && address >= s.start && end <= s.start &+ s.fileBytes
        }
    }
}
