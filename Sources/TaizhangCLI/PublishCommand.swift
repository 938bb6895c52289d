internal import ArgumentParser
internal import Catalogue
internal import LedgerStore
internal import LedgerProvince
internal import Transparency

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: ProvinceText.publishAbstract.text(CLILanguage.current),
        discussion: """
        Sends the events after the last sequence the province holds for the ledger's origin, with \
        their envelopes, and the checkpoint (signed with --sign). Inside the one transaction the \
        province's last event must be this ledger's (else: refused, exit 4, naming the first \
        sequence that differs) and the checkpoint must extend the last stored one. Publishing \
        again is a no-op. Nothing is written unless everything is.
        """)

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "The province's database, postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.") var postgres: String
    @Option(help: "The zone's signing key: the checkpoint is signed, and its verifier key registered.") var sign: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        try ProvinceCommands.guarded(output.language) {
            let store = try ledger.open(readOnly: true)
            let signer = try sign.map(TransparencyCommands.signer)
            let checkpoint = try CheckpointCommand.checkpoint(of: store, knownAt: nil)
            let note = try signer.map { try SignedCheckpoint(checkpoint, signer: $0).note.rendered } ?? checkpoint.text
            let zone = try store.zone()
            let url = postgres
            let outcome = try Blocking.run {
                let database = try await ProvinceDatabase.connect(url)
                do {
                    let outcome = try await ProvincePublisher(database: database, store: store)
                        .publish(zone: zone, checkpoint: checkpoint, note: note, vkey: signer?.verifier.vkey)
                    await database.close()
                    return outcome
                } catch {
                    await database.close()
                    throw error
                }
            }
            let language = output.language
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
