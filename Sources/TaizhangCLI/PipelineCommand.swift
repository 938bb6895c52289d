internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerReports

/// `taizhang pipeline`: a cohort's 开工率, 投产率, 资金到位率, 履约率, durations and late lights.
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "A cohort's start, commissioning, funds and fulfilment rates, durations and red/yellow alerts.",
        discussion: "The cohort is the projects signed in --signed-in (a quarter or a year; default this year) at or above the "
            + "rule set's threshold. Alerts are read on --as-of (else the day of --as-known-at, else today).")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var figures: FigureOptions
    @Option(help: "The signing period of the cohort: 2021 or 2021Q1 (default: the current year).") var signedIn: String?
    @Flag(help: "Machine-readable output (schema taizhang.pipeline/1).") var json = false
    @Flag(help: "The cohort's projects as CSV for scripts.") var csv = false
    @Option(help: "Also write an xlsx workbook here.") var xlsx: String?

    func run() throws {
        try Console.guarded {
            let language = output.language
            var request = try figures.request(kind: "pipeline", period: signedIn ?? "", language: language, options: ["lang": language.rawValue])
            if request.period.isEmpty { request.period = String(request.today.year) }
            let span: Period
            do { span = try Period.parse(request.period) } catch { throw UsageError("--signed-in \(request.period): \(error)") }
            let store = try ledger.open(readOnly: true)
            if let xlsx { try SealedOutputs.workbook(store, request, language: language).write(to: xlsx) }
            let basis = try LedgerFigures.basis(store, request)
            let renderer = PipelineRenderer(pipeline: LedgerFigures.pipeline(basis, from: span.first, through: span.last, rules: request.rules), language: language)
            if json {
                Console.out(JSONText.render(renderer.jsonObject(seal: basis.seal)))
            } else if csv {
                Console.out(renderer.csv())
            } else {
                Console.out(renderer.text(seal: basis.seal))
            }
        }
    }
}
