internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerService
internal import LedgerReports

struct SummaryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("summary", .summaryAbstract, .summaryDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.summaryPeriod, value: .vPeriod)) var period: Period
    @Option(help: Help.text(.summaryThreshold, value: .vAmount)) var threshold: Money?
    @Option(help: Help.text(.summaryAsOf, value: .vDay)) var asOf: BusinessDate?
    @Option(help: Help.text(.summaryAsKnownAt, value: .vTime)) var asKnownAt: RecordedTime?
    @Option(help: Help.text(.summaryTargets, value: .vFile)) var targets: String?
    @Flag(help: Help.text(.summaryJSON)) var json = false
    @Flag(help: Help.text(.csv)) var csv = false
    @Flag(help: Help.text(.summaryExplain)) var explain = false

    func validate() throws {
        if explain && csv { throw ValidationError(CLIText.explainWithCSV.text(CLILanguage.current)) }
    }

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let goals = try targets.map { try TargetsFile.read($0, year: period.year) } ?? []
            let request = SummaryRequest(period: period, threshold: threshold ?? .yi(1), knownAtMs: asKnownAt?.ms, asOf: asOf,
                                         targets: goals, explain: explain)
            let result = try ledger.service.summary(request)
            let renderer = SummaryRenderer(result, language: l)
            if json {
                Console.out(JSONText.render(renderer.jsonObject(result)))
            } else if csv {
                Console.out(renderer.csv())
            } else {
                Console.out(renderer.text())
                if let evidence = result.evidence { Console.out(renderer.explain(evidence)) }
            }
        }
    }
}
