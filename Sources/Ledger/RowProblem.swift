/// One thing wrong with one input row: where (file, line, column), what value, and why.
///
/// Import reports list every problem of a batch; nothing of a batch with any lands.
public struct RowProblem: Error, Hashable, Sendable {
    public var file: String
    /// 1-based line of a text file or row of a sheet; 0 for the file as a whole.
    public var line: Int
    /// The column's name as the file has it (`amount`, `金额`), or empty.
    public var column: String
    /// The offending value as read, or empty.
    public var value: String
    /// A stable code for scripts: `bad_amount`, `before_signing`, `duplicate_id`, …
    public var code: String
    public var english: String
    public var chinese: String

    public init(file: String, line: Int, column: String = "", value: String = "", code: String, english: String, chinese: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.code = code
        self.english = english
        self.chinese = chinese
    }

    public init(file: String, line: Int, column: String = "", value: String = "", violation: RuleViolation) {
        self.init(file: file, line: line, column: column.isEmpty ? (violation.field ?? "") : column, value: value,
                  code: violation.code.rawValue, english: violation.english, chinese: violation.chinese)
    }

    public func message(chinese useChinese: Bool) -> String {
        var place = file
        if line > 0 { place += useChinese ? " 第\(line)行" : ":\(line)" }
        if !column.isEmpty { place += useChinese ? " \(column)列" : " column \(column)" }
        // One line, always: line breaks inside a quoted cell are shown as \n.
        var flat = ""
        for c in value {
            switch c {
            case "\n", "\r\n": flat += "\\n"
            case "\r": flat += "\\r"
            default: flat.append(c)
            }
        }
        let shown = flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
        let valuePart = value.isEmpty ? "" : (useChinese ? " 值“\(shown)”" : " value \"\(shown)\"")
        return "\(place)\(valuePart): \(useChinese ? chinese : english)"
    }
}

/// One row of a batch as the readers hand it to the store: an event, or what was wrong with it.
public enum IncomingRow: Sendable {
    case event(Event, line: UInt32)
    /// Everything wrong with one row (at least one problem).
    case problems([RowProblem])
}
