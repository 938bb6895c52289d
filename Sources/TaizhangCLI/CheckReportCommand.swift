internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerReports

/// `taizhang check-report FILE`: recompute every figure of a sealed HTML, JSON or xlsx file.
struct CheckReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-report",
        abstract: "Check a sealed report (HTML, JSON or xlsx) against the ledger: 'report OK', or the first figure that differs (exit 4).",
        discussion: "Reads the file's seal, checks that the ledger's log extends its tree head (else exit 4, history was rewritten), "
            + "and recomputes every figure over that prefix under the rule set the file carries.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The file: report HTML, JSON output, or xlsx workbook.") var file: String

    func run() throws {
        try Console.guarded {
            let language = output.language
            guard let data = FileManager.default.contents(atPath: file) else { throw UsageError(ReportText.fileUnreadable.text(language, ["file": file])) }
            let store = try ledger.open(readOnly: true)
            let outcome = try ReportCheck.check(Array(data), path: file, store: store)
            let line = ReportCheck.message(outcome, file: file, language: language)
            if outcome == .ok { Console.out(line); return }
            Console.err("taizhang: " + line)
            throw ExitCode(Console.Status.verifyFailed.rawValue)
        }
    }
}
