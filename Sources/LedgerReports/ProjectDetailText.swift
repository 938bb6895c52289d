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
        var lines = ["\(d.state.project)  \(d.name)"]
        if !d.state.isSigned { lines.append(RenderText.signingVoided.text(l)) }
        lines.append(facts(d.state, l).render(header: false))
        lines.append("")
        let header: [RenderText] = [.colSequence, .colDate, .colKind, .colAmount, .colId, .colSource, .colNote]
        var e = TextTable(header: header.map { $0.text(l) }, rightAligned: [0])
        for listed in d.events {
            let ev = listed.record.event
            let note = note(listed, l)
            e.add([String(listed.record.sequence), ev.date.description, KindText.kind(ev.kind, l),
                   ev.kind.carriesAmount ? MoneyText.text(ev.amount, l) : "", ev.id, ReplayText.source(listed, l), note])
        }
        lines.append(e.render())
        return lines.joined(separator: "\n")
    }

    /// The label–value list of the project's state.
    /// An event's note as `show` and the project page give it: what a void undoes, what an
    /// update changed, and whether a later void undid this one.
    public static func note(_ listed: ListedEvent, _ l: Language) -> String {
        let ev = listed.record.event
        var note = ev.note
        if ev.kind == .void { note = (note.isEmpty ? RenderText.voids : .voidsWithNote).text(l, ["ref": ev.ref, "note": note]) }
        let changes = AttributeText.changes(ev, l)
        if !changes.isEmpty { note = note.isEmpty ? changes : changes + RenderText.listSeparator.text(l) + note }
        if let v = listed.voidedBy { note = RenderText.voidedMarkShow.text(l, ["sequence": String(v)]) + note }
        return note
    }

    static func facts(_ state: ProjectState, _ l: Language) -> TextTable {
        var t = TextTable(header: ["", ""])
        func add(_ label: RenderText, _ value: String) { t.add([label.text(l), value]) }
        add(.factStatus, state.isSigned ? KindText.status(state.status, l) : RenderText.statusVoid.text(l))
        add(.factGroup, state.group)
        add(.factIndustry, state.industry)
        add(.factInvestor, state.investor)
        for a in state.attributes { t.add([AttributeWords.label(a.key, l), a.value]) }
        add(.factSigned, MoneyText.text(state.signedAmount, l))
        let revisions = state.revisionCount > 0 ? RenderText.factRevisions.text(l, ["count": String(state.revisionCount)]) : ""
        add(.factTotal, MoneyText.text(state.totalInvestment, l) + revisions)
        add(.factDisbursed, MoneyText.text(state.disbursed, l))
        let milestones: [(RenderText, BusinessDate?)] = [(.milestoneSigned, state.signedDate), (.milestoneStarted, state.startedDate),
                                                         (.milestoneCommissioned, state.commissionedDate), (.milestoneTerminated, state.terminatedDate)]
        for (label, date) in milestones { if let date { add(label, date.description) } }
        let spans: [(RenderText, Int?)] = [(.daysSigningToStart, state.daysToStart), (.daysStartToCommissioning, state.daysToCommission),
                                           (.daysSigningToCommissioning, state.daysSigningToCommission)]
        for (label, days) in spans { if let days { add(label, RenderText.days.text(l, ["count": String(days)])) } }
        return t
    }
}
