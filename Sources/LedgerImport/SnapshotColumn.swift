internal import Ledger

/// A column of the zone's project sheet (项目台账), found by the names clerks give it.
public enum SnapshotColumn: String, CaseIterable, Sendable {
    case project, name, group, industry, investor, total, signedDate, startedDate, commissionedDate, disbursed, status, note

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
        }
    }

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
