internal import Ledger
internal import Catalogue
internal import Foundation
#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// Reads one sheet of an `.xlsx` workbook (Office Open XML) with the same columns as CSV.
///
/// The zip comes apart with `ZipArchive` (zlib) and the XML with Foundation's `XMLParser`. Rows are
/// numbered as the sheet numbers them, so a report's "row 7" is row 7 in Excel or WPS.
struct XLSXReader {
    let file: InputFile

    func rows(_ sink: (consuming IncomingRow) throws -> Void) throws {
        guard let sheet = file.workbookSheet else {
            // Not split into sheets by the caller: every sheet it would land, one after another.
            let inputs: [InputFile]
            do { inputs = try file.sheets().inputs } catch let e as InputError { try sink(.problems(e.problems)); return }
            for input in inputs { try XLSXReader(file: input).rows(sink) }
            return
        }
        guard let layout = sheet.layout else {
            try sink(file.fileProblem(code: "empty_file", .emptySheet))
            return
        }
        let headerLine = layout.headerRows[0]
        var problems = layout.unknownNames.map { HeaderProblem.unknown(file: file.name, line: headerLine, name: $0) }
        problems += layout.duplicateNames.map { HeaderProblem.duplicate(file: file.name, line: headerLine, name: $0) }
        for required in [Field.kind, .project, .date] where !layout.fields.contains(required) {
            problems.append(HeaderProblem.missing(file: file.name, line: headerLine, field: required))
        }
        if !problems.isEmpty { try sink(.problems(problems)); return }
        let mapper = RowMapper(fileName: file.name)
        let totals = Set(layout.totalRows.map(\.row))
        var sawRow = false
        for row in sheet.grid.rows where row.row > layout.lastHeaderRow && !totals.contains(row.row) {
            if SheetLayout.isBlank(row.cells) { continue }
            sawRow = true
            try sink(map(row, layout: layout, date1904: sheet.grid.date1904, mapper: mapper))
        }
        if !sawRow {
            try sink(file.fileProblem(code: "no_rows", .sheetNoRows))
        }
    }

    /// One row's cells under the layout's columns, as an event or its problems.
    func map(_ row: (row: Int, cells: [Int: SheetCell]), layout: SheetLayout, date1904: Bool, mapper: RowMapper) -> IncomingRow {
        var cells: [Field: RowMapper.Cell] = [:]
        var formulas: [RowProblem] = []
        for (column, cell) in row.cells {
            guard let header = layout.columns[column] else { continue }
            if cell.formulaWithoutValue {
                formulas.append(RowProblem(file: file.name, line: row.row, column: header.name, code: "formula_no_value") {
                    SheetText.formulaNoValue.text($0)
                })
                continue
            }
            var text = cell.text
            if header.field == .date, cell.isNumber { text = XLSXReader.dateText(number: text, date1904: date1904) }
            cells[header.field] = RowMapper.Cell(text: text, column: header.name, unit: header.unit)
        }
        if !formulas.isEmpty { return .problems(formulas) }
        return mapper.map(cells, line: row.row)
    }

    /// A workbook that cannot be read, as the problem of its file.
    static func badWorkbook(_ file: String, _ problem: XLSXProblem) -> RowProblem {
        RowProblem(file: file, line: 0, code: "bad_xlsx") { ReaderText.badWorkbook.text($0, ["reason": problem.words($0)]) }
    }

    /// A number in the date column: `20210328` typed as a number stays that day; anything
    /// else whole is Excel's serial day (a date cell); a fraction (a time of day) is dropped.
    /// In the 1904 date system (`date1904`, Excel for Mac of old) serial 0 is 1904-01-01,
    /// 1,462 days after the 1900 system's origin.
    static func dateText(number: String, date1904: Bool = false) -> String {
        guard let value = Double(number), value >= 0, value < 1e9 else { return number }
        let whole = Int(value)
        if whole >= 10_000_101 { return String(whole) }   // YYYYMMDD, read by BusinessDate.parse
        return excelDate(whole + (date1904 ? date1904Offset : 0)) ?? number
    }

    static let date1904Offset = 1_462

