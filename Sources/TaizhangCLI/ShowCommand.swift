internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerStore
internal import LedgerReports

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "A project's current state, its milestones and every event.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The project id, e.g. GJ-2021-001.") var project: String
    @Flag(help: "Machine-readable output.") var json = false

    func run() throws {
        try Console.guarded {
            let store = try ledger.open(readOnly: true)
            let events = try store.events(ofProject: project)
            guard !events.isEmpty else { throw UsageError("no project \(project) in the ledger") }
            let state = try store.project(project) ?? ProjectState(project: project)
            let batches = Dictionary(uniqueKeysWithValues: try store.allBatches().map { ($0.id, $0) })
            let voids = try events.map { try store.voidingSequence(ofEvent: $0.event.id) }
            if json {
                Console.out(JSONText.render(JSONShapes.projectWithEvents(state, events: events, voidedBy: voids, batches: batches)))
                return
            }
            let l = output.language
            let zh = l.isChinese
            func money(_ m: Money) -> String { zh ? m.chinese : m.english }
            var lines: [String] = []
            // A project whose signing was voided has no state; its name is still on its events.
            let name = state.isSigned ? state.name : (events.first { $0.event.kind == .signed }?.event.name ?? "")
            lines.append("\(state.project)  \(name)")
            if !state.isSigned { lines.append(l.pick("(签约已作废)", "(its signing was voided)")) }
            var t = TextTable(header: ["", ""])
            t.add([l.pick("状态", "status"), state.isSigned ? (zh ? state.status.chinese : state.status.name) : l.pick("已作废", "void")])
            t.add([l.pick("组团", "group"), state.group])
            t.add([l.pick("产业链", "industry chain"), state.industry])
            t.add([l.pick("投资方", "investor"), state.investor])
            t.add([l.pick("签约投资", "investment signed"), money(state.signedAmount)])
            t.add([l.pick("总投资(含调整)", "total investment (revised)"), money(state.totalInvestment) + (state.revisionCount > 0 ? l.pick("(调整 \(state.revisionCount) 次)", " (\(state.revisionCount) revisions)") : "")])
            t.add([l.pick("累计到位资金", "disbursed to date"), money(state.disbursed)])
            for (zhName, enName, date) in [("签约", "signed", state.signedDate), ("开工", "construction started", state.startedDate),
                                           ("投产", "commissioned", state.commissionedDate), ("终止", "terminated", state.terminatedDate)] {
                if let date { t.add([l.pick(zhName, enName), date.description]) }
            }
            if let d = state.daysToStart { t.add([l.pick("签约至开工", "signing to start"), l.pick("\(d) 天", "\(d) days")]) }
            if let d = state.daysToCommission { t.add([l.pick("开工至投产", "start to commissioning"), l.pick("\(d) 天", "\(d) days")]) }
            if let d = state.daysSigningToCommission { t.add([l.pick("签约至投产", "signing to commissioning"), l.pick("\(d) 天", "\(d) days")]) }
            lines.append(t.render(header: false))
            lines.append("")
            var e = TextTable(header: l.pick("序号|日期|事件|金额|编号|来源|备注", "seq|date|kind|amount|id|source|note").split(separator: "|").map(String.init), rightAligned: [0])
            for (r, voidedBy) in zip(events, voids) {
                let ev = r.event
                let source = "\(l.pick("批次", "batch")) \(r.envelope.batch) \(batches[r.envelope.batch]?.fileName ?? "?"):\(r.envelope.sourceLine)"
                var note = ev.note
                if ev.kind == .void { note = l.pick("作废 \(ev.ref)", "voids \(ev.ref)") + (note.isEmpty ? "" : ": " + note) }
                if let v = voidedBy { note = l.pick("[已被 \(v) 作废] ", "[VOIDED by \(v)] ") + note }
                e.add([String(r.sequence), ev.date.description, zh ? ev.kind.chinese : ev.kind.name,
                       ev.kind.carriesAmount ? money(ev.amount) : "", ev.id, source, note])
            }
            lines.append(e.render())
            Console.out(lines.joined(separator: "\n"))
        }
    }
}

