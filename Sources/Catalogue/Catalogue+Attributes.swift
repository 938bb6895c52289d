public import Ledger

/// The words of a project's attributes and of `updated` (信息变更) events: the well-known keys'
/// labels and how a change is said.
///
/// A sheet's own columns are keyed by their header as typed and shown as they are; only the
/// well-known keys (codes such as `planned_start`) have words here.
public enum AttributeWords: String, Phrasebook {
    case plannedStart, plannedCommissioning, responsibleUnit, contact
    case attributes, change, changeCleared
    case alertNotStartedPlanned

    public var phrase: Phrase {
        switch self {
        case .plannedStart: Phrase(zh: "计划开工日期", en: "planned start")
        case .plannedCommissioning: Phrase(zh: "计划投产日期", en: "planned commissioning")
        case .responsibleUnit: Phrase(zh: "责任单位", en: "responsible unit")
        case .contact: Phrase(zh: "联系人", en: "contact")
        case .attributes: Phrase(zh: "属性", en: "attributes")
        case .change: Phrase(zh: "{field}改为 {value}", en: "{field} → {value}")
        case .changeCleared: Phrase(zh: "{field}已清空", en: "{field} cleared")
        case .alertNotStartedPlanned:
            Phrase(zh: "计划于 {reference} 开工,应于 {due} 前开工,{red} 起红灯",
                   en: "planned start {reference}, start due by {due}, red from {red}")
        }
    }

    /// The label of an attribute key: the words of a well-known key, else the key (a sheet's header) itself.
    public static func label(_ key: String, _ language: Language) -> String {
        let known: AttributeWords? = switch key {
        case Attribute.plannedStart: .plannedStart
        case Attribute.plannedCommissioning: .plannedCommissioning
        case Attribute.responsibleUnit: .responsibleUnit
        case Attribute.contact: .contact
        default: nil
        }
        return known?.text(language) ?? key
    }
}
