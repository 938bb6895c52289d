internal import ArgumentParser
internal import Foundation
internal import LedgerStore
internal import Catalogue
internal import Transparency

struct CheckProofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-proof",
        abstract: "Check a proof file from `taizhang prove` offline, without the ledger.",
        discussion: """
        Prints one line: `proof OK: …` (exit 0) or `proof FAILED: …` (exit 4). A file that cannot \
        be read or is not JSON is bad input (exit 2). With --digest SEQ:TREE_HEAD, the tree head \
        the proof is about must also be the one you kept. With --checkpoint FILE --key VKEY, the \
        proof must be about the tree of a signed checkpoint (C2SP tlog-checkpoint): its signature \
        by that key, its origin (the key's name), its size and root hash are all checked.
        """)

    @Argument(help: "The proof file (JSON); - reads standard input.") var file: String
    @Option(help: "A digest you kept, SEQ:TREE_HEAD: the proof must be about that tree.") var digest: String?
    @Option(help: "A signed checkpoint file: the proof must be about its tree.") var checkpoint: String?
    @Option(help: "The zone's verifier key (NAME+KEYHASH+BASE64, or a file holding it), for --checkpoint.") var key: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if (checkpoint == nil) != (key == nil) { throw ValidationError("--checkpoint and --key go together") }
        if checkpoint != nil && digest != nil { throw ValidationError("give --digest or --checkpoint, not both") }
    }

    func run() throws {
        try TransparencyCommands.guarded {
            var trusted = try digest.map(ProveCommand.parseTree)
            if let checkpoint, let key {
                trusted = try checkedCheckpoint(checkpoint, key: key)
            }
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let d = FileManager.default.contents(atPath: file) else { throw UsageError("\(file): no such file, or it cannot be read") }
                data = d
            }
            guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw UsageError("\(file) is not a JSON object: not a proof file")
            }
            let check: ProofCheck
            do {
                check = try AuditProof(jsonObject: object).check(trusted: trusted)
            } catch {
                check = ProofCheck(ok: false, message: "proof FAILED: \(error)")
            }
            if check.ok {
                Console.out(check.message)
            } else {
                Console.out(check.message)
                throw ExitCode(Console.Status.verifyFailed.rawValue)
            }
        }
    }

    /// The tree of a signed checkpoint whose signature and origin hold; exit 4 otherwise.
    func checkedCheckpoint(_ file: String, key: String) throws -> (size: UInt64, treeHead: MerkleHash) {
        let verifier = try TransparencyCommands.verifier(key)
        let signed = try SignedCheckpoint(parsing: try TransparencyCommands.read(file))
        let language = output.language
        do {
            try signed.verify(verifier)
        } catch let e as TransparencyError where e.code == .badSignature {
            Console.out(ProvinceText.checkpointBadSignature.text(language, ["detail": e.message]))
            throw ExitCode(Console.Status.verifyFailed.rawValue)
        }
        guard signed.checkpoint.origin == verifier.name else {
            Console.out(ProvinceText.checkpointOriginIsNotKey.text(language, ["origin": signed.checkpoint.origin, "key": verifier.name]))
            throw ExitCode(Console.Status.verifyFailed.rawValue)
        }
        Console.out(ProvinceText.proofAgainstCheckpoint.text(language, [
            "origin": signed.checkpoint.origin, "size": String(signed.checkpoint.size), "key": verifier.vkey,
        ]))
        return (signed.checkpoint.size, signed.checkpoint.rootHash)
    }
}
