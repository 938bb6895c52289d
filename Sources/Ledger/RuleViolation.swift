/// An event that breaks the project lifecycle or the shape its kind requires.
///
/// `code` is stable, for scripts; the messages are for people, in Chinese and English.
public struct RuleViolation: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
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
    }

    public let code: Code
    /// The field the violation is about, when one is (`amount`, `ref`, …).
    public let field: String?
    /// Detail for the message: the date, id or limit involved.
    public let detail: String

    public init(_ code: Code, field: String? = nil, detail: String = "") {
        self.code = code
        self.field = field
        self.detail = detail
    }

    public var description: String { english }

    public var english: String {
        switch code {
        case .notSigned: "project has not been signed"
        case .alreadySigned: "project was already signed (\(detail))"
        case .beforeSigning: "date is before the project's signing on \(detail)"
        case .alreadyStarted: "construction already started on \(detail)"
        case .notStarted: "commissioned before construction started"
        case .beforeStart: "commissioning date is before construction started on \(detail)"
        case .alreadyCommissioned: "already commissioned on \(detail)"
        case .afterTermination: "project was terminated on \(detail)"
        case .missingField: "\(field ?? "field") is required for \(detail)"
        case .extraField: "\(field ?? "field") is not allowed for \(detail)"
        case .zeroAmount: "amount must be greater than zero"
        case .amountTooLarge: "amount is above the limit of \(detail)"
        case .fieldTooLong: "\(field ?? "field") is longer than \(detail) bytes"
        case .voidUnknown: "voids event \(detail), which does not exist"
        case .voidTwice: "event \(detail) is already void"
        case .voidOfVoid: "event \(detail) is itself a void and cannot be voided"
        case .voidOtherProject: "voided event \(detail) belongs to another project"
        case .voidBreaksHistory: "voiding it would break the project's history: \(detail)"
        case .tooManyEvents: "project has more than \(detail) events"
        }
    }

    public var chinese: String {
        let f = field.map { RuleViolation.chineseField[$0] ?? $0 } ?? "字段"
        switch code {
        case .notSigned: return "项目尚未签约"
        case .alreadySigned: return "项目已签约(\(detail))"
        case .beforeSigning: return "日期早于项目签约日 \(detail)"
        case .alreadyStarted: return "项目已于 \(detail) 开工"
        case .notStarted: return "项目尚未开工,不能投产"
        case .beforeStart: return "投产日期早于开工日 \(detail)"
        case .alreadyCommissioned: return "项目已于 \(detail) 投产"
        case .afterTermination: return "项目已于 \(detail) 终止"
        case .missingField: return "\(detail)事件必须填写\(f)"
        case .extraField: return "\(detail)事件不应填写\(f)"
        case .zeroAmount: return "金额必须大于零"
        case .amountTooLarge: return "金额超过上限 \(detail)"
        case .fieldTooLong: return "\(f)超过 \(detail) 字节"
        case .voidUnknown: return "作废的事件 \(detail) 不存在"
        case .voidTwice: return "事件 \(detail) 已作废"
        case .voidOfVoid: return "事件 \(detail) 本身是作废事件,不能再作废"
        case .voidOtherProject: return "作废的事件 \(detail) 属于其他项目"
        case .voidBreaksHistory: return "作废后项目历史不成立:\(detail)"
        case .tooManyEvents: return "项目事件数超过 \(detail)"
        }
    }

    static let chineseField: [String: String] = [
        "id": "编号", "kind": "事件", "project": "项目编号", "date": "日期", "amount": "金额",
        "name": "项目名称", "group": "组团", "industry": "产业", "investor": "投资方", "ref": "关联事件", "note": "备注",
    ]
}
