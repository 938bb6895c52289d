/// What happened to a project. The raw value is the stored kind code: never renumber.
public enum EventKind: UInt8, CaseIterable, Sendable, Codable {
    case signed = 1
    case disbursed = 2
    case started = 3
    case commissioned = 4
    case revised = 5
    case terminated = 6
    case void = 7
    /// 信息变更: descriptive fields and attributes only, never money or milestones (record version 2).
    case updated = 8

    /// The English name used in files and JSON.
    public var name: String {
        switch self {
        case .signed: "signed"
        case .disbursed: "disbursed"
        case .started: "started"
        case .commissioned: "commissioned"
        case .revised: "revised"
        case .terminated: "terminated"
        case .void: "void"
        case .updated: "updated"
        }
    }

    /// The Chinese name clerks write: 签约, 资金到位, 开工, 投产, 调整, 终止, 作废, 信息变更.
    public var chinese: String {
        switch self {
        case .signed: "签约"
        case .disbursed: "资金到位"
        case .started: "开工"
        case .commissioned: "投产"
        case .revised: "调整"
        case .terminated: "终止"
        case .void: "作废"
        case .updated: "信息变更"
        }
    }

    /// Reads an English or Chinese kind name (拨付 is accepted for disbursed).
    public init?(name: String) {
        switch name {
        case "signed", "签约": self = .signed; return
        case "disbursed", "资金到位": self = .disbursed; return
        case "started", "开工": self = .started; return
        case "commissioned", "投产": self = .commissioned; return
        case "revised", "调整": self = .revised; return
        case "terminated", "终止": self = .terminated; return
        case "void", "作废": self = .void; return
        case "updated", "信息变更": self = .updated; return
        default: break
        }
        let n = Text.normalized(name).lowercased()
        if let kind = EventKind.allCases.first(where: { $0.name == n || $0.chinese == n }) {
            self = kind
        } else if n == "拨付" {
            self = .disbursed
        } else {
            return nil
        }
    }

    /// Whether events of this kind carry an amount.
    public var carriesAmount: Bool { self == .signed || self == .disbursed || self == .revised }
}
