internal import Ledger
internal import Catalogue
internal import Foundation
#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// Reads the first sheet of an `.xlsx` workbook (Office Open XML) with the same columns as CSV.
///
/// The zip comes apart with `ZipArchive` (zlib) and the XML with Foundation's `XMLParser`. Rows are
/// numbered as the sheet numbers them, so a report's "row 7" is row 7 in Excel or WPS.
struct XLSXReader {
    let file: InputFile

    func rows(_ sink: (IncomingRow) throws -> Void) throws {
        let sheetRows: [(row: Int, cells: [Int: SheetCell])]
        do {
            sheetRows = try XLSXReader.readFirstSheet(Data(file.content))
        } catch let problem as XLSXProblem {
            try sink(.problems([RowProblem(file: file.name, line: 0, code: "bad_xlsx") {
                ReaderText.badWorkbook.text($0, ["reason": problem.words($0)])
            }]))
            return
        }
        guard let headerRow = sheetRows.first(where: { !$0.cells.values.allSatisfy { $0.text.isEmpty } }) else {
            try sink(file.fileProblem(code: "empty_file", .emptySheet))
            return
        }
        var header: [Int: (Field, String)] = [:]
        var problems: [RowProblem] = []
        var seen: Set<Field> = []
        for (column, cell) in headerRow.cells.sorted(by: { $0.key < $1.key }) where !cell.text.isEmpty {
            guard let field = Field(header: cell.text) else {
                problems.append(HeaderProblem.unknown(file: file.name, line: headerRow.row, name: cell.text))
                continue
            }
            if !seen.insert(field).inserted {
                problems.append(HeaderProblem.duplicate(file: file.name, line: headerRow.row, name: cell.text))
            }
            header[column] = (field, cell.text)
        }
        for required in [Field.kind, .project, .date] where !seen.contains(required) {
            problems.append(HeaderProblem.missing(file: file.name, line: headerRow.row, field: required))
        }
        if !problems.isEmpty { try sink(.problems(problems)); return }
        let mapper = RowMapper(fileName: file.name)
        var sawRow = false
        for row in sheetRows where row.row > headerRow.row {
            if row.cells.values.allSatisfy({ $0.text.isEmpty }) { continue }
            sawRow = true
            var cells: [Field: RowMapper.Cell] = [:]
            for (column, cell) in row.cells {
                guard let (field, name) = header[column] else { continue }
                var text = cell.text
                if field == .date, cell.isNumber { text = XLSXReader.dateText(number: text) }
                cells[field] = RowMapper.Cell(text: text, column: name)
            }
            try sink(mapper.map(cells, line: row.row))
        }
        if !sawRow {
            try sink(file.fileProblem(code: "no_rows", .sheetNoRows))
        }
    }

    /// A number in the date column: `20210328` typed as a number stays that day; anything
    /// else whole is Excel's serial day (a date cell); a fraction (a time of day) is dropped.
    static func dateText(number: String) -> String {
        guard let value = Double(number), value >= 0, value < 1e9 else { return number }
        let whole = Int(value)
        if whole >= 10_000_101 { return String(whole) }   // YYYYMMDD, read by BusinessDate.parse
        return excelDate(whole) ?? number
    }

    /// Excel's serial day (1900 date system) as `YYYY-MM-DD`.
    static func excelDate(_ serial: Int) -> String? {
        guard serial > 60 else { return nil }
        // 1970-01-01 is serial 25569; the day goes through the domain's one day-number path.
        return BusinessDate(dayNumber: serial - 25_569)?.description
    }

    struct SheetCell {
        var text: String
        var isNumber: Bool
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

    static func readFirstSheet(_ data: Data) throws -> [(row: Int, cells: [Int: SheetCell])] {
        let archive: ZipArchive
        do { archive = try ZipArchive(Array(data)) } catch {
            throw XLSXProblem(text: error.reason == .notAZip ? .notAZip : .zipDamaged, damage: error)
        }
        func entry(_ path: String) throws -> Data? {
            let out: Data?
            do { out = try archive.data(path) } catch {
                throw XLSXProblem(text: .partDamaged, part: path, damage: error)
            }
            guard let out else { return nil }
            guard isUTF8XML(out) else { throw XLSXProblem(text: .partNotUTF8XML, part: path) }
            return out
        }
        guard let workbook = try entry("xl/workbook.xml") else {
            throw XLSXProblem(text: .partMissing, part: "xl/workbook.xml")
        }
        var sheetPath = "xl/worksheets/sheet1.xml"
        let sheets = XMLElements.collect(workbook, element: "sheet")
        if let first = sheets.first, let rid = first["r:id"], let rels = try entry("xl/_rels/workbook.xml.rels") {
            if let rel = XMLElements.collect(rels, element: "Relationship").first(where: { $0["Id"] == rid }), let target = rel["Target"] {
                sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        let shared = try entry("xl/sharedStrings.xml").map(SharedStrings.parse) ?? []
        guard let sheet = try entry(sheetPath) else {
            throw XLSXProblem(text: .partMissing, part: sheetPath)
        }
        let parser = SheetParser(shared: shared)
        guard parser.parse(sheet) else { throw XLSXProblem(text: .sheetMalformed) }
        return parser.rows
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
        case "v", "t":
            collecting = true
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
            cells[column] = XLSXReader.SheetCell(text: value, isNumber: type == "n")
        case "row":
            rows.append((rowNumber, cells))
        default: break
        }
    }

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
