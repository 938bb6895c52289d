internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import LedgerService

struct CheckProofCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("check-proof", .checkProofAbstract, .checkProofDiscussion) }

    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.checkProofFile, value: .vFile)) var file: String
    @Option(help: Help.text(.checkProofDigest, value: .vTree)) var digest: KeptTree?

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let d = FileManager.default.contents(atPath: file) else { throw RequestFailure(CLIText.fileUnreadable.text(l, ["file": file])) }
                data = d
            }
            let check = try LedgerService.checkProof(Array(data), file: file, trusted: digest)
            // Without a kept digest, a proof whose tree_size was edited still holds for the tree it names (RFC 9162 allows it).
            Console.out(check.ok && digest == nil ? check.message + "; " + ReliabilityText.proofUntied.phrase.text(.en) : check.message)
            if !check.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }
}
