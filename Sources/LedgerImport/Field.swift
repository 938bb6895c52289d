internal import Ledger
internal import Catalogue

/// The columns of a batch file, with their English and Chinese header names.
public enum Field: String, CaseIterable, Sendable {
    case id, kind, project, date, amount, name, group, industry, investor, ref, note

    /// The header clerks write, as the catalogue's `FieldText` has it (one list for headers and messages).
    public var chinese: String { words(.zh) }

    /// The field's name in `language`.
    func words(_ language: Language) -> String { FieldText(rawValue: rawValue)!.text(language) }

    /// Every field's name in `language`, for a message listing the columns a file may have.
    static func known(_ language: Language) -> String {
        allCases.map { $0.words(language) }.joined(separator: language.isChinese ? "、" : ", ")
    }

    /// Reads a header cell: `amount`, `Amount`, `金额` (surrounding spaces ignored).
    /// The field's position in `Field.allCases`, for arrays indexed by field.
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .kind: 1
        case .project: 2
        case .date: 3
        case .amount: 4
        case .name: 5
        case .group: 6
        case .industry: 7
        case .investor: 8
        case .ref: 9
        case .note: 10
        }
    }

    public init?(header: String) {
        let h = Text.normalized(header).lowercased()
        guard let f = Field.allCases.first(where: { $0.rawValue == h || $0.chinese == h }) else { return nil }
        self = f
    }
}

