internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerReports

/// `taizhang pipeline`: a cohort's 开工率, 投产率, 资金到位率, 履约率, durations and late lights.
struct PipelineCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("pipeline", HelpReportsText.pipelineAbstract, .pipelineDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var figures: FigureOptions
    @Option(help: Help.text(.pipelineSignedIn, value: .vPeriod)) var signedIn: String?
    @Flag(help: Help.text(HelpReportsText.pipelineJSON)) var json = false
    @Flag(help: Help.text(HelpReportsText.pipelineCSV)) var csv = false
    @Option(help: Help.text(.pipelineXLSX, value: .vFile)) var xlsx: String?
    @OptionGroup var excel: ExcelCSVOptions

    func run() throws {
        try Console.guarded {
            let language = output.language
            var request = try figures.request(kind: "pipeline", period: signedIn ?? "", language: language, options: ["lang": language.rawValue])
            if request.period.isEmpty { request.period = String(request.today.year) }
            let span: Period
            do { span = try Period.parse(request.period) } catch let error as PeriodParseError { throw UsageError("--signed-in " + error.message(language)) }
            let store = try ledger.service.store()
            if let xlsx { try SealedOutputs.workbook(store, request, language: language).write(to: xlsx) }
            let basis = try LedgerFigures.basis(store, request)
            let renderer = PipelineRenderer(pipeline: LedgerFigures.pipeline(basis, from: span.first, through: span.last, rules: request.rules), language: language)
            if json {
                Console.out(JSONText.render(renderer.jsonObject(seal: basis.seal)))
            } else if excel.excelCsv {
                try excel.write(renderer.sheets().last!, seal: basis.seal, language: language)
            } else if csv {
                Console.out(renderer.csv())
                Console.err(basis.seal.companionLine)
            } else {
                Console.out(renderer.text(seal: basis.seal))
            }
        }
    }
}
