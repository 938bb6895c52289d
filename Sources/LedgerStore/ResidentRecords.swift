internal import LMDB
internal import Foundation

/// Lets go of the mapped pages of log records every reader has passed, a chunk at a time.
///
/// `verify` and `rebuild` read every record of the log through the read-only map; its pages
/// stayed resident to the end (a 5M-event verify peaked at 2.95 GB, most of it the map). Once
/// both threads are past a run of records, its pages are released (`Transaction.releaseMapped`):
/// a later read of one of them (a void folding its project again) faults the file's page in
/// again, so this changes the resident set and nothing else. Records scattered over the file (a
/// log written in many batches over freed pages) are left resident: their span would take
/// pages others still read, for no gain.
struct ResidentRecords {
    static let chunk = 16_384
    private static let pageBytes = UInt(max(4096, sysconf(Int32(_SC_PAGESIZE))))
    /// How many records from the first are released.
    private var released = 0

    /// Releases `records` before `end` once a chunk of them is passed.
    mutating func release(_ records: [UnsafeRawBufferPointer], before end: Int, _ txn: borrowing Transaction) {
        if min(end, records.count) - released >= ResidentRecords.chunk { releaseRun(records, before: end, txn) }
    }

    /// Releases every record not released yet: every reader is done with them.
    mutating func releaseRest(_ records: [UnsafeRawBufferPointer], _ txn: borrowing Transaction) {
        releaseRun(records, before: records.count, txn)
    }

    private mutating func releaseRun(_ records: [UnsafeRawBufferPointer], before end: Int, _ txn: borrowing Transaction) {
        let end = min(end, records.count)
        guard end > released else { return }
        var low = UInt.max, high: UInt = 0, bytes: UInt = 0
        for record in records[released..<end] {
            guard let base = record.baseAddress else { continue }
            low = min(low, UInt(bitPattern: base))
            high = max(high, UInt(bitPattern: base) + UInt(record.count))
            bytes += UInt(record.count)
        }
        released = end
        let page = ResidentRecords.pageBytes
        // Whole pages only, and not the last one: the next record may start on it.
        let first = (low + page - 1) & ~(page - 1), last = high & ~(page - 1)
        guard last > first, last - first <= bytes * 4 + 64 * page, let start = UnsafeRawPointer(bitPattern: first) else { return }
        txn.releaseMapped(start, byteCount: Int(last - first))
    }
}
