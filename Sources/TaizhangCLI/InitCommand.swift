internal import Catalogue
internal import ArgumentParser
internal import LedgerService

struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("init", .initAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.initZone, value: .vZone)) var zone: String = ""
    @Flag(help: Help.text(.initGroupReadable)) var groupReadable = false

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let path = ledger.path
            switch try ledger.service.create(zone: zone, groupReadable: groupReadable) {
            case .created: Console.out(CLIText.ledgerCreated.text(l, ["path": path]))
            case .existed(zoneSet: true): Console.out(ReliabilityText.initZoneSet.phrase.text(l, pairs: [("path", path), ("zone", zone)]))
            case .existed(zoneSet: false): Console.out(ReliabilityText.ledgerExists.phrase.text(l, pairs: [("path", path)]))
            }
        }
    }
}
