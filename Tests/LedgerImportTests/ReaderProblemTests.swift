import Foundation
import Catalogue
import Testing
import Ledger
@testable import LedgerImport

/// What the readers report for text a clerk got wrong, tested on the library directly.
@Suite struct ReaderProblemTests {
    /// Writes `bytes` to a temporary file with the given name ending and reads its rows.
    func rows(_ bytes: [UInt8], ending: String, encoding: String? = nil) throws -> (events: [Event], problems: [RowProblem]) {
        let path = NSTemporaryDirectory() + "taizhang-reader-" + UUID().uuidString + "." + ending
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try InputFile.read(path: path, encoding: encoding)
        var events: [Event] = []
        var problems: [RowProblem] = []
        try file.rows { row in
            switch row {
            case .event(let e, _): events.append(e)
            case .problems(let p): problems += p
            }
        }
        return (events, problems)
    }

    @Test func aStrayQuoteIsReportedAndTheRowsAfterItAreStillRead() throws {
        let csv = "kind,project,date,amount,name\nsigned,P-1,2021-03-01,1亿元,5\"寸屏\nsigned,P-2,2021-02-30,1亿元,乙\nsigned,P-3,2021-03-03,1亿元,丙\n"
        let r = try rows(Array(csv.utf8), ending: "csv")
        #expect(r.problems.map(\.code) == ["bad_quote", "no_such_date"])
        #expect(r.problems.map(\.line) == [2, 3])
        #expect(r.problems[0].column == "name")
        #expect(r.problems[0].value == "5\"寸屏")
        #expect(r.events.map(\.project) == ["P-3"])
    }

    @Test func emptyRowsAsSpreadsheetsExportThemAreSkipped() throws {
        let csv = "kind,project,date\r\nstarted,P-1,2021-03-01\r\n,,\r\n\r\n,,\r\n"
        let r = try rows(Array(csv.utf8), ending: "csv")
        #expect(r.problems.isEmpty)
        #expect(r.events.count == 1)
    }

    @Test func aRowReportsEveryProblemAtOnce() throws {
        let csv = "kind,project,date,amount,name\nsigned,P-1,2021-02-30,,\n"
        let r = try rows(Array(csv.utf8), ending: "csv")
        #expect(r.problems.map(\.code) == ["no_such_date", "missing_field", "missing_field"])
        #expect(r.problems.map(\.column) == ["date", "amount", "name"])
    }

    @Test func badBytesAreReportedLineByLine() throws {
        let bytes = Array("kind,project,date\nstarted,P-1,2021-03-01\n".utf8) + [0x73, 0xFF, 0x0A] + Array("started,P-2,2021-03-01\n".utf8) + [0xC3, 0x28, 0x0A]
        do {
            _ = try rows(bytes, ending: "csv", encoding: "UTF-8")
            Issue.record("bytes that are not UTF-8 must be refused when --encoding says UTF-8")
        } catch let e as InputError {
            #expect(e.problems.map(\.line) == [3, 5])
            #expect(e.problems.map(\.value) == ["s\\xFF", "\\xC3("])
            #expect(e.problems.allSatisfy { $0.code == "bad_encoding" })
        }
    }

    @Test func aJSONLineSaysWhyItIsNotAnObject() throws {
        let jsonl = "{\"kind\": \"started\"\n[1]\n{\"kind\": \"started\"} x\n"
        let r = try rows(Array(jsonl.utf8), ending: "jsonl")
        #expect(r.problems.map(\.code) == ["bad_json", "bad_json", "bad_json"])
        #expect(r.problems[0].english.contains("ends before the object is closed"))
        #expect(r.problems[1].english.contains("one object"))
        #expect(r.problems[2].english.contains("after the object's closing }"))
    }

    @Test func aNumberInTheSheetsDateColumnIsASerialDayOrYYYYMMDD() {
        #expect(XLSXReader.dateText(number: "44283") == "2021-03-28")
        #expect(XLSXReader.dateText(number: "44283.75") == "2021-03-28")
        #expect(XLSXReader.dateText(number: "20210328") == "20210328")
        #expect(XLSXReader.dateText(number: "abc") == "abc")
    }

    @Test func aProblemIsAlwaysOneLine() {
        let p = RowProblem(file: "a.csv", line: 3, column: "note", value: "first\nsecond\r\nthird", code: "x", english: "why", chinese: "为何")
        #expect(p.message(.en) == "a.csv:3 column note value \"first\\nsecond\\nthird\": why")
        #expect(!p.message(.zh).contains("\n"))
    }
}
