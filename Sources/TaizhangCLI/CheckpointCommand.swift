internal import ArgumentParser
internal import Catalogue

struct CheckpointCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        Help.command("checkpoint", ProvinceText.checkpointAbstract, HelpProvinceText.checkpointDiscussion)
    }

    @OptionGroup var ledger: LedgerOptions
    @Option(help: Help.text(.checkpointSign, value: .vKeyFile)) var sign: String?
    @Option(help: Help.text(.checkpointKnownAt, value: .vTime)) var knownAt: RecordedTime?
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Console.guarded(output.language) {
            Console.out(try ledger.service.checkpointNote(knownAtMs: knownAt?.ms, signingKeyFile: sign))
        }
    }
}
