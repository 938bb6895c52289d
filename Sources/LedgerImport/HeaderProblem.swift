internal import Catalogue
internal import Ledger

/// What can be wrong with a header row (or a JSON line's keys), worded the same for every format.
enum HeaderProblem {
    /// A column that is none of ours; the message lists the ones that are, in its language.
    static func unknown(file: String, line: Int, name: String, key: Bool = false) -> RowProblem {
        RowProblem(file: file, line: line, column: name, value: key ? "" : name, code: "unknown_column") {
            (key ? ReaderText.unknownKey : .unknownColumn).text($0, ["name": name, "known": Field.known($0)])
        }
    }

    /// A column given twice (under the same or another of its names).
    static func duplicate(file: String, line: Int, name: String, other: String? = nil) -> RowProblem {
        RowProblem(file: file, line: line, column: name, value: other == nil ? name : "", code: "duplicate_column") { language in
            if let other {
                return ReaderText.sameField.text(language, ["name": FieldText.named(name, language), "other": FieldText.named(other, language)])
            }
            return ReaderText.duplicateColumn.text(language, ["name": name])
        }
    }

    /// A column every file must have.
    static func missing(file: String, line: Int, field: Field) -> RowProblem {
        RowProblem(file: file, line: line, column: field.rawValue, code: "missing_column") {
            ReaderText.missingColumn.text($0, ["name": field.words($0)])
        }
    }
}
