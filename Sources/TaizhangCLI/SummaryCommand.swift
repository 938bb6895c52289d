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
    @Flag(help: Help.text(HelpReportsText.summaryExcelCSV)) var excelCsv = false
    @Option(help: Help.text(HelpReportsText.summaryCSVEncoding, value: .vEncoding)) var csvEncoding: String?

    func validate() throws {
        if explain && (csv || excelCsv) { throw ValidationError(CLIText.explainWithCSV.text(CLILanguage.current)) }
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
            let request = SummaryRequest(period: period, threshold: ruleSet.threshold, knownAtMs: asKnownAt?.ms, asOf: asOf,
                                         targets: ruleSet.targets(year: period.year), explain: explain)
            let sealRequest = FigureRequest(kind: "summary", period: period.description, asOf: asOf, asKnownAtMs: asKnownAt?.ms, rules: ruleSet,
                                            rulesPath: rules, today: LedgerFigures.today(), options: options)
            let store = try ledger.service.store()
            if let xlsx { try SealedOutputs.workbook(store, sealRequest, language: l).write(to: xlsx) }
            // The seal names the prefix the figures were read from: read again if an import
            // committed in between (the log only grows, so an unchanged size is that prefix).
            var seal = try LedgerFigures.seal(store, sealRequest)
            var result = try ledger.service.summary(request)
            var tries = 0
            while tries < 20, try ledger.service.prefixSize(knownAtMs: asKnownAt?.ms) != seal.treeSize {
                seal = try LedgerFigures.seal(store, sealRequest)
                result = try ledger.service.summary(request)
                tries += 1
            }
            let renderer = SummaryRenderer(result, language: l)
            if json {
                var o = renderer.jsonObject(result)
                o["seal"] = seal.jsonObject
                Console.out(JSONText.render(o))
            } else if csv {
                Console.out(renderer.csv())
            } else if excelCsv {
                let sheet = SummaryWorkbook(summary: result.summary, language: l).sheets()[0]
                do {
                    FileHandle.standardOutput.write(Data(try ExcelCSV.bytes(sheet, seal: seal, language: l, encoding: csvEncoding ?? "utf-8")))
                } catch { throw UsageError("--csv-encoding \(csvEncoding ?? ""): utf-8, gb18030") }
            } else {
                Console.out(renderer.text())
                if let evidence = result.evidence { Console.out(renderer.explain(evidence)) }
                Console.out("")
                Console.out(seal.footer(l))
            }
        }
    }
}
