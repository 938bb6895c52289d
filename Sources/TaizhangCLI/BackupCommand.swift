internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("backup", .backupAbstract, .backupDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.backupDestination, value: .vFolder)) var destination: String
    @Flag(help: Help.text(.json)) var json = false

    func run() throws {
        let l = output.language
        try Console.guarded(l, chainChecked: true) {
            let result = try ledger.service.backup(to: destination)
            if json {
                Console.out(JSONText.render(AuditText.backupJSON(result, destination: destination)))
            } else if let d = result.digest {
                AuditText.backedUp(d, destination: destination, l).forEach(Console.out)
            } else {
                AuditText.backupFailed(result, destination: destination, l).forEach(Console.err)
            }
            if !result.report.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }
}
