internal import ArgumentParser
internal import Catalogue
internal import LedgerService

struct WitnessCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "witness", abstract: ProvinceText.witnessAbstract.text(CLILanguage.current),
                             subcommands: [WitnessCosignCommand.self])
    }
}

struct WitnessCosignCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        Help.command("cosign", HelpProvinceText.witnessCosignAbstract, HelpProvinceText.witnessCosignDiscussion)
    }

    @Argument(help: Help.text(.witnessCheckpoint, value: .vCheckpointFile)) var checkpoint: String
    @Option(help: Help.text(.witnessProof, value: .vProofFile)) var proof: String?
    @Option(help: Help.text(.witnessKey, value: .vKeyFile)) var key: String
    @Option(help: Help.text(.witnessZoneKey, value: .vVerifierKey)) var zoneKey: String
    @Option(help: Help.text(.witnessState, value: .vStateFolder)) var state: String
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Console.guarded(output.language) {
            Console.out(try LedgerService.cosign(checkpointFile: checkpoint, proofFile: proof, witnessKeyFile: key,
                                                 zoneKey: zoneKey, stateFolder: state))
        }
    }
}
