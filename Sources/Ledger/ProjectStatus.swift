/// Where a project stands in its lifecycle. Raw values are stored: never renumber.
public enum ProjectStatus: UInt8, Sendable, CaseIterable {
    case signed = 1
    case started = 2
    case commissioned = 3
    case terminated = 4

    public var name: String {
        switch self {
        case .signed: "signed"
        case .started: "under construction"
        case .commissioned: "commissioned"
        case .terminated: "terminated"
        }
    }

    /// The stable code for programs (JSON, CSV) and `projects --status`.
    public var code: String {
        switch self {
        case .signed: "signed"
        case .started: "started"
        case .commissioned: "commissioned"
        case .terminated: "terminated"
        }
    }

    public var chinese: String {
        switch self {
        case .signed: "已签约"
        case .started: "在建"
        case .commissioned: "已投产"
        case .terminated: "已终止"
        }
    }

    /// Reads `signed`, `started`, `commissioned`, `terminated` or the Chinese names.
    public init?(name: String) {
        switch Text.normalized(name).lowercased() {
        case "signed", "已签约", "签约": self = .signed
        case "started", "under construction", "在建", "开工": self = .started
        case "commissioned", "已投产", "投产": self = .commissioned
        case "terminated", "已终止", "终止": self = .terminated
        default: return nil
        }
    }
}
