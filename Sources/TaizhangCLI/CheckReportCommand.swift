internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerReports

/// `taizhang check-report FILE`: recompute every figure of a sealed HTML, JSON or xlsx file.
struct CheckReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("check-report", HelpReportsText.checkReportAbstract, .checkReportDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.checkReportFile, value: .vFile)) var file: String

    func run() throws {
        try Console.guarded {
            let language = output.language
            guard let data = FileManager.default.contents(atPath: file) else { throw UsageError(ReportText.fileUnreadable.text(language, ["file": file])) }
            let store = try ledger.service.store()
            let outcome = try ReportCheck.check(Array(data), path: file, store: store)
            let line = ReportCheck.message(outcome, file: file, language: language)
            if outcome == .ok { Console.out(line); return }
            Console.err("taizhang: " + line)
            throw ExitCode(Console.Status.verifyFailed.rawValue)
        }
    }
}
