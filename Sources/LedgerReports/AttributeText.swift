public import Catalogue
public import Ledger

/// A project's attributes and an `updated` event's changes, as `show`, `projects` and the
/// snapshot dry run print them.
public enum AttributeText {
    /// `计划开工日期 2021-05-31;挂点领导 王某`: each attribute with its label, in stored order.
    public static func list(_ attributes: [Attribute], _ l: Language) -> String {
        attributes.map { "\(AttributeWords.label($0.key, l)) \($0.value)" }.joined(separator: RenderText.listSeparator.text(l))
    }

    /// What an event sets beside its kind's own fields: an update's changes (name, group, …,
    /// attributes), a signing's attributes; empty for every other event.
    public static func changes(_ e: Event, _ l: Language) -> String {
        switch e.kind {
        case .updated:
            var parts: [String] = []
            for (field, value) in [(FieldText.name, e.name), (.group, e.group), (.industry, e.industry), (.investor, e.investor)] where !value.isEmpty {
                parts.append(AttributeWords.change.text(l, ["field": field.text(l), "value": value]))
            }
            for a in e.attributes {
                let label = AttributeWords.label(a.key, l)
                parts.append(a.value.isEmpty ? AttributeWords.changeCleared.text(l, ["field": label])
                                             : AttributeWords.change.text(l, ["field": label, "value": a.value]))
            }
            return parts.joined(separator: RenderText.listSeparator.text(l))
        case .signed: return list(e.attributes, l)
        default: return ""
        }
    }

    /// The attributes as a JSON object, key → value (well-known keys are codes, a sheet's own columns their headers).
    public static func jsonObject(_ attributes: [Attribute]) -> [String: Any] {
        Dictionary(attributes.map { ($0.key, $0.value as Any) }, uniquingKeysWith: { a, _ in a })
    }
}
