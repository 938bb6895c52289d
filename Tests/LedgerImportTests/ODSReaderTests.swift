import Foundation
import Testing
import Ledger
@testable import LedgerImport

/// `.ods` as LibreOffice 7.4 writes it (`Fixtures/sheets/ods/`, each converted from its xlsx twin
/// or a CSV by `soffice --headless --convert-to ods`): read as the xlsx twin reads.
@Suite struct ODSReaderTests {
    /// Events without what the file's name or format changes (none of the fields below do).
    static func facts(_ events: [[Event]]) -> [[String]] {
        events.map { $0.map { "\($0.id) \($0.kind.name) \($0.project) \($0.date) \($0.amount.fen) \($0.name) \($0.group) \($0.note)" } }
    }

    @Test(arguments: ["multi-sheet", "clerk-layout", "date1904", "numbers"])
    func anODSTwinReadsAsItsXLSX(name: String) throws {
        let xlsx = try readSheets("Fixtures/sheets/\(name).xlsx")
        let ods = try readSheets("Fixtures/sheets/ods/\(name).ods")
        #expect(ods.problems.isEmpty, "\(ods.problems.map { $0.message(.en) })")
        #expect(!xlsx.events.joined().isEmpty)
        #expect(Self.facts(ods.events) == Self.facts(xlsx.events))
        #expect(ods.names == xlsx.names.map { $0.replacingOccurrences(of: ".xlsx", with: ".ods") })
        #expect(ods.notes == xlsx.notes.map { $0.replacingOccurrences(of: "/sheets/", with: "/sheets/ods/").replacingOccurrences(of: ".xlsx", with: ".ods") })
    }

    @Test func hiddenSheetsAreSkippedAndTheDatesAndNumbersAreAsShown() throws {
        let book = try readSheets("Fixtures/sheets/ods/multi-sheet.ods")
        #expect(book.names == ["multi-sheet.ods[2020年]", "multi-sheet.ods[2021年]"])
        #expect(book.notes.contains { $0.contains("skipped hidden sheet 辅助") }, "\(book.notes)")
        #expect(try readSheets("Fixtures/sheets/ods/multi-sheet.ods", chosen: ["辅助"]).events.joined().count == 1)
        #expect(try readSheets("Fixtures/sheets/ods/date1904.ods").events.joined().map(\.date.description) == ["2021-03-28", "2021-04-10"])
        let numbers = try readSheets("Fixtures/sheets/ods/numbers.ods").events.joined().map(\.amount.fen)
        #expect(numbers.first == 115_000_000_00)
        // Dates LibreOffice took as date cells from a CSV are read as their day.
        let cells = try readSheets("Fixtures/sheets/ods/date-cells.ods")
        #expect(cells.problems.isEmpty, "\(cells.problems.map { $0.message(.en) })")
        #expect(cells.events.joined().map(\.date.description) == ["2021-01-08", "2021-02-01", "2021-02-01", "2021-02-01", "2021-03-01"])
    }

    @Test func theOneSheetODSFromCSVIsOneSigningWithItsEncodingNamed() throws {
        let file = try InputFile.read(path: repositoryRoot.appendingPathComponent("Fixtures/sheets/opendocument.ods").path)
        #expect(file.encoding == "ods")
        let book = try readSheets("Fixtures/sheets/opendocument.ods")
        #expect(book.events.joined().map { "\($0.project) \($0.date) \($0.amount.fen) \($0.name)" } == ["OF-2021-001 2021-01-20 \(100_000_000_00) 办公格式项目"])
    }

    /// Repeats as LibreOffice writes them: a row standing for several, cells for several columns,
    /// the empty rest of a sheet as one row repeated a million times.
    @Test func repeatedRowsAndColumnsStandForEachRowAndColumn() {
        let xml = """
            <office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:style="s">
            <office:body><office:spreadsheet><table:table table:name="A">
            <table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell>
              <table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="1.5"><text:p>1.50</text:p></table:table-cell>
              <table:table-cell table:number-columns-repeated="3"/><table:table-cell office:value-type="string"><text:p>b<text:s text:c="2"/>c</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>same</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            <table:table-row><table:table-cell table:formula="of:=1+1"/></table:table-row>
            </table:table></office:spreadsheet></office:body></office:document-content>
            """
        let parser = ODSContentParser()
        #expect(parser.parse(Data(xml.utf8)))
        let rows = parser.tables[0].rows
        #expect(rows.map(\.row) == [1, 2, 3, 1_048_574])
        #expect(rows[0].cells.keys.sorted() == [0, 1, 2, 6])
        #expect(rows[0].cells[2]?.text == "1.5" && rows[0].cells[2]?.isNumber == true && rows[0].cells[6]?.text == "b  c")
        #expect(rows[1].cells[0]?.text == "same" && rows[2].cells[0]?.text == "same")
        #expect(rows[3].cells[0]?.formulaWithoutValue == true)
    }

    @Test func flatODSAndOtherOpenDocumentFilesAreStillRefusedInOneLine() {
        for name in ["book.fods"] {
            #expect(throws: InputError.self) { try InputFile.read(bytes: Array("<?xml version=\"1.0\"?>".utf8), name: name, format: nil) }
        }
        let text = Array("PK\u{3}\u{4}".utf8) + Array(repeating: 0, count: 26) + Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8)
        do {
            _ = try InputFile.read(bytes: text, name: "letter.odt", format: nil)
            Issue.record("an OpenDocument text was read")
        } catch let e as InputError {
            #expect(e.problem.code == "unsupported_format")
        } catch { Issue.record("\(error)") }
    }
}
