internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("verify", .verifyAbstract) }

    @OptionGroup var options: ReadOptions

    func run() throws {
        try options.guarded { service, l in
            let report = try service.verify()
            if options.json {
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
