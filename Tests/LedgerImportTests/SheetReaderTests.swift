import Foundation
import Catalogue
import Testing
import Ledger
@testable import LedgerImport

/// Reads a workbook as the import does: split into sheets, each sheet's events and problems.
func readSheets(_ relativePath: String, chosen: [String] = []) throws
    -> (names: [String], events: [[Event]], problems: [RowProblem], notes: [String]) {
    let file = try InputFile.read(path: repositoryRoot.appendingPathComponent(relativePath).path)
    let split = try file.sheets(chosen: chosen)
    var events: [[Event]] = []
    var problems: [RowProblem] = []
    for input in split.inputs {
        var these: [Event] = []
        try input.rows { row in
            switch row {
            case .event(let e, _): these.append(e)
            case .problems(let p): problems += p
            }
        }
        events.append(these)
    }
    return (split.inputs.map { URL(fileURLWithPath: $0.name).lastPathComponent }, events, problems, split.notes.map { $0.message(.en) })
}

/// `Fixtures/sheets/`: workbooks as openpyxl and LibreOffice write them, read as a clerk meant them.
@Suite struct SheetReaderTests {
    @Test func everyVisibleSheetIsItsOwnBatchInSheetOrder() throws {
        let book = try readSheets("Fixtures/sheets/multi-sheet.xlsx")
        #expect(book.problems.isEmpty, "\(book.problems.map { $0.message(.en) })")
        #expect(book.names == ["multi-sheet.xlsx[2020年]", "multi-sheet.xlsx[2021年]"])
        #expect(book.events.map { $0.map(\.project) } == [["MS-2020-001", "MS-2020-001"], ["MS-2021-001", "MS-2020-001"]])
        #expect(!book.events.joined().contains { $0.project == "MS-HIDDEN" })
        #expect(book.notes.contains { $0.hasSuffix("skipped hidden sheet 辅助") }, "\(book.notes)")
        #expect(book.notes.contains { $0.hasSuffix("skipped empty sheet 空白") })
        #expect(book.notes.contains { $0.hasSuffix("read sheet 2021年 (header in row 1)") })
    }

    @Test func aSheetChosenByNameIsReadEvenWhenHidden() throws {
        let book = try readSheets("Fixtures/sheets/multi-sheet.xlsx", chosen: ["辅助"])
        #expect(book.events.map { $0.map(\.project) } == [["MS-HIDDEN"]])
        #expect(throws: InputError.self) { try readSheets("Fixtures/sheets/multi-sheet.xlsx", chosen: ["2019年"]) }
        do { _ = try readSheets("Fixtures/sheets/multi-sheet.xlsx", chosen: ["2019年"]) } catch let e as InputError {
            #expect(e.problem.code == "sheet_not_found")
            #expect(e.problem.message(.en).contains("2020年, 辅助, 2021年, 空白"), "\(e.problem.message(.en))")
        }
    }

    @Test func theSheetsIdentitiesDifferAndAreStable() throws {
        let path = repositoryRoot.appendingPathComponent("Fixtures/sheets/multi-sheet.xlsx").path
        let a = try InputFile.read(path: path).sheets().inputs.map(\.sha256)
        let b = try InputFile.read(path: path).sheets().inputs.map(\.sha256)
        #expect(a == b)
        #expect(Set(a).count == 2)
        // A workbook of one sheet keeps the file's own identity, as before sheets were split.
        let single = try InputFile.read(path: repositoryRoot.appendingPathComponent("Fixtures/twins/twins-libreoffice.xlsx").path)
        #expect(try single.sheets().inputs.map(\.sha256) == [single.sha256])
    }

    @Test func aTitleRowATwoRowHeaderSerialNumbersUnitsAndATotalAreReadAsTheClerkMeantThem() throws {
        let book = try readSheets("Fixtures/sheets/clerk-layout.xlsx")
        #expect(book.problems.isEmpty, "\(book.problems.map { $0.message(.en) })")
        let events = try #require(book.events.first)
        #expect(events.map(\.project) == ["CL-2021-001", "CL-2021-002", "CL-2021-001"])
        let fen: [Int64] = [5_000_0000_00, 580_000_000_00, 12_005_000_00]   // 5000万, ¥580,000,000.00, 1200.5万
        #expect(events.map(\.amount.fen) == fen)
        #expect(book.notes.contains { $0.contains("skipped row(s) 1 above the header (赣江新区2021年招商引资项目台账)") }, "\(book.notes)")
        #expect(book.notes.contains { $0.contains("row 8 is a total (合计), not imported") }, "\(book.notes)")
    }

