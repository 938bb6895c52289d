internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct BatchesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("batches", .batchesAbstract) }

    @OptionGroup var options: ReadOptions

    func run() throws {
        try options.guarded { service, l in
            let batches = try service.batches()
            Console.out(options.json ? JSONText.render(batches.map(BatchTable.jsonObject)) : BatchTable.table(batches, l))
        }
    }
}
