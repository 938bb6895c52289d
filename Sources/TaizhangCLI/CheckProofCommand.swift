internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerStore

struct CheckProofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-proof",
        abstract: "Check a proof file from `taizhang prove` offline, without the ledger.",
        discussion: """
        Prints one line: `proof OK: …` (exit 0) or `proof FAILED: …` (exit 4). A file that cannot \
        be read or is not JSON is bad input (exit 2). With --digest SEQ:TREE_HEAD, the tree head \
        the proof is about must also be the one you kept.
        """)

    @Argument(help: "The proof file (JSON); - reads standard input.") var file: String
    @Option(help: "A digest you kept, SEQ:TREE_HEAD: the proof must be about that tree.") var digest: String?

    func run() throws {
        try Console.guarded {
            let trusted = try digest.map(ProveCommand.parseTree)
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
                // Without a kept digest, a proof whose tree_size was edited still holds for the tree it names (RFC 9162 allows it).
                Console.out(trusted == nil ? check.message + "; " + ReliabilityText.proofUntied.phrase.text(.en) : check.message)
            } else {
                Console.out(check.message)
                throw ExitCode(Console.Status.verifyFailed.rawValue)
            }
        }
    }
}
