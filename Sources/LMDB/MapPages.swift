internal import CLMDB
#if canImport(Glibc)
internal import Glibc
#endif

/// Lets go of this process's copy of pages of the data file's map (`madvise(MADV_DONTNEED)`).
///
/// The map is read-only (no `MDB_WRITEMAP`), so a later read of those bytes faults the file's
/// pages in again: nothing changes but the resident set. A range that does not lie wholly in a
/// map of the data file (a write transaction's dirty pages live in the heap) is never touched.
/// Sendable so that a transaction's second thread may use it; only while the transaction lives.
public struct MapPages: @unchecked Sendable {
    let extent: MapExtent

    /// The size of the pages `release` lets go of, whole: the system's, at least 4 KiB.
    public static let pageBytes = UInt(max(4096, sysconf(Int32(_SC_PAGESIZE))))

    /// Releases the whole pages within `byteCount` bytes from `start`; false when there are none
    /// or the bytes do not all lie in the map.
    @discardableResult
    public func release(_ start: UnsafeRawPointer, byteCount: Int) -> Bool {
        let page = MapPages.pageBytes
        let low = UInt(bitPattern: start), (high, overflow) = low.addingReportingOverflow(UInt(max(0, byteCount)))
        let first = (low &+ page &- 1) & ~(page - 1), last = high & ~(page - 1)
        guard !overflow, last > first, extent.liesInMap(low, high - low), let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return false }
        return madvise(aligned, Int(last - first), MADV_DONTNEED) == 0
    }

    /// Releases every page of the data file's maps: between passes that read different databases.
    public func releaseAll() {
        for range in extent.fileRanges where range.count > 0 {
            if let start = UnsafeRawPointer(bitPattern: range.lowerBound) { release(start, byteCount: Int(range.count)) }
        }
    }
}
