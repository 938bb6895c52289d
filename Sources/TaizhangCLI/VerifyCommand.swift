internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerStore
internal import LedgerReports

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the hash chain, check every index and projection; print the digest.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "Machine-readable result.") var json = false

    func run() throws {
        try Console.guarded {
            let store = try ledger.open(readOnly: true)
            let report = try store.verify()
            let language = output.language
            if json {
                Console.out(JSONText.render([
                    "ok": report.ok, "events": report.eventsChecked,
                    "head": ["sequence": report.head.sequence, "hash": ChainHash.hex(report.head.hash)],
                    "first_bad_sequence": report.firstBadSequence, "failures": report.failures,
                ] as [String: Any]))
            } else if report.ok {
                Console.out(VerifyText.verified.phrase.text(language, pairs: [("events", "\(report.eventsChecked)")]))
                Console.out(VerifyText.digestLine.phrase.text(language, pairs: [("digest", "\(report.head.sequence) \(ChainHash.hex(report.head.hash))")]))
            } else {
                Console.err(Self.failureLine(report, language))
            }
            if !report.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }

    /// The first failure (the root cause of what else disagrees) as the one line a failed verify prints.
    static func failureLine(_ report: VerifyReport, _ language: Language) -> String {
        let first = report.findings.first?.line(language) ?? ""
        let more = report.findings.count - 1
        return more > 0
            ? VerifyText.failedMore.phrase.text(language, pairs: [("failure", first), ("count", "\(more)")])
            : VerifyText.failedOne.phrase.text(language, pairs: [("failure", first)])
    }
}

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print the ledger's digest as one line: SEQ HASH RECORDED_AT TREE_HEAD (lowercase hex).",
        discussion: "TREE_HEAD is the RFC 6962 Merkle tree head over every event; the chain is checked on the way (exit 4 if it does not hold).")

    @OptionGroup var ledger: LedgerOptions
    @Flag(help: "Machine-readable: sequence, hash, recorded_at, tree_head.") var json = false

    func run() throws {
        try DigestText.checkingChain {
            let digest = try ledger.open(readOnly: true).digest()
            Console.out(json ? JSONText.render(DigestText.json(digest)) : DigestText.line(digest))
        }
    }
}

struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Recompute every projection from the log alone; say whether they were equal.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Console.guarded {
            let store = try ledger.open(readOnly: false)
            let result = try store.rebuild()
            let language = output.language
            Console.out(result.equal
                ? language.pick("已从 \(result.events) 个事件重建 \(result.projects) 个项目的投影:与原投影一致。",
                                "rebuilt the projections of \(result.projects) projects from \(result.events) events: equal to the stored ones.")
                : language.pick("已从 \(result.events) 个事件重建 \(result.projects) 个项目的投影:原投影与日志不一致,已更正。",
                                "rebuilt the projections of \(result.projects) projects from \(result.events) events: the stored ones DIFFERED and were replaced."))
        }
    }
}
