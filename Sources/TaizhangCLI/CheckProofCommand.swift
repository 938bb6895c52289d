internal import Catalogue
internal import ArgumentParser
internal import LedgerService

struct CheckProofCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("check-proof", .checkProofAbstract, .checkProofDiscussion) }

    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.checkProofFile, value: .vFile)) var file: String
    @Option(help: Help.text(.checkProofDigest, value: .vTree)) var digest: KeptTree?
    @Option(help: ArgumentHelp(ProvinceText.checkProofCheckpointHelp.text(CLILanguage.current), valueName: ProvinceText.valueCheckpoint.text(CLILanguage.current))) var checkpoint: String?
    @Option(help: ArgumentHelp(ProvinceText.checkProofKeyHelp.text(CLILanguage.current), valueName: ProvinceText.valueKey.text(CLILanguage.current))) var key: String?

    func validate() throws {
        if (checkpoint == nil) != (key == nil) { throw ValidationError(ProvinceText.checkpointWithKey.text(CLILanguage.current)) }
        if checkpoint != nil && digest != nil { throw ValidationError(ProvinceText.digestOrCheckpoint.text(CLILanguage.current)) }
    }

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            var trusted = digest
            if let checkpoint, let key { trusted = try checkedCheckpoint(checkpoint, key: key) }
            let check = try LedgerService.checkProof(file: file, trusted: trusted)
            // Without a kept digest, a proof whose tree_size was edited still holds for the tree it names (RFC 9162 allows it).
            let line = check.message(l)
            Console.out(check.ok && trusted == nil ? line + (l.isChinese ? ";" : "; ") + ReliabilityText.proofUntied.phrase.text(l) : line)
            if !check.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }

    /// The tree of a signed checkpoint whose signature and origin hold; else its line, as the
    /// proof's own verdict is, on standard output, and exit 4.
    func checkedCheckpoint(_ file: String, key: String) throws -> KeptTree {
        let language = output.language
        do {
            let checked = try LedgerService.checkCheckpoint(file: file, key: key)
            Console.out(ProvinceText.proofAgainstCheckpoint.text(language, [
                "origin": checked.origin, "size": String(checked.tree.size), "key": checked.key,
            ]))
            return checked.tree
        } catch {
            let failure = Failure(error)
            guard failure.kind == .verifyFailed else { throw error }
            Console.out(failure.message(language))
            throw ExitCode(Console.Status.verifyFailed.rawValue)
        }
    }
}
