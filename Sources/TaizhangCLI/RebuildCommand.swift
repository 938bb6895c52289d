internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct RebuildCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("rebuild", .rebuildAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let l = output.language
        try Console.guarded(l) { Console.out(AuditText.rebuilt(try ledger.service.rebuild(), l)) }
    }
}
