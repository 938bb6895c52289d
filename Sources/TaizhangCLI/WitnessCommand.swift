internal import ArgumentParser
internal import Catalogue
internal import LedgerStore
internal import Transparency

struct WitnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "witness",
        abstract: ProvinceText.witnessAbstract.text(CLILanguage.current),
        subcommands: [WitnessCosignCommand.self])
}

struct WitnessCosignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cosign",
        abstract: "Check a signed checkpoint and its consistency proof; record it and print it cosigned.",
        discussion: """
        Checks the zone's signature (--zone-key), then that the checkpoint extends the last one this \
        witness cosigned for its origin (--proof: `taizhang prove --from OLD_SIZE:OLD_ROOT_HEX`; not \
        needed for the first checkpoint of an origin or the same one again). A checkpoint of the same \
        size with another root (a split view), a smaller one, or one the proof does not lead to is \
        refused (exit 4, one line) and the state is kept. Otherwise the checkpoint is appended to the \
        state (--state DIR, synced before anything is printed) and printed with the witness's \
        cosignature line (C2SP tlog-cosignature, Ed25519) added.
        """)

    @Argument(help: "The zone's signed checkpoint file; - reads standard input.") var checkpoint: String
    @Option(help: "The consistency proof from the last cosigned checkpoint (JSON from `taizhang prove --from`).") var proof: String?
    @Option(help: "The witness's signing key file (`taizhang keygen --witness`).") var key: String
    @Option(help: "The zone's verifier key (NAME+KEYHASH+BASE64, or a file holding it).") var zoneKey: String
    @Option(help: "The witness's state folder: what it cosigned, per origin, append-only.") var state: String
    @OptionGroup var output: OutputOptions

    func run() throws {
        try TransparencyCommands.guarded {
            let signed = try SignedCheckpoint(parsing: try TransparencyCommands.read(checkpoint))
            let witness = Witness(key: try TransparencyCommands.signer(key), state: try WitnessState(folder: state))
            let zone = try TransparencyCommands.verifier(zoneKey)
            let consistency = try proof.map(TransparencyCommands.proof)
            do {
                let cosigned = try witness.cosign(signed, zoneKey: zone, proof: consistency)
                Console.out(String(cosigned.note.rendered.dropLast()))
            } catch let e as WitnessRefusal {
                Console.err("taizhang: " + WitnessCosignCommand.phrase(e.reason).text(output.language, [
                    "origin": e.origin, "size": String(e.size), "old": String(e.old),
                ]))
                throw ExitCode(Console.Status.verifyFailed.rawValue)
            }
        }
    }
}

extension WitnessCosignCommand {
    static func phrase(_ reason: WitnessRefusal.Reason) -> ProvinceText {
        switch reason {
        case .badSignature: .witnessBadSignature
        case .splitView: .witnessSplitView
        case .notExtending: .witnessNotExtending
        case .needsProof: .witnessNeedsProof
        }
    }
}
