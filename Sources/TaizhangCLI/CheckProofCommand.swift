internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import LedgerService
internal import LedgerStore
internal import Transparency

struct CheckProofCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("check-proof", .checkProofAbstract, .checkProofDiscussion) }

    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.checkProofFile, value: .vFile)) var file: String
    @Option(help: Help.text(.checkProofDigest, value: .vTree)) var digest: KeptTree?
    @Option(help: ArgumentHelp(ProvinceText.checkProofCheckpointHelp.text(CLILanguage.current), valueName: ProvinceText.valueCheckpointFile.text(CLILanguage.current))) var checkpoint: String?
    @Option(help: ArgumentHelp(ProvinceText.checkProofKeyHelp.text(CLILanguage.current), valueName: ProvinceText.valueVerifierKey.text(CLILanguage.current))) var key: String?

    func validate() throws {
        if (checkpoint == nil) != (key == nil) { throw ValidationError("--checkpoint and --key go together") }
        if checkpoint != nil && digest != nil { throw ValidationError("give --digest or --checkpoint, not both") }
    }

    func run() throws {
        let l = output.language
        try TransparencyCommands.guarded {
            var trusted = digest
            if let checkpoint, let key { trusted = try checkedCheckpoint(checkpoint, key: key) }
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let d = FileManager.default.contents(atPath: file) else { throw RequestFailure(CLIText.fileUnreadable.text(l, ["file": file])) }
                data = d
            }
            let check = try LedgerService.checkProof(Array(data), file: file, trusted: trusted)
            // Without a kept digest, a proof whose tree_size was edited still holds for the tree it names (RFC 9162 allows it).
            Console.out(check.ok && trusted == nil ? check.message + "; " + ReliabilityText.proofUntied.phrase.text(.en) : check.message)
            if !check.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }

    /// The tree of a signed checkpoint whose signature and origin hold; exit 4 otherwise.
    func checkedCheckpoint(_ file: String, key: String) throws -> KeptTree {
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
        return KeptTree(size: signed.checkpoint.size, treeHead: signed.checkpoint.rootHash)
    }
}
