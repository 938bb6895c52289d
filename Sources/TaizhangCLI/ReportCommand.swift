internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import Ledger
internal import LedgerReports

/// `taizhang report PERIOD --html FILE`: the period's report, self-contained, sealed.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("report", HelpReportsText.reportAbstract, .reportDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var figures: FigureOptions
    @Argument(help: Help.text(.reportPeriod, value: .vPeriod)) var period: String
    @Option(help: Help.text(.reportHTML, value: .vFile)) var html: String?
    @Option(help: Help.text(.reportXLSX, value: .vFile)) var xlsx: String?
    @Flag(help: Help.text(HelpReportsText.reportJSON)) var json = false

    func run() throws {
        try Console.guarded {
            let language = output.language
            do { _ = try Period.parse(period) } catch let error as PeriodParseError { throw UsageError(error.message(language)) }
            let request = try figures.request(kind: "report", period: period, language: language, options: ["lang": language.rawValue])
            let store = try ledger.service.store()
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
