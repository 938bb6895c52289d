internal import Catalogue
internal import ArgumentParser
internal import LedgerStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create an empty ledger and record the zone's name.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "The zone's name, printed by summaries (e.g. 赣江新区).") var zone: String = ""
    @Flag(help: "Make the ledger's files readable by the owner's group (default: owner only).") var groupReadable = false

    func run() throws {
        try Console.guarded {
            if LedgerStore.exists(at: ledger.path) {
                try reportExisting(output.language)
                return
            }
            try LedgerStore.create(at: ledger.path, zone: zone, groupReadable: groupReadable)
            Console.out(output.language.pick("已创建台账:\(ledger.path)", "created ledger: \(ledger.path)"))
        }
    }

    /// An existing ledger keeps its zone: `init` names one only where none was given, and
    /// refuses (exit 1) to rename a zone that has a name.
    private func reportExisting(_ language: Language) throws {
        let store = try ledger.open(readOnly: zone.isEmpty)
        let current = try store.zone()
        let path = ledger.path
        if zone.isEmpty || zone == current {
            Console.out(ReliabilityText.ledgerExists.phrase.text(language, pairs: [("path", path)]))
        } else if current.isEmpty {
            try store.setZone(zone)
            Console.out(ReliabilityText.initZoneSet.phrase.text(language, pairs: [("path", path), ("zone", zone)]))
        } else {
            Console.err("taizhang: " + ReliabilityText.initZoneDiffers.phrase.text(language, pairs: [("path", path), ("zone", current), ("requested", zone)]))
            throw ExitCode(Console.Status.error.rawValue)
        }
    }
}
