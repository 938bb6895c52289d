internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import Ledger
internal import LedgerReports

/// `taizhang report PERIOD --html FILE`: the period's report, self-contained, sealed.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A quarter's report as one self-contained HTML page (charts, ratios, alerts, seal), and as xlsx or JSON.",
        discussion: "Without --html, --xlsx or --json the page goes to standard output.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var figures: FigureOptions
    @Argument(help: "The period: 2021Q1, 2021H1, 2021, 2021-03, 2021年一季度.") var period: String
    @Option(help: "Write the HTML page here.") var html: String?
    @Option(help: "Write an xlsx workbook here.") var xlsx: String?
    @Flag(help: "Print the report's figures as JSON (schema taizhang.report/1).") var json = false

    func run() throws {
        try Console.guarded {
            let language = output.language
            do { _ = try Period.parse(period) } catch { throw UsageError("\(period): \(error)") }
            let request = try figures.request(kind: "report", period: period, language: language, options: ["lang": language.rawValue])
            let store = try ledger.open(readOnly: true)
            if let xlsx {
                try SealedOutputs.workbook(store, request, language: language).write(to: xlsx)
                Console.err(ReportText.wrote.text(language, ["file": xlsx]))
            }
            if json { Console.out(JSONText.render(try SealedOutputs.json(store, request, language: language))) }
            if let html {
                try Data(try SealedOutputs.html(store, request, language: language).utf8).write(to: URL(fileURLWithPath: html), options: .atomic)
                Console.err(ReportText.wrote.text(language, ["file": html]))
            } else if xlsx == nil && !json {
                Console.out(try SealedOutputs.html(store, request, language: language))
            }
        }
    }
}
