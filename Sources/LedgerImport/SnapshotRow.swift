public import Ledger

/// One project's row of the zone's sheet, as read: each column's text and the cell it came from.
public struct SnapshotRow: Sendable {
    public struct Cell: Sendable {
        public var text: String
        /// `H5`: the cell, as Excel names it; for CSV, the column's header.
        public var reference: String
        public var header: String
        var unit: String?
        var isNumber = false
    }

    public var line: Int
    public var cells: [SnapshotColumn: Cell]
    /// Columns of no known meaning (用地面积, 责任单位, …), by header, kept as the clerk typed them.
    public var attributes: [(header: String, text: String)]
    /// The columns the sheet has, filled in this row or not.
    var present: Set<SnapshotColumn> = []
    /// The headers of the sheet's own columns (those `attributes` come from), filled in this row or not.
    var attributeHeaders: [String] = []
    /// The cell of each of those columns in this row (`L5`; for CSV, the header).
    var attributeReferences: [String: String] = [:]

    /// A cell's text for reading and matching: full-width folded, trimmed.
    func text(_ column: SnapshotColumn) -> String { cells[column].map { Text.normalized($0.text) } ?? "" }

    /// A cell's text as the clerk typed it (only white space around it trimmed): what is stored.
    func typed(_ column: SnapshotColumn) -> String { cells[column].map { Text.trimmed($0.text) } ?? "" }
}

/// An Excel column letter: 0 → A, 27 → AB; the workbooks written (`WorkbookXML`) name cells with it too.
public func columnLetters(_ index: Int) -> String {
    var n = index + 1, out = ""
    while n > 0 {
        let r = (n - 1) % 26
        out = String(UnicodeScalar(UInt8(65 + r))) + out
        n = (n - 1) / 26
    }
    return out
}
