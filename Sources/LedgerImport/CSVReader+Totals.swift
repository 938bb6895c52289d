internal import Ledger
#if canImport(Glibc)
internal import Glibc
#endif

/// A 合计/总计 row at the bottom of an event CSV, as clerks leave it when they save a sheet as CSV:
/// skipped, not imported, and named in the report (as for a workbook's sheets).
extension CSVReader {
    /// UTF-8 lead bytes of 合, 总, 小, 累: a kind cell that starts otherwise is no total word, so the
    /// hot path looks at one byte of a row, and only a row that may be a total is read as text.
    static let totalLeads: [(UInt8, UInt8)] = [(0xE5, 0x90), (0xE6, 0x80), (0xE5, 0xB0), (0xE7, 0xB4)]

    /// True when the record's kind is empty or starts like a total word, and one of its cells is one.
    static func isTotal(_ record: Record, kindColumn: Int?) -> Bool {
        guard let k = kindColumn, k < record.count else { return false }
        if !record.isEmpty(k) {
            let mayBeTotal = record.withBytes(k) { b in
                b.count >= 2 && totalLeads.contains { $0 == (b[0], b[1]) }
            }
            guard mayBeTotal else { return false }
        }
        return totalWord(record) != nil
    }

    /// The total word among the record's cells, as `SheetLayout.totalWord` finds it in a sheet's row.
    static func totalWord(_ record: Record) -> String? {
        var cells: [Int: XLSXReader.SheetCell] = [:]
        for i in 0..<record.count { cells[i] = XLSXReader.SheetCell(text: record.string(i), isNumber: false) }
        return SheetLayout.totalWord(cells)
    }

    /// The total rows of an event CSV (line, the word), found as `rows` skips them; none when the
    /// file holds no total word at all (a search of its bytes) or has no kind column.
    static func totalLines(_ file: InputFile) -> [(line: Int, text: String)] {
        guard mayHoldTotal(file.content) else { return [] }
        var position = 0, line = 1
        var record = Record()
        var kindColumn: Int?
        var out: [(line: Int, text: String)] = []
        while position < file.content.count {
            guard case .success = parseRecord(file.content, &position, &line, into: &record) else { return out }
            if (0..<record.count).allSatisfy(record.isEmpty) { continue }
            guard let k = kindColumn else {
                kindColumn = (0..<record.count).first { HeaderCell(record.string($0)).field == .kind } ?? -1
                continue
            }
            if k >= 0, isTotal(record, kindColumn: k), let word = totalWord(record) { out.append((record.line, word)) }
        }
        return out
    }

    static let totalWords = ["合计", "总计", "小计"].map { Array($0.utf8) }
    /// The longest total word in bytes: a streamed file's chunks overlap by this much.
    static let totalWordBytesMax = totalWords.map(\.count).max()!

    /// Whether a total word occurs in the bytes at all (a clean file holds none).
    static func mayHoldTotal(_ bytes: [UInt8]) -> Bool { totalWords.contains { contains(bytes, $0) } }

    /// Whether `needle` occurs in `haystack`: `memchr` to each candidate first byte, then `memcmp`,
    /// since a clean file is searched whole (Swift's Glibc module does not offer `memmem`).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                var p = h.baseAddress!
                let last = p + (h.count - n.count)   // the last place a match can start
                while p <= last, let found = memchr(p, Int32(first), last - p + 1) {
                    if memcmp(found, n.baseAddress!, n.count) == 0 { return true }
                    p = UnsafeRawPointer(found) + 1
                }
                return false
            }
        }
    }
}
