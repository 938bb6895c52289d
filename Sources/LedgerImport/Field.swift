internal import Ledger

/// The columns of a batch file, with their English and Chinese header names.
public enum Field: String, CaseIterable, Sendable {
    case id, kind, project, date, amount, name, group, industry, investor, ref, note

    public var chinese: String {
        switch self {
        case .id: "编号"
        case .kind: "事件"
        case .project: "项目编号"
        case .date: "日期"
        case .amount: "金额"
        case .name: "项目名称"
        case .group: "组团"
        case .industry: "产业"
        case .investor: "投资方"
        case .ref: "关联事件"
        case .note: "备注"
        }
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

