internal import Ledger
internal import Foundation

/// Where a sheet's header is, what each column holds, and which rows are not events.
///
/// Clerks put a title row above the header ("赣江新区2021年招商引资项目台账"), sometimes a
/// two-row header under merged parent cells, a `序号` column and a 合计 row at the bottom; the
/// layout finds all of that so that only the event rows are read, and the report names the rest.
struct SheetLayout: Sendable {
    /// The rows a header is looked for in.
    static let headerSearchRows = 10

    struct Column: Sendable {
        var field: Field
        var name: String
        var unit: String?
    }

    /// The header's row numbers (one, or two for a joined header).
    var headerRows: [Int]
    var columns: [Int: Column]
    /// Columns whose names are none of ours, and names given twice: the header's problems.
    var unknownNames: [String] = []
    var duplicateNames: [String] = []
    /// Non-empty rows above the header, with their first text.
    var rowsAbove: [(row: Int, text: String)] = []
    /// Rows below the header that are totals, with the word that says so.
    var totalRows: [(row: Int, text: String)] = []

    var lastHeaderRow: Int { headerRows.last! }
    var fields: Set<Field> { Set(columns.values.map(\.field)) }

    /// The header among the first rows: the row (or pair of rows) naming most of our fields, at
    /// least two of them and the project or the kind; nil when no row does.
    static func find(_ grid: SheetGrid) -> SheetLayout? {
        let rows = grid.rows.filter { !isBlank($0.cells) }
        var best: SheetLayout?
        var bestScore = 1
        for (i, row) in rows.prefix(headerSearchRows).enumerated() {
            var candidates = [layout(names: names(row.cells), rows: [row.row])]
            if i + 1 < rows.count {
                let next = rows[i + 1]
                candidates.append(layout(names: joined(parent: row, child: next, merges: grid.merges), rows: [row.row, next.row]))
            }
            for candidate in candidates {
                let fields = candidate.fields
                let score = fields.count - candidate.unknownNames.count
                guard fields.contains(.project) || fields.contains(.kind), fields.count >= 2, score > bestScore else { continue }
                best = candidate
                bestScore = score
            }
        }
        guard var layout = best else { return nil }
        layout.annotate(rows)
        return layout
    }

    /// The first non-empty row taken as the header, as a workbook of one sheet always was read,
    /// so that its problems (unknown and missing columns) are reported column by column.
    static func firstRow(_ grid: SheetGrid) -> SheetLayout? {
        guard let row = grid.rows.first(where: { !isBlank($0.cells) }) else { return nil }
        return layout(names: names(row.cells), rows: [row.row])
    }

    static func layout(names: [Int: String], rows: [Int]) -> SheetLayout {
        var layout = SheetLayout(headerRows: rows, columns: [:])
        var seen: Set<Field> = []
        for (column, name) in names.sorted(by: { $0.key < $1.key }) where !name.isEmpty {
            let cell = HeaderCell(name)
            if cell.ignored { continue }
            guard let field = cell.field else { layout.unknownNames.append(name); continue }
            if !seen.insert(field).inserted { layout.duplicateNames.append(name) }
            layout.columns[column] = Column(field: field, name: name, unit: cell.unit)
        }
        return layout
    }

    static func names(_ cells: [Int: XLSXReader.SheetCell]) -> [Int: String] {
        cells.mapValues { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// A two-row header's names: a parent cell (merged across its children) joined with each child below it.
    static func joined(parent: (row: Int, cells: [Int: XLSXReader.SheetCell]), child: (row: Int, cells: [Int: XLSXReader.SheetCell]),
                       merges: [(top: Int, left: Int, bottom: Int, right: Int)]) -> [Int: String] {
        let top = names(parent.cells), bottom = names(child.cells)
        var out: [Int: String] = [:]
        for column in Set(top.keys).union(bottom.keys).union(merges.filter { $0.top == parent.row }.flatMap { Array($0.left...$0.right) }) {
            var up = top[column] ?? ""
            if up.isEmpty, let merge = merges.first(where: { $0.top == parent.row && $0.left <= column && column <= $0.right }) {
                up = top[merge.left] ?? ""
            }
            let down = bottom[column] ?? ""
            if down.isEmpty || up == down { out[column] = up; continue }
            if up.isEmpty { out[column] = down; continue }
            let both = up + down
            out[column] = HeaderCell(both).field != nil || HeaderCell(down).field == nil ? both : down
        }
        return out
    }

    /// Names the rows above the header and the total rows below it.
    mutating func annotate(_ rows: [(row: Int, cells: [Int: XLSXReader.SheetCell])]) {
        for row in rows where row.row < headerRows[0] {
            rowsAbove.append((row.row, row.cells.sorted { $0.key < $1.key }.first { !$0.value.text.isEmpty }?.value.text ?? ""))
        }
        for row in rows where row.row > lastHeaderRow {
            if let word = SheetLayout.totalWord(row.cells) { totalRows.append((row.row, word)) }
        }
    }

    /// `合计`, `总计`, `小计` (or `合计(44个)`) in a row's cells: the row sums the others.
    static func totalWord(_ cells: [Int: XLSXReader.SheetCell]) -> String? {
        for cell in cells.values where !cell.isNumber {
            let compact = Text.normalized(cell.text).filter { !$0.isWhitespace }
            for word in ["合计", "总计", "小计", "累计合计", "总合计"] {
                if compact == word || compact.hasPrefix(word + "(") || compact.hasPrefix(word + ":") { return cell.text }
            }
        }
        return nil
    }

    static func isBlank(_ cells: [Int: XLSXReader.SheetCell]) -> Bool {
        cells.values.allSatisfy { $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !$0.formulaWithoutValue }
    }
}