struct ProjectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects", abstract: "List projects, filtered and sorted, as a table, JSON or CSV.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this group (组团).") var group: String?
    @Option(help: "Only this industry chain.") var industry: String?
    @Option(help: "Only this status: signed, started, commissioned, terminated.") var status: String?
    @Option(help: "Only projects whose total investment is at least this (e.g. 20亿元).") var min: String?
    @Option(help: "Only projects signed in this period (2021Q1, 2021年一季度, 2021H1, 2021, 2021-03, …).") var signedIn: String?
    @Option(help: "Sort by id, amount, signed, name or disbursed.") var sort: String = "id"
    @Flag(help: "Largest first.") var descending = false
    @Flag(help: "Machine-readable output.") var json = false
    @Flag(help: "CSV for spreadsheets.") var csv = false

    func run() throws {
        try Console.guarded {
            var minimum: Money?
            if let min { do { minimum = try Money.parse(min) } catch let error as MoneyParseError { throw UsageError("--min \(min): \(error.message(output.language))") } }
            var wanted: ProjectStatus?
            if let status { guard let s = ProjectStatus(name: status) else { throw UsageError("--status \(status): expected signed, started, commissioned or terminated") }; wanted = s }
            let period = try signedIn.map { try Period.argument($0, output.language, option: "--signed-in") }
            let store = try ledger.open(readOnly: true)
            var list = try store.allProjects().filter { p in
                p.isSigned && (group == nil || p.group == group) && (industry == nil || p.industry == industry)
                    && (wanted == nil || p.status == wanted) && (minimum == nil || p.totalInvestment >= minimum!)
                    && (period == nil || p.signedDate.map { period!.contains($0) } == true)
            }
            switch sort {
            case "id": break
            case "amount": list.sort { ($0.totalInvestment, $1.project) < ($1.totalInvestment, $0.project) }
            case "signed": list.sort { ($0.signedDate!, $0.project) < ($1.signedDate!, $1.project) }
            case "name": list.sort { $0.name == $1.name ? $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            case "disbursed": list.sort { ($0.disbursed, $1.project) < ($1.disbursed, $0.project) }
            default: throw UsageError("--sort \(sort): expected id, amount, signed, name or disbursed")
            }
            if descending { list.reverse() }
            if json { Console.out(JSONText.render(list.map(ProjectsCommand.jsonObject))); return }
            if csv {
                Console.out(CSVText.line(["project", "name", "group", "industry", "investor", "status", "signed", "total_fen", "disbursed_fen", "started", "commissioned", "terminated"]))
                for p in list {
                    Console.out(CSVText.line([p.project, p.name, p.group, p.industry, p.investor, p.status.code, p.signedDate?.description ?? "",
                                              String(p.totalInvestment.fen), String(p.disbursed.fen), p.startedDate?.description ?? "",
                                              p.commissionedDate?.description ?? "", p.terminatedDate?.description ?? ""]))
                }
                return
            }
            let l = output.language
            var t = TextTable(header: l.pick("项目|名称|组团|产业链|状态|签约日期|总投资|累计到位", "project|name|group|industry|status|signed|total|disbursed").split(separator: "|").map(String.init), rightAligned: [6, 7])
            for p in list {
                t.add([p.project, p.name, p.group, p.industry, l.pick(p.status.chinese, p.status.name), p.signedDate?.description ?? "",
                       p.totalInvestment.published(chinese: l.isChinese), p.disbursed.published(chinese: l.isChinese)])
            }
            Console.out(t.render())
            let total = Money(fen: list.reduce(0) { $0 + $1.totalInvestment.fen })
            Console.out(l.pick("共 \(list.count) 个项目,总投资 \(total.publishedChinese)", "\(list.count) projects, \(total.publishedEnglish) in total"))
        }
    }

    static func jsonObject(_ p: ProjectState) -> [String: Any] { JSONShapes.project(p) }
}

struct BatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batches", abstract: "Every batch: file, SHA-256, rows, events, operator, recorded time.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "Machine-readable output.") var json = false

    func run() throws {
        try Console.guarded {
            let store = try ledger.open(readOnly: true)
            let batches = try store.allBatches()
            if json { Console.out(JSONText.render(batches.map(BatchesCommand.jsonObject))); return }
            let l = output.language
            var t = TextTable(header: l.pick("批次|文件|编码|行数|事件|重复|序号|记录时间|导入时间|操作员|SHA-256", "batch|file|encoding|rows|events|duplicates|sequences|recorded at|imported at|operator|SHA-256").split(separator: "|").map(String.init), rightAligned: [0, 3, 4, 5])
            for b in batches {
                let range = b.eventCount > 0 ? "\(b.firstSequence)–\(b.firstSequence + b.eventCount - 1)" : "—"
                t.add([String(b.id), b.fileName, b.encoding, String(b.rows), String(b.eventCount), String(b.duplicateCount), range,
                       Timestamp.iso(b.recordedAtMs) + (b.backdated ? l.pick("(补录)", " (backdated)") : ""), Timestamp.iso(b.importedAtMs),
                       b.operatorName, String(ChainHash.hex(b.fileSHA256).prefix(16)) + "…"])
            }
            Console.out(t.render())
        }
    }

    static func jsonObject(_ b: BatchRecord) -> [String: Any] { JSONShapes.batch(b) }
}
