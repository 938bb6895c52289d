internal import Ledger
internal import Catalogue
internal import Foundation
#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// An `.xlsx` workbook opened: its sheets in order with their visibility, its date system and shared strings.
///
/// Reading every sheet (not only the first) is what keeps a workbook of one sheet a year from
/// landing one year and dropping the others in silence.
struct XLSXWorkbook {
    /// One sheet as `xl/workbook.xml` lists it.
    struct Sheet: Sendable {
        var name: String
        /// `hidden` or `veryHidden` in the workbook: a helper sheet, skipped unless chosen by name.
        var hidden: Bool
        var path: String
    }

    let archive: ZipArchive
    let sheets: [Sheet]
    /// `<workbookPr date1904="1"/>`: serial days count from 1904-01-01, 1,462 days after Excel's 1900 origin.
    let date1904: Bool
    let shared: [String]

    init(_ bytes: [UInt8]) throws {
        do { archive = try ZipArchive(bytes) } catch {
            throw XLSXReader.XLSXProblem(text: error.reason == .notAZip ? .notAZip : .zipDamaged, damage: error)
        }
        guard let workbook = try XLSXWorkbook.entry(archive, "xl/workbook.xml") else {
            throw XLSXReader.XLSXProblem(text: .partMissing, part: "xl/workbook.xml")
        }
        let relations = try XLSXWorkbook.entry(archive, "xl/_rels/workbook.xml.rels").map { XMLElements.collect($0, element: "Relationship") } ?? []
        var sheets: [Sheet] = []
        for (i, sheet) in XMLElements.collect(workbook, element: "sheet").enumerated() {
            var path = "xl/worksheets/sheet\(i + 1).xml"
            if let rid = sheet["r:id"], let target = relations.first(where: { $0["Id"] == rid })?["Target"] {
                path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
            let state = sheet["state"] ?? "visible"
            sheets.append(Sheet(name: sheet["name"] ?? "Sheet\(i + 1)", hidden: state == "hidden" || state == "veryHidden", path: path))
        }
        if sheets.isEmpty { sheets = [Sheet(name: "Sheet1", hidden: false, path: "xl/worksheets/sheet1.xml")] }
        self.sheets = sheets
        let flag = XMLElements.collect(workbook, element: "workbookPr").first?["date1904"]?.lowercased()
        date1904 = flag == "1" || flag == "true"
        shared = try XLSXWorkbook.entry(archive, "xl/sharedStrings.xml").map(SharedStrings.parse) ?? []
    }

    /// The rows of one sheet, numbered as the sheet numbers them, and its merged ranges.
    func grid(_ sheet: Sheet) throws -> SheetGrid {
        guard let data = try XLSXWorkbook.entry(archive, sheet.path) else {
            throw XLSXReader.XLSXProblem(text: .partMissing, part: sheet.path)
        }
        let parser = SheetParser(shared: shared)
        guard parser.parse(data) else { throw XLSXReader.XLSXProblem(text: .sheetMalformed) }
        return SheetGrid(rows: parser.rows, merges: parser.merges, date1904: date1904)
    }

    /// One XML part of the archive, checked to be UTF-8 before any parser sees it; nil when absent.
    static func entry(_ archive: ZipArchive, _ path: String) throws -> Data? {
        let out: Data?
        do { out = try archive.data(path) } catch {
            throw XLSXReader.XLSXProblem(text: .partDamaged, part: path, damage: error)
        }
        guard let out else { return nil }
        guard XLSXReader.isUTF8XML(out) else { throw XLSXReader.XLSXProblem(text: .partNotUTF8XML, part: path) }
        return out
    }
}

/// One sheet's cells as read, with what is needed to read them as Excel shows them.
struct SheetGrid: Sendable {
    var rows: [(row: Int, cells: [Int: XLSXReader.SheetCell])]
    /// Merged ranges as (first row, first column, last row, last column), zero-based columns.
    var merges: [(top: Int, left: Int, bottom: Int, right: Int)]
    var date1904: Bool

    var isEmpty: Bool { rows.allSatisfy { $0.cells.values.allSatisfy { $0.text.isEmpty && !$0.formulaWithoutValue } } }
}
