internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerStore
internal import LedgerReports

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Every event in order, with where it came from and what it changed.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this project's events.") var project: String?
    @Option(help: "First sequence number.") var from: UInt64 = 1
    @Option(help: "Last sequence number.") var to: UInt64?
    @Option(help: "Only events with a business date on or before this day.") var until: String?
    @Option(help: "Only events recorded at or before this time (ISO 8601 with offset, or a date).") var knownAt: String?
    @Option(help: "Only events of this batch.") var batch: UInt64?
    @Flag(help: "One JSON object per line, for programs.") var jsonl = false
    @Flag(help: "Recompute each event's hash and link as it goes; stop at the first mismatch.") var verify = false

    func run() throws {
        try Console.guarded {
            let store = try ledger.open(readOnly: true)
            var untilDate: BusinessDate?
            if let until {
                do { untilDate = try BusinessDate.parse(until) } catch let error as DateParseError { throw UsageError("--until \(until): \(error.message(output.language))") }
            }
            var knownAtMs: Int64?
            if let knownAt {
                guard let ms = Timestamp.parse(knownAt) else { throw UsageError("--known-at \(knownAt) is not an ISO 8601 time or a date") }
                knownAtMs = ms
            }
            let batches = Dictionary(uniqueKeysWithValues: try store.allBatches().map { ($0.id, $0) })
            let language = output.language
            var states: [String: ProjectState] = [:]
            var voided: Set<String> = []
            var history: [String: [(sequence: UInt64, event: Event)]] = [:]
            var table = TextTable(header: language.pick("序号|日期|事件|项目|金额|变化|来源", "seq|date|kind|project|amount|change|source").split(separator: "|").map(String.init), rightAligned: [0])
            var shown = 0
            let last = to ?? .max
            let projectEvents: [RecordedEvent]? = try project.map { try store.events(ofProject: $0) }
            let projectSequences: Set<UInt64>? = projectEvents.map { Set($0.map(\.sequence)) }
            let handle: (RecordedEvent) throws -> Bool = { r in
                if let knownAtMs, r.envelope.recordedAtMs > knownAtMs { return false }
                let e = r.event
                if let projectSequences, !projectSequences.contains(r.sequence) { return true }
                if let untilDate, e.date > untilDate { return true }
                // The change is computed over every event of the project seen so far.
                let before = states[e.project] ?? ProjectState(project: e.project)
                var after = before
                if e.kind == .void {
                    voided.insert(e.ref)
                    after = (try? ProjectState.fold(project: e.project, events: history[e.project] ?? [], voided: voided)) ?? before
                } else {
                    try? after.apply(e, sequence: r.sequence)
                    history[e.project, default: []].append((r.sequence, e))
                }
                states[e.project] = after
                if let batch, r.envelope.batch != batch { return true }
                let change = ReplayCommand.describe(before: before, after: after, event: e, language: language)
                let voidedBy = try store.voidingSequence(ofEvent: e.id)
                let b = batches[r.envelope.batch]
                if jsonl {
                    var object = ReplayCommand.jsonObject(r, change: change, voidedBy: voidedBy)
                    object["file"] = b?.fileName ?? ""
                    Console.out(JSONText.render(object, pretty: false))
                } else {
                    let source = "\(language.pick("批次", "batch")) \(r.envelope.batch) \(b?.fileName ?? "?"):\(r.envelope.sourceLine)"
                    let mark = voidedBy.map { language.pick(" [已被 \($0) 作废]", " [voided by \($0)]") } ?? ""
                    table.add([String(r.sequence), e.date.description, language.pick(e.kind.chinese, e.kind.name), e.project,
                               e.kind.carriesAmount ? language.pick(e.amount.chinese, e.amount.english) : "", change + mark, source])
                }
                shown += 1
                return true
            }
            if let projectEvents, !verify {
                // One project: its events through the index, not a scan of the whole log.
                for r in projectEvents where r.sequence >= from && r.sequence <= last {
                    if try !handle(r) { break }
                }
            } else {
                try store.forEachEvent(from: from, through: last, verifying: verify, handle)
            }
            if !jsonl {
                Console.out(table.render())
                Console.out(language.pick("共 \(shown) 个事件", "\(shown) events") + (verify ? language.pick(",哈希链校验通过", "; hash chain checked") : ""))
            }
        }
    }

    /// What an event changed in its project, in a few words.
    static func describe(before: ProjectState, after: ProjectState, event: Event, language: Language) -> String {
        let zh = language.isChinese
        var parts: [String] = []
        if event.kind == .void { parts.append(zh ? "作废 \(event.ref)" : "voids \(event.ref)") }
        if !before.isSigned && after.isSigned { parts.append(zh ? "签约 \(after.totalInvestment.chinese)" : "signed at \(after.totalInvestment.english)") }
        else if before.isSigned && !after.isSigned { parts.append(zh ? "撤销签约" : "signing undone") }
        else if before.status != after.status { parts.append("\(zh ? before.status.chinese : before.status.name) → \(zh ? after.status.chinese : after.status.name)") }
        if before.isSigned && before.totalInvestment != after.totalInvestment {
            parts.append(zh ? "总投资 \(before.totalInvestment.chinese) → \(after.totalInvestment.chinese)" : "total \(before.totalInvestment.english) → \(after.totalInvestment.english)")
        }
        if before.disbursed != after.disbursed {
            parts.append(zh ? "累计到位 \(after.disbursed.chinese)" : "disbursed to date \(after.disbursed.english)")
        }
        return parts.joined(separator: zh ? ";" : "; ")
    }

    static func jsonObject(_ r: RecordedEvent, change: String?, voidedBy: UInt64?) -> [String: Any] {
        JSONShapes.event(r, change: change, voidedBy: voidedBy)
    }
}
