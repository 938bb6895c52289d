/// The names of an event's fields, as column headers and in messages.
///
/// The raw value is the field's name in files and JSON; the Chinese is the header clerks write
/// (and the readers accept). `hash` names the chain hash a replayed export is checked against.
public enum FieldText: String, Phrasebook {
    case id, kind, project, date, amount, name, group, industry, investor, ref, note
    case hash
    /// A field not named.
    case field

    public var phrase: Phrase {
        switch self {
        case .id: Phrase(zh: "编号", en: "id")
        case .kind: Phrase(zh: "事件", en: "kind")
        case .project: Phrase(zh: "项目编号", en: "project")
        case .date: Phrase(zh: "日期", en: "date")
        case .amount: Phrase(zh: "金额", en: "amount")
        case .name: Phrase(zh: "项目名称", en: "name")
        case .group: Phrase(zh: "组团", en: "group")
        case .industry: Phrase(zh: "产业", en: "industry")
        case .investor: Phrase(zh: "投资方", en: "investor")
        case .ref: Phrase(zh: "关联事件", en: "ref")
        case .note: Phrase(zh: "备注", en: "note")
        case .hash: Phrase(zh: "哈希", en: "hash")
        case .field: Phrase(zh: "字段", en: "field")
        }
    }

    /// `name` (English or Chinese, as a file's header has it) in `language`; a name that is no
    /// field of ours (an unknown column) is the file's own text and stays as it is.
    public static func named(_ name: String, _ language: Language) -> String {
        let known = FieldText(rawValue: name.lowercased()) ?? allCases.first { $0.phrase.zh == name }
        return known?.text(language) ?? name
    }
}
