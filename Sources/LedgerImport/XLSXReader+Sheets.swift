public import Ledger
public import Catalogue
internal import Crypto

/// One sheet of a workbook chosen for import: its cells and where its header is.
struct WorkbookSheet: Sendable {
    var name: String
    var grid: SheetGrid
    /// Nil for a sheet with no rows at all.
    var layout: SheetLayout?
}

/// What an import says about a workbook besides its events: sheets read and skipped, rows above a header, totals.
public struct SheetNote: Sendable {
    public var file: String
    let words: @Sendable (Language) -> String

    public func message(_ language: Language) -> String { "\(file): " + words(language) }
}

extension InputFile {
    /// The inputs this file lands as: a workbook's every visible sheet with a header, each its own
    /// batch in sheet order (or the sheets `chosen` by name), and what was read and skipped.
    ///
    /// A workbook of one sheet keeps the file's name and identity; a sheet of a larger workbook
    /// is named `book.xlsx[sheet]` and identified by SHA-256 of the file's hash and the sheet's
    /// name, so that each sheet is a batch of its own and lands once.
    public func sheets(chosen: [String] = []) throws -> (inputs: [InputFile], notes: [SheetNote]) {
        guard format == .xlsx else {
            let totals = format == .csv ? CSVReader.totalLines(self) : []
            return ([self], totals.map { total in SheetNote(file: name) { SheetText.totalLineSkipped.text($0, ["row": String(total.line), "text": total.text]) } })
        }
        let workbook: [BookSheet]
        do { workbook = try bookSheets() } catch let problem as XLSXReader.XLSXProblem {
            throw InputError(name, problems: [XLSXReader.badWorkbook(name, problem)])
        }
        let all = workbook.map(\.name).joined(separator: ", ")
        for wanted in chosen where !workbook.contains(where: { $0.name == wanted }) {
            throw InputError(name, problems: [RowProblem(file: name, line: 0, column: "sheet", value: wanted, code: "sheet_not_found") {
                SheetText.sheetNotFound.text($0, ["sheet": wanted, "sheets": all])
            }])
        }
        let single = workbook.count == 1
        var inputs: [InputFile] = []
        var notes: [SheetNote] = []
        for sheet in workbook where chosen.isEmpty || chosen.contains(sheet.name) {
            let label = sheet.name
            if sheet.hidden && chosen.isEmpty {
                notes.append(SheetNote(file: name) { SheetText.sheetHidden.text($0, ["sheet": label]) })
                continue
            }
            let grid: SheetGrid
            do { grid = try sheet.grid() } catch let problem as XLSXReader.XLSXProblem {
                throw InputError(name, problems: [XLSXReader.badWorkbook(name, problem)])
            }
            if grid.isEmpty && !single {
                notes.append(SheetNote(file: name) { SheetText.sheetEmpty.text($0, ["sheet": label]) })
                continue
            }
            var layout = SheetLayout.find(grid)
            if layout == nil && !single && chosen.isEmpty {
                notes.append(SheetNote(file: name) {
                    SheetText.sheetNoHeader.text($0, ["sheet": label, "rows": String(SheetLayout.headerSearchRows)])
                })
                continue
            }
            if layout == nil { layout = SheetLayout.firstRow(grid) }
            let input = single ? self : sheetInput(sheet.name)
            notes.append(contentsOf: InputFile.notes(input.name, sheet: label, layout, single: single))
            var chosenInput = input
            chosenInput.workbookSheet = WorkbookSheet(name: sheet.name, grid: grid, layout: layout)
            inputs.append(chosenInput)
        }
        if inputs.isEmpty {
            throw InputError(name, problems: [RowProblem(file: name, line: 0, code: "no_sheet_header") {
                SheetText.noSheetHasHeader.text($0, ["rows": String(SheetLayout.headerSearchRows), "sheets": all])
            }])
        }
        return (inputs, notes)
    }

    /// One sheet of a workbook, its cells read when asked (an xlsx sheet is a part of its own).
    struct BookSheet {
        var name: String
        var hidden: Bool
        var grid: () throws -> SheetGrid
    }

    /// The sheets of this workbook, `.xlsx` or OpenDocument (`.ods`), in order.
    func bookSheets() throws -> [BookSheet] {
        if InputFile.isOpenDocument(content) {
            return try ODSWorkbook(content).sheets.map { sheet in BookSheet(name: sheet.name, hidden: sheet.hidden) { sheet.grid } }
        }
        let workbook = try XLSXWorkbook(content)
        return workbook.sheets.map { sheet in BookSheet(name: sheet.name, hidden: sheet.hidden) { try workbook.grid(sheet) } }
    }

    /// One sheet of this workbook as an input of its own.
    func sheetInput(_ sheet: String) -> InputFile {
        let identity = Array(SHA256.hash(data: sha256 + [0] + Array(sheet.utf8)))
        return InputFile(name: "\(name)[\(sheet)]", format: .xlsx, sha256: identity, encoding: encoding, content: content, byteCount: byteCount)
    }

    /// What the report says of one sheet read; a workbook of one sheet is not named sheet by sheet.
    static func notes(_ file: String, sheet: String, _ layout: SheetLayout?, single: Bool) -> [SheetNote] {
        guard let layout else { return [] }
        var notes: [SheetNote] = []
        let header = String(layout.headerRows[0])
        if !single { notes.append(SheetNote(file: file) { SheetText.sheetRead.text($0, ["sheet": sheet, "row": header]) }) }
        if !layout.rowsAbove.isEmpty {
            let rows = layout.rowsAbove.map { String($0.row) }.joined(separator: ", ")
            let text = layout.rowsAbove.map(\.text).filter { !$0.isEmpty }.joined(separator: " / ")
            notes.append(SheetNote(file: file) { SheetText.rowsAboveHeader.text($0, ["sheet": sheet, "rows": rows, "text": text]) })
        }
        for (row, word) in layout.totalRows {
            notes.append(SheetNote(file: file) { SheetText.totalRowSkipped.text($0, ["sheet": sheet, "row": String(row), "text": word]) })
        }
        return notes
    }
}
