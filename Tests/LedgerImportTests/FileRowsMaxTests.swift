import Foundation
import Ledger
import LedgerImport
import Testing

/// `Limits.fileRowsMax`: a file with more rows ends in one `file_rows_max` problem after that
/// many rows and is read no further, whether it is parsed on the caller's thread (small files)
/// or on the pipeline's second thread (files of 1 MiB or more). Tested with a lowered limit.
@Suite struct FileRowsMaxTests {
    static func csv(rows: Int) -> [UInt8] {
        var text = "id,kind,project,date,amount,name\n"
        for i in 1...rows { text += "E\(i),signed,P\(i),2021-03-01,1亿元,项目\(i)\n" }
        return Array(text.utf8)
    }

    static func read(_ bytes: [UInt8], format: InputFormat, rowsMax: Int) throws -> (events: Int, problems: [RowProblem]) {
        let file = try InputFile.read(bytes: bytes, name: "big.\(format.rawValue)", format: format)
        var events = 0
        var problems: [RowProblem] = []
        try file.rows(rowsMax: rowsMax) { row in
            switch row {
            case .event: events += 1
            case .problems(let p): problems += p
            }
        }
        return (events, problems)
    }

    @Test(arguments: [5, 30_000]) func aFileWithOneRowTooManyIsRefusedAfterTheLimit(rows: Int) throws {
        let bytes = Self.csv(rows: rows)
        #expect((bytes.count >= 1 << 20) == (rows > 1_000), "both paths: on this thread and on the pipeline")
        let atLimit = try Self.read(bytes, format: .csv, rowsMax: rows)
        #expect(atLimit.events == rows)
        #expect(atLimit.problems.isEmpty)

        let over = try Self.read(bytes, format: .csv, rowsMax: rows - 1)
        #expect(over.events == rows - 1)
        #expect(over.problems.map(\.code) == ["file_rows_max"])
        #expect(over.problems.first?.file == "big.csv")
        #expect(over.problems.first?.english == "more than \(rows - 1) rows in one file: split it into several files")
        #expect(over.problems.first?.chinese == "文件超过 \(rows - 1) 行:请拆分为多个文件")
    }

    @Test func jsonlCountsItsRowsToo() throws {
        let lines = (1...4).map { #"{"id": "E\#($0)", "kind": "started", "project": "P", "date": "2021-03-01"}"# }
        let r = try Self.read(Array((lines.joined(separator: "\n") + "\n").utf8), format: .jsonl, rowsMax: 3)
        #expect(r.events == 3)
        #expect(r.problems.map(\.code) == ["file_rows_max"])
    }
}
