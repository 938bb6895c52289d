internal import Catalogue
internal import ArgumentParser
internal import Foundation
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
    @Option(help: Help.text(HelpReportsText.figuresRules, value: .vFile)) var rules: String?
    @Option(help: Help.text(HelpReportsText.summaryXLSX, value: .vFile)) var xlsx: String?
    @OptionGroup var excel: ExcelCSVOptions

    func validate() throws {
        if explain && (csv || excel.excelCsv) { throw ValidationError(CLIText.explainWithCSV.text(CLILanguage.current)) }
    }

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            // The rule set the figures are sealed under: --rules, with --threshold and --targets on top.
            var ruleSet = try rules.map { try FigureOptions.readRules($0, language: l) } ?? .builtIn
            var options = ["lang": l.rawValue]
            if let threshold { ruleSet.threshold = threshold; options["threshold"] = threshold.yuanString + "元" }
            if let targets {
                let goals = try TargetsFile.read(targets, year: period.year)
                ruleSet.targets = ruleSet.targets.filter { $0.year != period.year } + goals.map { RuleSet.Target(year: period.year, min: $0.min, count: $0.count) }
                options["targets"] = targets
            }
            if explain { options["explain"] = "true" }
            let request = SummaryRequest(period: period, rules: ruleSet, knownAtMs: asKnownAt?.ms, asOf: asOf, explain: explain)
            let sealRequest = FigureRequest(kind: "summary", period: period.description, asOf: asOf, asKnownAtMs: asKnownAt?.ms, rules: ruleSet,
                                            rulesPath: rules, today: LedgerFigures.today(), options: options)
            let store = try ledger.service.store()
            if let xlsx { try SealedOutputs.workbook(store, sealRequest, language: l).write(to: xlsx) }
            // The seal names the prefix the figures were read from.
            let (result, seal) = try LedgerFigures.pinned(store, sealRequest) { try ledger.service.summary(request) }
            let renderer = SummaryRenderer(result, language: l)
            if json {
                var o = renderer.jsonObject(result)
                o["seal"] = seal.jsonObject
                Console.out(JSONText.render(o))
            } else if csv {
                Console.out(renderer.csv())
                Console.err(seal.companionLine)
            } else if excel.excelCsv {
                try excel.write(SummaryWorkbook(summary: result.summary, language: l).sheets()[0], seal: seal, language: l)
            } else {
                Console.out(renderer.text())
                if let evidence = result.evidence { Console.out(renderer.explain(evidence)) }
                Console.out("")
                Console.out(seal.footer(l))
            }
        }
    }
}
