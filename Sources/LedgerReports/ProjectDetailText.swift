public import Catalogue
public import Ledger
public import LedgerService

/// One project (`show`): its state, milestones and every event, as text and JSON.
public enum ProjectDetailText {
    public static func jsonObject(_ d: ProjectDetail) -> [String: Any] {
        var object = ProjectText.jsonObject(d.state)
        object["events"] = d.events.map { ReplayText.jsonObject($0.record, voidedBy: $0.voidedBy, file: $0.file) }
        return object
    }

    public static func text(_ d: ProjectDetail, _ l: Language) -> String {
        let state = d.state
        var lines = ["\(state.project)  \(d.name)"]
        if !state.isSigned { lines.append(l.pick("(签约已作废)", "(its signing was voided)")) }
        lines.append(facts(state, l).render(header: false))
        lines.append("")
        var e = TextTable(header: l.pick("序号|日期|事件|金额|编号|来源|备注", "seq|date|kind|amount|id|source|note").split(separator: "|").map(String.init), rightAligned: [0])
        for listed in d.events {
            let ev = listed.record.event
            var note = ev.note
            if ev.kind == .void { note = l.pick("作废 \(ev.ref)", "voids \(ev.ref)") + (note.isEmpty ? "" : ": " + note) }
            if let v = listed.voidedBy { note = l.pick("[已被 \(v) 作废] ", "[VOIDED by \(v)] ") + note }
            e.add([String(listed.record.sequence), ev.date.description, l.pick(ev.kind.chinese, ev.kind.name),
                   ev.kind.carriesAmount ? MoneyText.text(ev.amount, l) : "", ev.id, ReplayText.source(listed, l), note])
        }
        lines.append(e.render())
        return lines.joined(separator: "\n")
    }

    /// The label–value list of the project's state.
    static func facts(_ state: ProjectState, _ l: Language) -> TextTable {
        var t = TextTable(header: ["", ""])
        t.add([l.pick("状态", "status"), state.isSigned ? l.pick(state.status.chinese, state.status.name) : l.pick("已作废", "void")])
        t.add([l.pick("组团", "group"), state.group])
        t.add([l.pick("产业链", "industry chain"), state.industry])
        t.add([l.pick("投资方", "investor"), state.investor])
        t.add([l.pick("签约投资", "investment signed"), MoneyText.text(state.signedAmount, l)])
        t.add([l.pick("总投资(含调整)", "total investment (revised)"), MoneyText.text(state.totalInvestment, l)
               + (state.revisionCount > 0 ? l.pick("(调整 \(state.revisionCount) 次)", " (\(state.revisionCount) revisions)") : "")])
        t.add([l.pick("累计到位资金", "disbursed to date"), MoneyText.text(state.disbursed, l)])
        for (zhName, enName, date) in [("签约", "signed", state.signedDate), ("开工", "construction started", state.startedDate),
                                       ("投产", "commissioned", state.commissionedDate), ("终止", "terminated", state.terminatedDate)] {
            if let date { t.add([l.pick(zhName, enName), date.description]) }
        }
        if let d = state.daysToStart { t.add([l.pick("签约至开工", "signing to start"), l.pick("\(d) 天", "\(d) days")]) }
        if let d = state.daysToCommission { t.add([l.pick("开工至投产", "start to commissioning"), l.pick("\(d) 天", "\(d) days")]) }
        if let d = state.daysSigningToCommission { t.add([l.pick("签约至投产", "signing to commissioning"), l.pick("\(d) 天", "\(d) days")]) }
        return t
    }
}
