internal import Catalogue
internal import ArgumentParser
internal import LedgerStore
internal import Ledger
internal import Transparency

struct CheckpointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: ProvinceText.checkpointAbstract.text(CLILanguage.current),
        discussion: """
        With --sign KEYFILE (from `taizhang keygen`) it is a signed note others check with the \
        verifier key; without, the checkpoint text alone. --known-at T gives the checkpoint of the \
        prefix of the log recorded at or before T. The origin is the one set by `init --origin`, \
        else taizhang/ and the zone's name.
        """)

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "The signing key file to sign the checkpoint with.") var sign: String?
    @Option(help: "The checkpoint of what the ledger knew at this recorded time (ISO 8601 with offset, or a date).") var knownAt: String?

    func run() throws {
        try TransparencyCommands.guarded {
            let store = try ledger.open(readOnly: true)
            let signer = try sign.map(TransparencyCommands.signer)
            let checkpoint = try CheckpointCommand.checkpoint(of: store, knownAt: knownAt)
            if let signer {
                Console.out(String(try SignedCheckpoint(checkpoint, signer: signer).note.rendered.dropLast()))
            } else {
                Console.out(String(checkpoint.text.dropLast()))
            }
        }
    }

    /// The checkpoint of the whole log, or of the prefix recorded by `knownAt`.
    static func checkpoint(of store: LedgerStore, knownAt: String?) throws -> Checkpoint {
        var sequence: UInt64?
        if let knownAt {
            guard let ms = Timestamp.parse(knownAt) else { throw UsageError("--known-at \(knownAt) is not an ISO 8601 time or a date") }
            sequence = try store.lastSequence(recordedAtOrBefore: ms)
        }
        let digest = try store.storedDigest(at: sequence) ?? store.digest(at: sequence)
        return Checkpoint(origin: try TransparencyCommands.origin(of: store), size: digest.sequence, rootHash: digest.treeHead)
    }
}

