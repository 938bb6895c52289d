internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("verify", .verifyAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: Help.text(.json)) var json = false

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let report = try ledger.service.verify()
            if json {
                Console.out(JSONText.render(AuditText.verifyJSON(report)))
            } else if report.ok {
                AuditText.verified(report, l).forEach(Console.out)
            } else {
                AuditText.failed(report, l).forEach(Console.err)
            }
            if !report.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }
}
