internal import Catalogue
internal import ArgumentParser
internal import LedgerService

struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("init", .initAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.initZone, value: .vZone)) var zone: String = ""
    @Flag(help: Help.text(.initGroupReadable)) var groupReadable = false
    @Option(help: ArgumentHelp(ProvinceText.initOriginHelp.text(CLILanguage.current), valueName: ProvinceText.valueOrigin.text(CLILanguage.current))) var origin: String?

    func validate() throws {
        if let origin, origin.isEmpty || origin.unicodeScalars.contains(where: { $0 == "+" || $0.properties.isWhitespace }) {
            throw ValidationError(ProvinceText.originInvalid.text(CLILanguage.current))
        }
    }

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let path = ledger.path
            let created = try ledger.service.create(zone: zone, groupReadable: groupReadable)
            if let origin { try ledger.service.store(readOnly: false).setOrigin(origin) }
            switch created {
            case .created: Console.out(CLIText.ledgerCreated.text(l, ["path": path]))
            case .existed(zoneSet: true): Console.out(ReliabilityText.initZoneSet.phrase.text(l, pairs: [("path", path), ("zone", zone)]))
            case .existed(zoneSet: false): Console.out(ReliabilityText.ledgerExists.phrase.text(l, pairs: [("path", path)]))
            }
        }
    }
}