    /// Excel's serial day (1900 date system) as `YYYY-MM-DD`.
    static func excelDate(_ serial: Int) -> String? {
        guard serial > 60 else { return nil }
        return BusinessDate(excelSerial: serial)?.description
    }

    struct SheetCell: Sendable {
        var text: String
        var isNumber: Bool
        /// A `<f>` with no value (no `<v>`, or an empty one): written by a program that does not calculate.
        var formulaWithoutValue = false
    }

    /// Why a workbook cannot be read: a phrase, the part of the archive it is about, and the
    /// archive's own damage when there is one.
    struct XLSXProblem: Error {
        let text: ReaderText
        var part = ""
        var damage: ZipArchive.Damaged?

        func words(_ language: Language) -> String {
            text.text(language, ["part": part, "reason": damage?.words(language) ?? ""])
        }
    }
}

/// The attributes of every element of one name in a small XML document.
enum XMLElements {
    static func collect(_ data: Data, element: String) -> [[String: String]] {
        final class Delegate: NSObject, XMLParserDelegate {
            let name: String
            var found: [[String: String]] = []
            init(name: String) { self.name = name }
            func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
                if elementName == name { found.append(attributeDict) }
            }
        }
        let parser = XMLParser(data: data)
        let delegate = Delegate(name: element)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.found
    }
}

/// `xl/sharedStrings.xml`: the text of every `<si>`, rich-text runs joined.
enum SharedStrings {
    static func parse(_ data: Data) -> [String] {
        final class Delegate: NSObject, XMLParserDelegate {
            var strings: [String] = []
            var current = ""
            var inText = false
            var inPhonetic = false
            func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
                switch elementName {
                case "si": current = ""
                case "t": inText = !inPhonetic
                case "rPh": inPhonetic = true
                default: break
                }
            }
            func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
                switch elementName {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
        }
        let parser = XMLParser(data: data)
        let delegate = Delegate()
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.strings
    }
}

/// A worksheet's rows: `<row r>` of `<c r t><v/></c>` or inline strings.
final class SheetParser: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [(row: Int, cells: [Int: XLSXReader.SheetCell])] = []
    private var rowNumber = 0
    private var cells: [Int: XLSXReader.SheetCell] = [:]
    private var column = 0
    private var type = ""
    private var text = ""
    private var collecting = false
    private var nextColumn = 0
    private var sawFormula = false
    var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []

    init(shared: [String]) { self.shared = shared }

    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        return parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes a: [String: String] = [:]) {
        switch elementName {
        case "row":
            rowNumber = a["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = [:]
            nextColumn = 0
        case "c":
            column = a["r"].map(SheetParser.columnIndex) ?? nextColumn
            nextColumn = column + 1
            type = a["t"] ?? "n"
            text = ""
            sawFormula = false
        case "f":
            sawFormula = true
        case "v", "t":
            collecting = true
        case "mergeCell":
            if let range = a["ref"].flatMap(SheetParser.range) { merges.append(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch elementName {
        case "v", "t": collecting = false
        case "c":
            var value = text
            if type == "s", let i = Int(text), i >= 0, i < shared.count { value = shared[i] }
            if type == "b" { value = text == "1" ? "TRUE" : "FALSE" }
            if type == "n" { value = DisplayedNumber.text(value) }
            cells[column] = XLSXReader.SheetCell(text: value, isNumber: type == "n", formulaWithoutValue: sawFormula && text.isEmpty)
        case "row":
            rows.append((rowNumber, cells))
        default: break
        }
    }

    /// `A1:C2` → rows 1…2, columns 0…2.
    static func range(_ reference: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
        let ends = reference.split(separator: ":").map(String.init)
        guard ends.count == 2, let top = rowNumber(ends[0]), let bottom = rowNumber(ends[1]) else { return nil }
        return (top, columnIndex(ends[0]), bottom, columnIndex(ends[1]))
    }

    /// `AB12` → 12.
    static func rowNumber(_ reference: String) -> Int? { Int(String(reference.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 })) }

    /// `AB12` → 27 (zero-based column).
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for s in reference.unicodeScalars {
            guard s.value >= 65 && s.value <= 90 else { break }
            index = index * 26 + Int(s.value - 64)
        }
        return index - 1
    }
}
