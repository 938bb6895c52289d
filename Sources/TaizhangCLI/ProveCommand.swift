internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct ProveCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("prove", .proveAbstract, .proveDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.proveEvent, value: .vEvent)) var event: String?
    @Option(help: Help.text(.proveDigest, value: .vSequence)) var digest: UInt64?
    @Option(help: Help.text(.proveFrom, value: .vTree)) var from: KeptTree?
    @Flag(help: ArgumentHelp(ProvinceText.proveVerifyHelp.text(CLILanguage.current))) var verify = false

    func validate() throws {
        if (event == nil) == (from == nil) { throw ValidationError(CLIText.proveNeedsOne.text(CLILanguage.current)) }
    }

    func run() throws {
        try Console.guarded(output.language, chainChecked: true) {
            let request: ProofRequest = if let from { .consistency(from: from) } else { .inclusion(event: event!) }
            let proof = try ledger.service.prove(request, digestAt: digest, verifyFirst: verify)
            Console.out(JSONText.render(proof.jsonObject))
        }
    }
}
