import Foundation
import Catalogue
import Testing
import Ledger
import TestSupport
@testable import LedgerImport

/// A large CSV file read chunk by chunk gives exactly the rows and problems it gives read whole.
///
/// The streamed files here are small and their chunks tiny (down to one byte), so that every
/// record, quote, CRLF and UTF-8 sequence is cut at every place a chunk can end.
@Suite struct StreamedCSVTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Texts a clerk's CSV may hold: quotes with commas, quotes and line breaks inside, CRLF, a BOM,
    /// Chinese names, blank lines, a stray quote (the rows after it still read), a short row.
    static let crafted: [String] = [
        "id,kind,project,date,amount,name,group\r\nA-1,signed,P-1,2021-03-01,1亿元,\"甲,乙 \"\"二期\"\"\",临空组团\r\nA-2,disbursed,P-1,2021-03-05,3000万元,,\r\n",
        "\u{FEFF}kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,\"多行\n名称\"\n\nsigned,P-2,2021-03-02,2.5亿元,鸿川有机硅生产基地\n",
        "kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,5\"寸屏\nsigned,P-2,2021-02-30,1亿元,乙\nsigned,P-3,2021-03-03,1亿元,丙\n",
        "kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,甲\nsigned,P-2,2021-03-02\nsigned,P-3,2021-03-03,1亿元,\"丙\"x\nsigned,P-4,2021-03-04,1亿元,丁",
        "kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,\"never closed\nsigned,P-2,2021-03-02,1亿元,乙\n",
        "kind,project,date,amount,name\r\nsigned,P-1,2021-03-01,1亿元,甲\r\n\r\n,,,,\r\nsigned,,2021-03-01,,\r\n",
    ]

    /// Every row's description: an event with its line, or each problem's place, code and words.
    static func rows(_ file: InputFile) throws -> [String] {
        var out: [String] = []
        try file.rows { row in
            switch row {
            case .event(let e, let line): out.append("\(line) \(e)")
            case .problems(let p): out += p.map { "\($0.file):\($0.line) \($0.column)=\($0.value) \($0.code) \($0.chinese)" }
            }
        }
        return out
    }

    func write(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "taizhang-streamed-" + UUID().uuidString + ".csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func compare(_ bytes: [UInt8], chunks: [Int]) throws {
        let path = try write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try InputFile.read(path: path)
        #expect(whole.streamed == nil)
        let expected = try StreamedCSVTests.rows(whole)
        #expect(!expected.isEmpty)
        for chunk in chunks {
            let streamed = try InputFile.read(path: path, streamingFrom: 1, chunkBytes: chunk)
            #expect(streamed.streamed != nil, "chunks of \(chunk) bytes")
            #expect(streamed.content.isEmpty)
            #expect(streamed.sha256 == whole.sha256)
            #expect(streamed.encoding == whole.encoding)
            #expect(streamed.lineCount == whole.lineCount)
            #expect(try StreamedCSVTests.rows(streamed) == expected, "chunks of \(chunk) bytes")
        }
    }

    @Test(arguments: 0..<crafted.count)
    func craftedTextsReadTheSameInChunks(index: Int) throws {
        try compare(Array(StreamedCSVTests.crafted[index].utf8), chunks: [1, 2, 3, 5, 7, 64, 1 << 20])
    }

    /// Random texts over the bytes that matter to a CSV reader (quotes, commas, both line breaks,
    /// a three-byte character), after a valid header: every one reads the same in chunks.
    @Test func randomTextsReadTheSameInChunks() throws {
        var generator = SeededGenerator(seed: 14)
        let pieces = ["a", "1", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "甲", " ", "signed", "2021-03-01", "1亿元", "P-1"]
        for _ in 0..<60 {
            var text = "kind,project,date,amount,name\n"
            for _ in 0..<Int.random(in: 5...60, using: &generator) { text += pieces.randomElement(using: &generator)! }
            try compare(Array(text.utf8), chunks: [1, 2, 3, 4, 7])
        }
    }

    @Test func everyCSVFixtureReadsTheSameInChunks() throws {
        let bad = StreamedCSVTests.repository.appendingPathComponent("Fixtures/bad")
        let names = try FileManager.default.contentsOfDirectory(atPath: bad.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(names.count >= 20)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: bad.appendingPathComponent(name)))
            let path = try write(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            // Files that are not plain UTF-8 CSV (GB18030, totals, empty) are read whole either way.
            let whole = try? StreamedCSVTests.rows(InputFile.read(path: path))
            let streamed = try? StreamedCSVTests.rows(InputFile.read(path: path, streamingFrom: 1, chunkBytes: 3))
            #expect(whole == streamed, "\(name)")
        }
    }

    @Test func aTotalRowAnExportAndGB18030AreReadWhole() throws {
        let total = "kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,甲\n合计,,,1亿元,\n"
        let gb: [UInt8] = Array("kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,".utf8) + [0xBC, 0xD7, 0x0A]   // 甲 in GB18030
        for bytes in [Array(total.utf8), gb] {
            let path = try write(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let file = try InputFile.read(path: path, streamingFrom: 1, chunkBytes: 4)
            #expect(file.streamed == nil)
            #expect(!file.content.isEmpty)
        }
        let gbFile = try write(gb)
        defer { try? FileManager.default.removeItem(atPath: gbFile) }
        #expect(try InputFile.read(path: gbFile, streamingFrom: 1).encoding == "GB18030")
        // An export is refused as the whole read refuses it, not streamed as events.
        let export = try write(Array("sequence,recorded_at_ms,batch,previous_hash,hash,id,kind\n1,0,1,00,00,E-1,signed\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: export) }
        let refused = #expect(throws: InputError.self) { try InputFile.read(path: export, streamingFrom: 1) }
        #expect(refused?.problem.code == "export_given")
    }

    @Test func aFileChangedBetweenTheTwoReadsIsRefused() throws {
        let csv = "kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,甲\nsigned,P-2,2021-03-02,2亿元,乙\n"
        for replacement in [csv.replacingOccurrences(of: "2亿元", with: "3亿元"), csv + "signed,P-3,2021-03-03,1亿元,丙\n",
                            String(csv.dropLast(8)) + "\n"] {
            let path = try write(Array(csv.utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let file = try InputFile.read(path: path, streamingFrom: 1, chunkBytes: 16)
            try Data(replacement.utf8).write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: InputError.self) { try StreamedCSVTests.rows(file) }
            #expect(error?.problem.code == "file_changed")
            #expect(error?.message(.zh) == "\(path): 文件在导入过程中被改动:请等导入结束后再修改它,然后重新导入")
            #expect(error?.message(.en) == "\(path): the file changed while it was imported: leave it as it is until the import ends, then import it again")
        }
    }
}
