/// An event that breaks the project lifecycle or the shape its kind requires.
///
/// `code` is stable, for scripts; `field` and `detail` are the facts a message needs. The words
/// are the catalogue's (`Catalogue+Rules.swift`): the domain imports nothing and says nothing.
public struct RuleViolation: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        case notSigned = "not_signed"
        case alreadySigned = "already_signed"
        case beforeSigning = "before_signing"
        case alreadyStarted = "already_started"
        case notStarted = "not_started"
        case beforeStart = "before_start"
        case alreadyCommissioned = "already_commissioned"
        case afterTermination = "after_termination"
        case missingField = "missing_field"
        case extraField = "extra_field"
        case zeroAmount = "zero_amount"
        case amountTooLarge = "amount_too_large"
        case fieldTooLong = "field_too_long"
        case voidUnknown = "void_unknown_event"
        case voidTwice = "void_already_voided"
        case voidOfVoid = "void_of_void"
        case voidOtherProject = "void_other_project"
        case voidBreaksHistory = "void_breaks_history"
        case tooManyEvents = "project_events_max"
        /// An attribute without a key, a key twice, or a planned date that is no `YYYY-MM-DD` date.
        case badAttribute = "bad_attribute"
    }

    public let code: Code
    /// The field the violation is about, when one is (`amount`, `ref`, …).
    public let field: String?
    /// Detail for the message, the same in every language: the date, id or limit involved, or
    /// the kind's name (`signed`) for a field a kind requires or forbids.
    public let detail: String
    /// The violation a void would cause (`voidBreaksHistory`), said after it in the same language.
    public var cause: RuleViolation? { causes.first }
    private let causes: [RuleViolation]

    public init(_ code: Code, field: String? = nil, detail: String = "", cause: RuleViolation? = nil) {
        self.code = code
        self.field = field
        self.detail = detail
        self.causes = cause.map { [$0] } ?? []
    }

    /// The code and detail, for logs and test failures; people read `message(_:)` from the catalogue.
    public var description: String {
        var out = code.rawValue
        if let field { out += " \(field)" }
        if !detail.isEmpty { out += " (\(detail))" }
        if let cause { out += ": \(cause)" }
        return out
    }
}
