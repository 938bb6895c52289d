internal import Ledger
internal import Foundation
#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// An OpenDocument spreadsheet (`.ods`, LibreOffice's and WPS's own format) opened: its sheets
/// and their cells, from `content.xml`, as the same grids an `.xlsx` gives.
///
/// A zip of XML like xlsx, so it is read rather than refused. Every sheet lives in one part; a
/// hidden sheet is one whose table style says `table:display="false"`. Rows and cells may stand
/// for many (`number-rows-repeated`, `number-columns-repeated`): LibreOffice writes the empty rest
/// of a sheet as one row repeated a million times, so empty repeats only advance the count. A
/// number is its `office:value` as Excel would show it (15 significant digits), a date its
/// `office:date-value` day; text is the cell's paragraphs.
struct ODSWorkbook {
    struct Sheet {
        var name: String
        var hidden: Bool
        var grid: SheetGrid
    }

    let sheets: [Sheet]

    /// The most rows or columns a repeat with content may stand for (Excel's own bounds).
    static let repeatedRowsMax = 1_048_576, repeatedColumnsMax = 16_384

    init(_ bytes: [UInt8]) throws {
        let archive: ZipArchive
        do { archive = try ZipArchive(bytes) } catch {
            throw XLSXReader.XLSXProblem(text: error.reason == .notAZip ? .notAZip : .zipDamaged, damage: error)
        }
        guard let content = try XLSXWorkbook.entry(archive, "content.xml") else {
            throw XLSXReader.XLSXProblem(text: .partMissing, part: "content.xml")
        }
        let parser = ODSContentParser()
        guard parser.parse(content) else { throw XLSXReader.XLSXProblem(text: .sheetMalformed) }
        sheets = parser.tables.map { table in
            Sheet(name: table.name, hidden: parser.hiddenStyles.contains(table.style),
                  grid: SheetGrid(rows: table.rows, merges: table.merges, date1904: false))
        }
    }
}

/// `content.xml` of an OpenDocument spreadsheet: hidden table styles, then each table's rows.
final class ODSContentParser: NSObject, XMLParserDelegate {
    struct Table {
        var name: String
        var style: String
        var rows: [(row: Int, cells: [Int: XLSXReader.SheetCell])] = []
        var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
    }

    var hiddenStyles: Set<String> = []
    var tables: [Table] = []
    private var styleName = ""
    private var rowNumber = 0, rowRepeat = 1
    private var cells: [Int: XLSXReader.SheetCell] = [:]
    private var column = 0, columnRepeat = 1
    private var cell: (type: String, value: String?, formula: Bool)?
    private var paragraphs: [String] = []
    private var inParagraph = false
    private var tooLarge = false

    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        return parser.parse() && !tooLarge
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes a: [String: String] = [:]) {
        switch elementName {
        case "style:style": styleName = a["style:name"] ?? ""
        case "style:table-properties": if a["table:display"] == "false" { hiddenStyles.insert(styleName) }
        case "table:table": tables.append(Table(name: a["table:name"] ?? "Sheet\(tables.count + 1)", style: a["table:style-name"] ?? ""))
            rowNumber = 0
        case "table:table-row":
            rowNumber += 1
            rowRepeat = Self.count(a["table:number-rows-repeated"])
            cells = [:]
            column = 0
        case "table:table-cell", "table:covered-table-cell":
            columnRepeat = Self.count(a["table:number-columns-repeated"])
            let type = a["office:value-type"] ?? ""
            let value = type == "date" ? a["office:date-value"].map { String($0.prefix(10)) }
                : type == "boolean" ? a["office:boolean-value"].map { $0 == "true" ? "TRUE" : "FALSE" } : a["office:value"]
            cell = (type, value, a["table:formula"] != nil)
            paragraphs = []
            if let across = Int(a["table:number-columns-spanned"] ?? ""), let down = Int(a["table:number-rows-spanned"] ?? ""), across > 1 || down > 1 {
                tables[tables.count - 1].merges.append((rowNumber, column, rowNumber + down - 1, column + across - 1))
            }
        case "text:p": inParagraph = true; paragraphs.append("")
        case "text:s": if inParagraph { paragraphs[paragraphs.count - 1] += String(repeating: " ", count: Self.count(a["text:c"])) }
        case "text:tab": if inParagraph { paragraphs[paragraphs.count - 1] += "\t" }
        case "text:line-break": if inParagraph { paragraphs[paragraphs.count - 1] += "\n" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inParagraph { paragraphs[paragraphs.count - 1] += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch elementName {
        case "text:p": inParagraph = false
        case "table:table-cell", "table:covered-table-cell": endCell()
        case "table:table-row": endRow()
        default: break
        }
    }

    /// A cell with content is kept for each column it stands for; an empty one only advances.
    private func endCell() {
        defer { column += columnRepeat; cell = nil }
        guard let cell else { return }
        let shown = paragraphs.joined(separator: "\n")
        let isNumber = ["float", "percentage", "currency"].contains(cell.type)
        let text = isNumber ? cell.value.map(DisplayedNumber.text) ?? shown : cell.type == "date" || cell.type == "boolean" ? cell.value ?? shown : shown
        let noValue = cell.formula && text.isEmpty
        if text.isEmpty && !noValue { return }
        if columnRepeat > ODSWorkbook.repeatedColumnsMax { tooLarge = true; return }
        for c in column..<column + columnRepeat {
            cells[c] = XLSXReader.SheetCell(text: text, isNumber: isNumber, formulaWithoutValue: noValue)
        }
    }

    private func endRow() {
        defer { rowNumber += rowRepeat - 1 }
        if cells.isEmpty || tables.isEmpty { return }
        if rowRepeat > ODSWorkbook.repeatedRowsMax { tooLarge = true; return }
        for r in rowNumber..<rowNumber + rowRepeat { tables[tables.count - 1].rows.append((r, cells)) }
    }

    /// A repeat count: 1 when absent or not a positive number.
    static func count(_ text: String?) -> Int { max(1, Int(text ?? "") ?? 1) }
}