    @Test func numbersAreReadAsExcelShowsThemAndCurrencyWordsAroundAmountsAreUnderstood() throws {
        let book = try readSheets("Fixtures/sheets/numbers.xlsx")
        #expect(book.problems.isEmpty, "\(book.problems.map { $0.message(.en) })")
        let fen: [Int64] = [115_000_000_00, 30_000_000_00, 1_200_00]
        #expect(book.events.joined().map(\.amount.fen) == fen)
    }

    @Test func aFormulaWithoutASavedResultIsNamedAsSuch() throws {
        let book = try readSheets("Fixtures/sheets/formula-no-cached-value.xlsx")
        let problem = try #require(book.problems.first)
        #expect(book.problems.count == 1)
        #expect(problem.code == "formula_no_value")
        #expect(problem.line == 2 && problem.column == "金额")
        #expect(problem.message(.zh).contains("公式没有保存计算结果:在 Excel/WPS 中打开并保存后再导入"))
    }

    @Test func the1904DateSystemIsHonoured() throws {
        let book = try readSheets("Fixtures/sheets/date1904.xlsx")
        #expect(book.problems.isEmpty, "\(book.problems.map { $0.message(.en) })")
        #expect(book.events.joined().map(\.date.description) == ["2021-03-28", "2021-04-10"])
    }

    @Test(arguments: [("legacy.xls", "Excel 97-2003")])
    func officeFormatsWeDoNotReadAreOneLineSayingWhatToDo(file: String, words: String) throws {
        do {
            _ = try InputFile.read(path: repositoryRoot.appendingPathComponent("Fixtures/sheets/" + file).path)
            Issue.record("\(file) was read")
        } catch let e as InputError {
            #expect(e.problems.count == 1)
            #expect(e.problem.code == "unsupported_format")
            #expect(e.problem.message(.en).contains(words) && e.problem.message(.en).contains("save it as .xlsx or CSV"), "\(e.problem.message(.en))")
        }
    }

    @Test func excelsUnicodeTextIsRead() throws {
        let text = try readRows("Fixtures/sheets/unicode-text.txt")
        #expect(text.encoding == "UTF-16 with BOM")
        #expect(text.problems.isEmpty, "\(text.problems.map { $0.message(.en) })")
        #expect(text.events.map(\.project) == ["OF-2021-002"])
        let fen: [Int64] = [10_000_000_00]
        #expect(text.events.map(\.amount.fen) == fen)
        #expect(text.events.map(\.name) == ["Unicode 文本项目"])
    }

    @Test(arguments: [("114999999.99999999", "115000000"), ("0.1", "0.1"), ("1e-05", "0.00001"), ("1.5e+16", "15000000000000000"),
                      ("20210328", "20210328"), ("1200.5", "1200.5"), ("text", "text")])
    func displayedNumbers(stored: String, shown: String) {
        #expect(DisplayedNumber.text(stored) == shown)
    }

    @Test(arguments: [("金额（万元）", Field.amount, "万"), ("金额(亿元)", .amount, "亿"), ("金额/元", .amount, ""), ("金额", .amount, nil)] as [(String, Field, String?)])
    func unitsInTheHeader(header: String, field: Field, unit: String?) {
        let cell = HeaderCell(header)
        #expect(cell.field == field)
        #expect(cell.unit == unit)
    }

    @Test func serialNumberColumnsAreIgnored() {
        #expect(HeaderCell("序号").ignored)
        #expect(HeaderCell("序 号").ignored)
        #expect(!HeaderCell("项目编号").ignored)
    }

    @Test func tabsBecomeCSVLineForLine() {
        let tsv = Array("a\tb,c\t\"d\te\"\nx\"y\t\t\n".utf8)
        #expect(String(decoding: TabText.csv(tsv), as: UTF8.self) == "a,\"b,c\",\"d\te\"\n\"x\"\"y\",,\n")
    }
}
