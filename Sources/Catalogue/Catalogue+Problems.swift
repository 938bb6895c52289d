public import Ledger

/// The words around a row problem's reason: where it is, in the line shape the README gives.
public enum ProblemText: String, Phrasebook {
    /// After the file's name: `a.csv 第3行` / `a.csv:3`.
    case atLine
    /// ` 金额列` / ` column amount`.
    case inColumn
    /// ` 值“…”` / ` value "…"`.
    case withValue

    public var phrase: Phrase {
        switch self {
        case .atLine: Phrase(zh: " 第{line}行", en: ":{line}")
        case .inColumn: Phrase(zh: " {column}列", en: " column {column}")
        case .withValue: Phrase(zh: " 值“{value}”", en: " value \"{value}\"")
        }
    }
}

extension RowProblem {
    /// A problem whose reason `words` gives in each language (a phrase of the catalogue, with
    /// its arguments said in that language).
    public init(file: String, line: Int, column: String = "", value: String = "", code: String, words: (Language) -> String) {
        self.init(file: file, line: line, column: column, value: value, code: code, english: words(.en), chinese: words(.zh))
    }

    /// A rule violation at a place; its column is the violation's field unless one is given.
    public init(file: String, line: Int, column: String = "", value: String = "", violation: RuleViolation) {
        self.init(file: file, line: line, column: column.isEmpty ? (violation.field ?? "") : column, value: value,
                  code: violation.code.rawValue, words: violation.message)
    }

    /// The reason alone, in `language`.
    public func reason(_ language: Language) -> String { language.isChinese ? chinese : english }

    /// One line, `FILE 第N行 列名列 值“…”: 原因` or `FILE:N column C value "…": reason`; a column
    /// that is one of ours is named in `language`, whichever language the file's header used.
    public func message(_ language: Language) -> String {
        var place = file
        if line > 0 { place += ProblemText.atLine.text(language, ["line": String(line)]) }
        if !column.isEmpty { place += ProblemText.inColumn.text(language, ["column": FieldText.named(column, language)]) }
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
        let valuePart = value.isEmpty ? "" : ProblemText.withValue.text(language, ["value": shown])
        return "\(place)\(valuePart): \(reason(language))"
    }
}
