internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerService
internal import LedgerReports

struct ReplayCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("replay", .replayAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.replayProject, value: .vProject)) var project: String?
    @Option(help: Help.text(.replayFrom, value: .vSequence)) var from: UInt64 = 1
    @Option(help: Help.text(.replayTo, value: .vSequence)) var to: UInt64?
    @Option(help: Help.text(.replayUntil, value: .vDay)) var until: BusinessDate?
    @Option(help: Help.text(.replayKnownAt, value: .vTime)) var knownAt: RecordedTime?
    @Option(help: Help.text(.replayBatch, value: .vBatch)) var batch: UInt64?
    @Flag(help: Help.text(.jsonl)) var jsonl = false
    @Flag(help: Help.text(.replayVerify)) var verify = false

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let query = ReplayQuery(project: project, from: from, to: to, until: until, knownAtMs: knownAt?.ms, batch: batch, verify: verify)
            var table = TextTable(header: ReplayText.header(l), rightAligned: [0])
            let shown = try ledger.service.replay(query) { step in
                if jsonl {
                    Console.out(JSONText.render(ReplayText.jsonObject(step, l), pretty: false))
                } else {
                    table.add(ReplayText.row(step, l))
                }
            }
            if !jsonl {
                Console.out(table.render())
                Console.out(ReplayText.footer(count: shown, verified: verify, l))
            }
        }
    }
}
