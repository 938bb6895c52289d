internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct BatchesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("batches", .batchesAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: Help.text(.json)) var json = false

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let batches = try ledger.service.batches()
            Console.out(json ? JSONText.render(batches.map(BatchTable.jsonObject)) : BatchTable.table(batches, l))
        }
    }
}
