internal import ArgumentParser
internal import Catalogue

struct PublishCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("publish", ProvinceText.publishAbstract, HelpProvinceText.publishDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @Option(help: Help.text(.postgresURL, value: .vURL)) var postgres: String
    @Option(help: Help.text(.publishSign, value: .vKeyFile)) var sign: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = output.language
        try Console.guarded(language) {
            let outcome = try ledger.service.publish(to: postgres, signingKeyFile: sign)
            if outcome.published == 0 {
                Console.out(ProvinceText.publishNothingNew.text(language, ["origin": outcome.origin, "size": String(outcome.heldAfter)]))
            } else {
                Console.out(ProvinceText.publishDone.text(language, [
                    "origin": outcome.origin, "count": String(outcome.published),
                    "first": String(outcome.heldBefore + 1), "last": String(outcome.heldAfter),
                ]))
            }
        }
    }
}
