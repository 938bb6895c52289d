internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerService
internal import LedgerReports

struct ProjectsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("projects", .projectsAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.projectsGroup, value: .vGroup)) var group: String?
    @Option(help: Help.text(.projectsIndustry, value: .vIndustry)) var industry: String?
    @Option(help: Help.text(.projectsStatus, value: .vStatus)) var status: ProjectStatus?
    @Option(help: Help.text(.projectsMin, value: .vAmount)) var min: Money?
    @Option(help: Help.text(.projectsSignedIn, value: .vPeriod)) var signedIn: Period?
    @Option(help: Help.text(.projectsSort, value: .vSort)) var sort: ProjectSort = .id
    @Flag(help: Help.text(.projectsDescending)) var descending = false
    @Flag(help: Help.text(.json)) var json = false
    @Flag(help: Help.text(.csv)) var csv = false
    @Option(help: Help.text(HelpReportsText.projectsXLSX, value: .vFile)) var xlsx: String?
    @OptionGroup var excel: ExcelCSVOptions
    @Option(help: Help.text(.summaryAsOf, value: .vDay)) var asOf: BusinessDate?
    @Option(help: Help.text(.summaryAsKnownAt, value: .vTime)) var asKnownAt: RecordedTime?

    /// The options that select and order the list, as the seal keeps them for `check-report`.
    var listOptions: [String: String] {
        var o: [String: String] = ["sort": sort.rawValue]
        for (k, v) in [("group", group), ("industry", industry), ("status", status?.code), ("min", min.map { $0.yuanString + "元" }),
                       ("signed-in", signedIn?.description)] { if let v { o[k] = v } }
        if descending { o["descending"] = "true" }
        return o
    }

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let query = ProjectQuery(group: group, industry: industry, status: status, minimum: min, signedIn: signedIn,
                                     sort: sort, descending: descending)
            let request = FigureRequest(kind: "projects", period: "", asOf: asOf, asKnownAtMs: asKnownAt?.ms, today: LedgerFigures.today(),
                                        options: listOptions.merging(["lang": l.rawValue]) { a, _ in a })
            let store = try ledger.service.store()
            if let xlsx { try SealedOutputs.workbook(store, request, language: l).write(to: xlsx) }
            // As known at a time or as of a day: a fold of that prefix; else the stored projections.
            let (list, seal): ([ProjectState], Seal)
            if asOf != nil || asKnownAt != nil {
                let basis = try LedgerFigures.basis(store, request)
                (list, seal) = (try SealedOutputs.projects(basis, request), basis.seal)
            } else {
                (list, seal) = try LedgerFigures.pinned(store, request) { try ledger.service.projects(query) }
            }
            if json {
                Console.out(JSONText.render(ProjectText.jsonDocument(list, seal: seal)))
            } else if excel.excelCsv {
                try excel.write(try ProjectList(options: request.options).sheet(list, l), seal: seal, language: l)
            } else if csv {
                Console.out(ProjectText.csv(list))
                Console.err(seal.companionLine)
            } else {
                Console.out(ProjectText.table(list, l))
                Console.out(seal.footer(l))
            }
        }
    }
}
