/// One thing wrong with one input row: where (file, line, column), what value, and why.
///
/// Import reports list every problem of a batch; nothing of a batch with any lands. The reason
/// is kept in both languages, as the catalogue worded it where the problem was found
/// (`Catalogue+Problems.swift` builds them and the report line): the domain has no words.
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
    /// The reason in each language, without the place.
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
}

/// One row of a batch as the readers hand it to the store: an event, or what was wrong with it.
public enum IncomingRow: Sendable {
    case event(Event, line: UInt32)
    /// Everything wrong with one row (at least one problem).
    case problems([RowProblem])
}
