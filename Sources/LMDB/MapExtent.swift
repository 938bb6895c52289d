internal import CLMDB
internal import Synchronization
internal import Foundation
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
        /// Every mapping of the data file in this process (tests may open one file twice).
        var maps: [Range<UInt>] = []
        var fileBytes: UInt = 0
        /// False where the map cannot be found (no `/proc`): then nothing is checked.
        var known = false
    }

    private let state = Mutex(State())
    private let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
        refresh()
    }

    /// Finds the maps again (after a resize one may move) and the file's size (`fstat`).
    func refresh() {
        let fileBytes = Self.fileBytes(handle)
        let maps = Self.mapRanges(handle)
        state.withLock {
            $0.maps = maps ?? []
            $0.fileBytes = fileBytes
            $0.known = maps?.isEmpty == false
        }
    }

    /// Where the data file is mapped: `mdb_env_info` gives the address only for `MDB_FIXEDMAP`,
    /// so they are the lines of `/proc/self/maps` with the data file's inode at offset 0 (Linux).
    static func mapRanges(_ handle: OpaquePointer) -> [Range<UInt>]? {
        var fd: Int32 = -1
        guard mdb_env_get_fd(handle, &fd) == MDB_SUCCESS, fd >= 0 else { return nil }
        var s = stat()
        guard fstat(fd, &s) == 0, let maps = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(maps) }
        var line = [CChar](repeating: 0, count: 4096)
        var found: [Range<UInt>] = []
        // Only a line naming the inode can be the file's: found with strstr before any String
        // is made (splitting every line of the maps was a tenth of a summary's instructions).
        let inode = String(s.st_ino)
        while fgets(&line, Int32(line.count), maps) != nil {
            guard strstr(line, inode) != nil else { continue }
            let fields = String(cString: line).split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, UInt64(fields[4]) == UInt64(s.st_ino), UInt64(fields[2], radix: 16) == 0 else { continue }
            let bounds = fields[0].split(separator: "-")
            guard bounds.count == 2, let lo = UInt(bounds[0], radix: 16), let hi = UInt(bounds[1], radix: 16), lo < hi else { continue }
            found.append(lo..<hi)
        }
        return found
    }

    /// The data file's size in bytes (`mdb_env_get_fd`, `fstat`); 0 when it cannot be read.
    static func fileBytes(_ handle: OpaquePointer) -> UInt {
        var fd: Int32 = -1
        guard mdb_env_get_fd(handle, &fd) == MDB_SUCCESS, fd >= 0 else { return 0 }
        var s = stat()
        guard fstat(fd, &s) == 0 else { return 0 }
        return UInt(max(0, s.st_size))
    }

    /// Throws `MDB_CORRUPTED` when `buffer` lies in a map of the data file but past the file's
    /// end, or, in a read-only transaction (`inMapOnly`, which has no dirty pages), in no map of it.
    ///
    /// `call` names the LMDB call for the error; it is built only when there is one (this runs
    /// for every key and value read, and a String per read was most of a cursor step's cost).
    func check(_ buffer: UnsafeRawBufferPointer, inMapOnly: Bool, _ call: @autoclosure () -> String) throws {
        if backed(buffer, inMapOnly: inMapOnly) { return }
        // The file may have grown (another process's commit), or been mapped again: look again once.
        refresh()
        if !backed(buffer, inMapOnly: inMapOnly) { throw LMDBError(code: MDB_CORRUPTED, call: call()) }
    }

    /// Every map of the data file, each up to the file's end: empty where the map is not known.
    var fileRanges: [Range<UInt>] {
        state.withLock { s in s.known ? s.maps.map { $0.lowerBound..<min($0.upperBound, $0.lowerBound &+ s.fileBytes) } : [] }
    }

    /// True when `count` bytes from `address` lie wholly inside one map of the data file (false where the map is not known).
    func liesInMap(_ address: UInt, _ count: UInt) -> Bool {
        state.withLock { s in
            let (end, overflow) = address.addingReportingOverflow(count)
            return s.known && !overflow && s.maps.contains { address >= $0.lowerBound && end <= $0.upperBound }
        }
    }

    /// `check` of a cursor's key and value under one lock: a cursor step is a few hundred
    /// nanoseconds, and taking the lock twice was a tenth of a summary's scan of its days.
    func check(_ key: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer, inMapOnly: Bool, _ call: @autoclosure () -> String) throws {
        let both = state.withLock { s in
            Self.isBacked(key, in: s, inMapOnly: inMapOnly) && Self.isBacked(value, in: s, inMapOnly: inMapOnly)
        }
        if both { return }
        try check(key, inMapOnly: inMapOnly, call())
        try check(value, inMapOnly: inMapOnly, call())
    }

    private func backed(_ buffer: UnsafeRawBufferPointer, inMapOnly: Bool) -> Bool {
        state.withLock { s in Self.isBacked(buffer, in: s, inMapOnly: inMapOnly) }
    }

    private static func isBacked(_ buffer: UnsafeRawBufferPointer, in s: State, inMapOnly: Bool) -> Bool {
        guard let base = buffer.baseAddress, s.known else { return true }
        let address = UInt(bitPattern: base)
        let (end, overflow) = address.addingReportingOverflow(UInt(buffer.count))
        if overflow { return false }
        for map in s.maps where address >= map.lowerBound && address < map.upperBound {
            return end <= map.lowerBound &+ s.fileBytes
        }
        // In no map of the file: heap memory (a dirty page of a write transaction).
        return !inMapOnly
    }
}
