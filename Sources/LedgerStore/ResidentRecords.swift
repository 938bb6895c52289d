internal import LMDB
internal import Foundation

/// Lets go of the mapped pages of log records every reader has passed, a chunk at a time.
///
/// `verify` and `rebuild` read every record of the log through the read-only map; its pages
/// stayed resident to the end (a 5M-event verify peaked at 2.95 GB, most of it the map). Each
/// reader (the first thread's scan or fold, the second thread's hashing) says how far it is;
/// whichever passes a chunk of records last releases its pages (`MapPages`). A later read of
/// one of them (a void folding its project again) faults the file's page in again, so this
/// changes the resident set and nothing else. Records scattered over the file (a log written
/// in many batches over freed pages) are left resident: their span would take pages others
/// still read, for no gain.
final class ResidentRecords: @unchecked Sendable {
    static let chunk = 16_384
    private let records: [UnsafeRawBufferPointer]
    private let pages: MapPages
    private let lock = NSLock()
    /// How far each reader is, and how many records from the first are released.
    private var passed: [Int]
    private var released = 0

    init(_ records: [UnsafeRawBufferPointer], readers: Int, _ pages: MapPages) {
        self.records = records
        self.pages = pages
        passed = Array(repeating: 0, count: readers)
    }

    /// Reader `reader` is done with the records before `end`; cheap unless a chunk is passed by all.
    func passed(_ reader: Int, before end: Int) {
        lock.lock()
        defer { lock.unlock() }
        passed[reader] = max(passed[reader], min(end, records.count))
        let all = passed.min() ?? 0
        if all - released >= ResidentRecords.chunk || (all == records.count && all > released) {
            ResidentRecords.release(records[released..<all], pages)
            released = all
        }
    }

    /// Releases the pages a run of records spans, whole pages only.
    static func release(_ run: ArraySlice<UnsafeRawBufferPointer>, _ pages: MapPages) {
        var low = UInt.max, high: UInt = 0, bytes: UInt = 0
        for record in run {
            guard let base = record.baseAddress else { continue }
            low = min(low, UInt(bitPattern: base))
            high = max(high, UInt(bitPattern: base) + UInt(record.count))
            bytes += UInt(record.count)
        }
        // Whole pages only (`MapPages` rounds inward): the next record may start on the last one.
        guard low < high, high - low <= bytes * 4 + 64 * MapPages.pageBytes, let start = UnsafeRawPointer(bitPattern: low) else { return }
        pages.release(start, byteCount: Int(high - low))
    }
}
