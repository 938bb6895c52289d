public import Catalogue

extension RuleSetError {
    /// One line naming the file, the key and what is wrong with it.
    public func text(_ language: Language, file: String) -> String {
        let problemText: ReportText = switch problem {
        case .notJSON: .ruleNotJSON
        case .schema: .ruleSchema
        case .rounding: .ruleRounding
        case .missing: .ruleMissing
        case .notString: .ruleNotString
        case .notInteger: .ruleNotInteger
        case .outOfRange: .ruleOutOfRange
        case .unknownKey: .ruleUnknownKey
        case .unknownKind: .ruleUnknownKind
        case .unknownFulfilment: .ruleUnknownFulfilment
        case .redBeforeYellow: .ruleRedBeforeYellow
        }
        let shownKey = key.isEmpty ? "" : "`\(key)` "
        return ReportText.rulesError.text(language, ["file": file, "key": shownKey, "problem": problemText.text(language)])
    }
}
