internal import Ledger

/// A column of the zone's project sheet (项目台账), found by the names clerks give it.
public enum SnapshotColumn: String, CaseIterable, Sendable {
    case project, name, group, industry, investor, total, signedDate, startedDate, commissionedDate, disbursed, status, note
    /// Kept as the project's well-known attributes (record version 2), never as money or milestones.
    case plannedStart, plannedCommissioning, responsibleUnit, contact

    /// The header names read as this column (compared without spaces, full-width folded); a unit may follow in brackets.
    var names: [String] {
        switch self {
        case .project: ["项目编号", "编号", "项目代码", "project"]
        case .name: ["项目名称", "名称", "name"]
        case .group: ["组团", "所属组团", "所属园区", "园区", "group"]
        case .industry: ["产业", "产业类别", "产业链", "所属产业", "industry"]
        case .investor: ["投资方", "业主单位", "投资主体", "investor"]
        case .total: ["协议投资额", "总投资", "计划总投资", "投资总额", "协议总投资", "total"]
        case .signedDate: ["签约时间", "签约日期", "signed"]
        case .startedDate: ["开工时间", "开工日期", "实际开工时间", "started"]
        case .commissionedDate: ["投产时间", "投产日期", "实际投产时间", "commissioned"]
        case .disbursed: ["累计到位资金", "累计到位", "累计完成投资", "disbursed"]
        case .status: ["状态", "项目状态", "status"]
        case .note: ["备注", "note"]
        case .plannedStart: ["计划开工时间", "计划开工日期", "计划开工", Attribute.plannedStart]
        case .plannedCommissioning: ["计划投产时间", "计划投产日期", "计划投产", Attribute.plannedCommissioning]
        case .responsibleUnit: ["责任单位", "牵头单位", Attribute.responsibleUnit]
        case .contact: ["联系人", Attribute.contact]
        }
    }

    /// The attribute key of a column kept as an attribute; nil for the event columns.
    var attributeKey: String? {
        switch self {
        case .plannedStart: Attribute.plannedStart
        case .plannedCommissioning: Attribute.plannedCommissioning
        case .responsibleUnit: Attribute.responsibleUnit
        case .contact: Attribute.contact
        default: nil
        }
    }

    /// The columns whose numeric cells are Excel dates.
    static let dateColumns: Set<SnapshotColumn> = [.signedDate, .startedDate, .commissionedDate, .plannedStart, .plannedCommissioning]

    /// The columns kept as attributes, in the order they are stored.
    static let attributeColumns: [SnapshotColumn] = [.plannedStart, .plannedCommissioning, .responsibleUnit, .contact]

    /// A column by any of its names (`总投资`, `total`), for a `--columns` file.
    public static func named(_ name: String) -> SnapshotColumn? {
        let k = key(name)
        return allCases.first { $0.rawValue.lowercased() == k || $0.names.contains(k) }
    }

    /// A header as compared: full-width folded, no spaces, lower case.
    public static func key(_ header: String) -> String { Text.normalized(header).filter { !$0.isWhitespace }.lowercased() }

    /// Reads a header: the column and the unit its header names (`总投资(亿元)` → total, 亿).
    static func read(_ header: String, mapping: [String: SnapshotColumn] = [:]) -> (SnapshotColumn, String?)? {
        var base = Text.normalized(header)
        var unit: String?
        if let (rest, u) = HeaderCell.splitUnit(base) { base = rest; unit = u }
        let compact = key(base)
        if let mapped = mapping[key(header)] ?? mapping[compact] { return (mapped, unit) }
        guard let column = allCases.first(where: { $0.names.contains(compact) }) else { return nil }
        return (column, unit)
    }
}
