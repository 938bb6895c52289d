internal import Catalogue
internal import ArgumentParser
internal import LedgerStore
internal import LedgerReports

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the ledger into a new or empty folder (LMDB's compacting copy), then verify the copy.",
        discussion: """
        Safe while imports run: the copy is one consistent snapshot, holding every batch \
        committed before it began. Prints the copy's digest; exit 4 if the copy does not verify.
        """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The folder to copy into: new, or empty.") var destination: String
    @Flag(help: "A machine-readable report.") var json = false

    func run() throws {
        try DigestText.checkingChain {
            let store = try ledger.open(readOnly: true)
            let result = try store.backup(to: destination)
            let language = output.language
            if json {
                var o: [String: Any] = ["destination": destination, "ok": result.report.ok, "failures": result.report.failures]
                if let d = result.digest { o["digest"] = DigestText.json(d) }
                Console.out(JSONText.render(o))
            } else if let d = result.digest {
                Console.out(language.pick("已备份到 \(destination):\(d.sequence) 个事件,副本校验通过。",
                                          "backed up to \(destination): \(d.sequence) events; the copy verifies."))
                Console.out(language.pick("摘要 ", "digest ") + DigestText.line(d))
            } else {
                // One line, as verify: where the copy is, and its first failure.
                Console.err(language.pick("备份副本校验失败:\(destination);", "the backup at \(destination) does NOT verify; ")
                            + VerifyCommand.failureLine(result.report, language))
            }
            if !result.report.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }
}
