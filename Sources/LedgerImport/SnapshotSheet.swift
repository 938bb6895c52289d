public import Ledger
internal import Catalogue

/// The rows of a project sheet: its header found among the first rows, title rows, `序号` and a 合计 row left out.
public enum SnapshotSheet {
    /// Every project row of `file` (an xlsx sheet split by `sheets(chosen:)`, or CSV), or the problems of its header.
    public static func rows(_ file: InputFile, mapping: [String: SnapshotColumn] = [:]) throws -> [SnapshotRow] {
        let grid: SheetGrid
        if let sheet = file.workbookSheet {
            grid = sheet.grid
        } else {
            grid = csvGrid(file)
        }
        let candidates = grid.rows.filter { !SheetLayout.isBlank($0.cells) }
        var best: (rows: [Int], names: [Int: String], score: Int)?
        for (i, row) in candidates.prefix(SheetLayout.headerSearchRows).enumerated() {
            var options = [([row.row], SheetLayout.names(row.cells))]
            if i + 1 < candidates.count {
                options.append(([row.row, candidates[i + 1].row], SheetLayout.joined(parent: row, child: candidates[i + 1], merges: grid.merges)))
            }
            for (rows, names) in options {
                let known = names.values.compactMap { SnapshotColumn.read($0, mapping: mapping)?.0 }
                guard known.contains(.name) || known.contains(.project), known.count > (best?.score ?? 1) else { continue }
                best = (rows, names, known.count)
            }
        }
        guard let header = best else {
            throw InputError(file.name, problems: [RowProblem(file: file.name, line: 0, code: "snapshot_no_header") {
                SnapshotText.noHeader.text($0, ["rows": String(SheetLayout.headerSearchRows)])
            }])
        }
        var columns: [Int: (SnapshotColumn, String?, String)] = [:]
        var attributes: [Int: String] = [:]
        for (index, name) in header.names where !name.isEmpty {
            if HeaderCell(name).ignored { continue }
            if let (column, unit) = SnapshotColumn.read(name, mapping: mapping), !columns.values.contains(where: { $0.0 == column }) {
                columns[index] = (column, unit, name)
            } else {
                attributes[index] = name
            }
        }
        let last = header.rows.last!
        var out: [SnapshotRow] = []
        for row in grid.rows where row.row > last && !SheetLayout.isBlank(row.cells) && SheetLayout.totalWord(row.cells) == nil {
            var cells: [SnapshotColumn: SnapshotRow.Cell] = [:]
            for (index, (column, unit, name)) in columns {
                guard let cell = row.cells[index], !cell.text.isEmpty else { continue }
                let reference = file.workbookSheet == nil ? name : columnLetters(index) + String(row.row)
                var text = cell.text
                if cell.isNumber, SnapshotColumn.dateColumns.contains(column), !text.contains("."), MonthDate.month(text) == nil {
                    text = XLSXReader.dateText(number: text, date1904: grid.date1904)
                }
                cells[column] = SnapshotRow.Cell(text: text, reference: reference, header: name, unit: unit, isNumber: cell.isNumber)
            }
            let kept = attributes.sorted { $0.key < $1.key }.compactMap { index, name in
                row.cells[index].flatMap { $0.text.isEmpty ? nil : (name, $0.text) }
            }
            let references = Dictionary(attributes.map { index, name in
                (name, file.workbookSheet == nil ? name : columnLetters(index) + String(row.row))
            }, uniquingKeysWith: { a, _ in a })
            out.append(SnapshotRow(line: row.row, cells: cells, attributes: kept, present: Set(columns.values.map(\.0)),
                                   attributeHeaders: attributes.sorted { $0.key < $1.key }.map(\.value), attributeReferences: references))
        }
        return out
    }

    /// A CSV file as a grid of text cells, line numbers as the file has them.
    static func csvGrid(_ file: InputFile) -> SheetGrid {
        var rows: [(row: Int, cells: [Int: XLSXReader.SheetCell])] = []
        var position = 0, line = 1
        var record = CSVReader.Record()
        while position < file.content.count {
            guard case .success = CSVReader.parseRecord(file.content, &position, &line, into: &record) else { break }
            var cells: [Int: XLSXReader.SheetCell] = [:]
            for i in 0..<record.count { cells[i] = XLSXReader.SheetCell(text: record.string(i), isNumber: false) }
            rows.append((record.line, cells))
        }
        return SheetGrid(rows: rows, merges: [], date1904: false)
    }
}
