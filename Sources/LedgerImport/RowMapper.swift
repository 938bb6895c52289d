public import Ledger
internal import Catalogue
internal import Crypto

/// Turns one row's cells into an event, or into every problem the row has.
///
/// Shared by the CSV, JSONL and xlsx readers so that a value means the same in each.
public struct RowMapper: Sendable {
    public let fileName: String

    public init(fileName: String) { self.fileName = fileName }

    /// A cell as read: its text, the column name the file used, and whether it was a JSON integer.
    public struct Cell: Sendable {
        public var text: String
        public var column: String
        public var isInteger: Bool
        /// The unit the column's header names (`万` for `金额（万元）`), for a plain number below it.
        var unit: String?

        public init(text: String, column: String, isInteger: Bool = false) {
            self.text = text
            self.column = column
            self.isInteger = isInteger
        }

        init(text: String, column: String, unit: String?) {
            self.init(text: text, column: column)
            self.unit = unit
        }
    }

    /// One row's cells, indexed by `Field.ordinal`; nil where the file has no such column.
    public struct Cells {
        var storage = [Cell?](repeating: nil, count: Field.allCases.count)
        public init() {}
        public subscript(_ field: Field) -> Cell? {
            get { storage[field.ordinal] }
            set { storage[field.ordinal] = newValue }
        }

        /// The text of a cell, nil where the file has no such column (without copying the cell out).
        func text(_ field: Field) -> String? { storage[field.ordinal]?.text }

        /// Replaces the text of a cell that is there, in place (a CSV's next row under the same header).
        mutating func setText(_ field: Field, _ text: String) { storage[field.ordinal]!.text = text }
    }

    /// Maps cells (by field) to an event; `line` is the file's line or the sheet's row.
    public func map(_ dictionary: [Field: Cell], line: Int) -> IncomingRow {
        var cells = Cells()
        for (field, cell) in dictionary { cells[field] = cell }
        return map(cells, line: line)
    }

    /// Maps cells to an event, or to every problem the row has.
    public func map(_ cells: Cells, line: Int) -> IncomingRow {
        var problems: [RowProblem] = []
        func problem(_ field: Field, _ value: String, code: String, words: (Language) -> String) {
            problems.append(RowProblem(file: fileName, line: line, column: cells[field]?.column ?? field.rawValue,
                                       value: value, code: code, words: words))
        }
        func text(_ f: Field) -> String { cells.text(f).map(Text.normalized) ?? "" }
        // Names and free text as the clerk typed them (`（二期）` stays `（二期）`); codes, dates and amounts read normalised.
        func typed(_ f: Field) -> String { cells.text(f).map(Text.trimmed) ?? "" }

        let kindText = text(.kind)
        let kind = EventKind(name: kindText)
        if kindText.isEmpty {
            problem(.kind, "", code: "missing_kind") { ReaderText.missingKind.text($0) }
        } else if kind == nil {
            problem(.kind, kindText, code: "unknown_kind") { ReaderText.unknownKind.text($0) }
        }
        let project = text(.project)
        if project.isEmpty {
            problem(.project, "", code: "missing_project") { ReaderText.missingProject.text($0) }
        }
        var date: BusinessDate?
        let dateText = text(.date)
        do { date = try BusinessDate.parse(dateText) } catch {
            problem(.date, dateText, code: error.code, words: error.message)
        }
        var amount = Money.zero
        var amountFailed = false
        let amountText = text(.amount)
        if let cell = cells[.amount], !amountText.isEmpty {
            do {
                amount = cell.isInteger ? try Money.fromYuan(Int64(cell.text) ?? -1) : try Money.parse(AmountText.reading(cell.text, unit: cell.unit))
            } catch {
                amountFailed = true
                problem(.amount, cell.text, code: error.code, words: error.message)
            }
        }
        guard let kind else { return .problems(problems) }

        // The shape is checked even when the date or amount failed, so that a row reports
        // every mistake at once; a placeholder date stands in for a date that did not parse.
        let event = Event(
            id: text(.id), kind: kind, project: project, date: date ?? Limits.dateMin, amount: amount,
            name: typed(.name), group: typed(.group), industry: typed(.industry), investor: typed(.investor),
            ref: text(.ref), note: typed(.note))
        for v in event.shapeViolations() {
            if v.field == "amount" && amountFailed { continue }   // already reported as bad_amount
            let violation = v.code == .zeroAmount && amountText.isEmpty
                ? RuleViolation(.missingField, field: "amount", detail: kind.name) : v
            let field = violation.field.flatMap(Field.init(rawValue:))
            let value = field.map { typed($0) } ?? ""
            problems.append(RowProblem(file: fileName, line: line, column: field.flatMap { cells[$0]?.column } ?? (violation.field ?? ""),
                                       value: value, violation: violation))
        }
        guard problems.isEmpty, date != nil else { return .problems(problems) }
        // A `let` handed on as it is: from a `var` set after its check, the event was copied into the row (each string retained again).
        guard event.id.isEmpty else { return .event(event, line: UInt32(clamping: line)) }
        var derived = event
        derived.id = RowMapper.derivedId(event)
        return .event(derived, line: UInt32(clamping: line))
    }

    /// The id of an event given without one: `N-` and 16 hex digits of SHA-256 of its natural key.
    public static func derivedId(_ event: Event) -> String {
        let digest = SHA256.hash(data: Array(event.naturalKey.utf8))
        return "N-" + Hex.string(digest.prefix(8))
    }
}
