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
                Console.out(language.pick("校验通过:\(report.eventsChecked) 个事件,哈希链、索引和投影均一致。",
                                          "verified: \(report.eventsChecked) events; chain, indexes and projections all match."))
                Console.out(language.pick("摘要 ", "digest ") + "\(report.head.sequence) \(ChainHash.hex(report.head.hash))")
            } else {
                for f in report.failures { Console.err(f) }
                if report.firstBadSequence > 0 {
                    Console.err(language.pick("校验失败:第一个错误在序号 \(report.firstBadSequence)", "verification FAILED: first bad sequence \(report.firstBadSequence)"))
                } else {
                    Console.err(language.pick("校验失败", "verification FAILED"))
                }
            }
            if !report.ok { throw ExitCode(Console.Status.verifyFailed.rawValue) }
        }
    }
}

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print the ledger's digest as one line: SEQ HASH RECORDED_AT TREE_HEAD (lowercase hex).",
        discussion: "TREE_HEAD is the RFC 6962 Merkle tree head over every event, read from the tree kept with the log (O(1)); a ledger that has not gained the tree yet streams the log, checking the chain on the way (exit 4 if it does not hold). `verify` checks both.")

    @OptionGroup var ledger: LedgerOptions
    @Flag(help: "Machine-readable: sequence, hash, recorded_at, tree_head.") var json = false

    func run() throws {
        try DigestText.checkingChain {
            let store = try ledger.open(readOnly: true)
            let digest = try store.storedDigest() ?? store.digest()
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
