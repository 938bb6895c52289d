public import Catalogue
public import Ledger
internal import LedgerService

/// The projects a `projects` call selects, from its options as typed: the one filter that the
/// table, the CSV, the JSON and the sealed workbook (and `check-report`) all apply.
public struct ProjectList: Sendable {
    public var options: [String: String]
    public var rules: RuleSet

    public init(options: [String: String], rules: RuleSet = .builtIn) {
        self.options = options
        self.rules = rules
    }

    public static var sorts: [String] { ProjectSort.allCases.map(\.rawValue) }

    /// The signed projects that pass the filters, sorted as asked (`ProjectQuery`, as `projects` does).
    public func select(_ states: some Sequence<ProjectState>) throws -> [ProjectState] {
        try ProjectQuery(options: options).select(states)
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
