public import Catalogue
public import Ledger

/// The projects a `projects` call selects, from its options as typed: the one filter that the
/// table, the CSV, the JSON and the sealed workbook (and `check-report`) all apply.
public struct ProjectList: Sendable {
    /// An option value that cannot be read; the command checks each before, so this is `check-report`'s.
    public struct BadOption: Error, Sendable { public let option: String; public let value: String }

    public var options: [String: String]
    public var rules: RuleSet

    public init(options: [String: String], rules: RuleSet = .builtIn) {
        self.options = options
        self.rules = rules
    }

    public static let sorts = ["id", "amount", "signed", "name", "disbursed"]

    /// The signed projects that pass the filters, sorted as asked.
    public func select(_ states: some Sequence<ProjectState>) throws -> [ProjectState] {
        let minimum = try options["min"].map { v in
            do { return try Money.parse(v) } catch { throw BadOption(option: "min", value: v) }
        }
        let status = try options["status"].map { v in
            guard let s = ProjectStatus(name: v) else { throw BadOption(option: "status", value: v) }
            return s
        }
        let quarter = try options["signed-in"].map { v in
            guard let q = Quarter(v) else { throw BadOption(option: "signed-in", value: v) }
            return q
        }
        let group = options["group"], industry = options["industry"]
        var list = states.filter { p in
            p.isSigned && (group == nil || p.group == group) && (industry == nil || p.industry == industry)
                && (status == nil || p.status == status) && (minimum == nil || p.totalInvestment >= minimum!)
                && (quarter == nil || p.signedDate.map { quarter!.contains($0) } == true)
        }.sorted { $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) }
        switch options["sort"] ?? "id" {
        case "id": break
        case "amount": list.sort { ($0.totalInvestment, $1.project) < ($1.totalInvestment, $0.project) }
        case "signed": list.sort { ($0.signedDate!, $0.project) < ($1.signedDate!, $1.project) }
        case "name": list.sort { $0.name == $1.name ? $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        case "disbursed": list.sort { ($0.disbursed, $1.project) < ($1.disbursed, $0.project) }
        case let other: throw BadOption(option: "sort", value: other)
        }
        if options["descending"] == "true" { list.reverse() }
        return list
    }

    /// The projects sheet: amounts in 万元 as numbers, dates as date cells.
    public func sheet(_ states: some Sequence<ProjectState>, _ language: Language) throws -> Workbook.Sheet {
        func t(_ w: ReportText) -> String { w.text(language) }
        var rows: [[Workbook.Cell]] = [[.text(t(.project)), .text(t(.projectName)), .text(t(.group)), .text(t(.industry)), .text(t(.investor)), .text(t(.status)),
                                        .text(t(.signedOn)), .text(t(.totalInvestmentWan)), .text(t(.disbursedWan)), .text(t(.startedOn)), .text(t(.commissionedOn)), .text(t(.terminatedOn))]]
        func date(_ d: BusinessDate?) -> Workbook.Cell { d.map { .date($0) } ?? .empty }
        for p in try select(states) {
            rows.append([.text(p.project), .text(p.name), .text(p.group), .text(p.industry), .text(p.investor),
                         .text(language.isChinese ? p.status.chinese : p.status.name), date(p.signedDate), Workbook.wan(p.totalInvestment),
                         Workbook.wan(p.disbursed), date(p.startedDate), date(p.commissionedDate), date(p.terminatedDate)])
        }
        return Workbook.Sheet(name: t(.sheetProjects), rows: rows)
    }
}
