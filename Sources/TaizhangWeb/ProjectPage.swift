internal import Catalogue
internal import Ledger
internal import LedgerService
internal import LedgerStore
internal import LedgerReports

/// `/projects/ID`: the state, its attributes and milestones, and every event with its batch, file and line.
struct ProjectPage {
    let detail: ProjectDetail
    let language: Language
    let mayVoid: Bool
    var l: Language { language }

    func money(_ m: Money) -> String { l.isChinese ? m.chinese : m.english }

    func body() -> HTML {
        let s = detail.state
        var rows: [[HTML]] = [
            ["\(WebText.columnStatus.text(l))", "\(s.isSigned ? (l.isChinese ? s.status.chinese : s.status.name) : WebText.statusVoid.text(l))"],
            ["\(WebText.columnGroup.text(l))", "\(s.group)"],
            ["\(WebText.columnIndustry.text(l))", "\(s.industry)"],
            ["\(WebText.columnInvestor.text(l))", "\(s.investor)"],
        ]
        // Record version 2: planned dates, responsible unit, contact and a sheet's own columns, as `show` lists them.
        rows += s.attributes.map { a in ["\(AttributeWords.label(a.key, l))", "\(a.value)"] }
        rows += [
            ["\(WebText.columnSignedAmount.text(l))", "\(money(s.signedAmount))"],
            ["\(WebText.columnTotal.text(l))", "\(money(s.totalInvestment))"],
            ["\(WebText.columnDisbursed.text(l))", "\(money(s.disbursed))"],
        ]
        for (text, date) in [(WebText.milestoneSigned, s.signedDate), (.milestoneStarted, s.startedDate),
                             (.milestoneCommissioned, s.commissionedDate), (.milestoneTerminated, s.terminatedDate)] {
            if let date { rows.append(["\(text.text(l))", "\(date.description)"]) }
        }
        if let d = s.daysToStart { rows.append(["\(WebText.daysToStart.text(l))", "\(WebText.days.text(l, ["days": String(d)]))"]) }
        if let d = s.daysToCommission { rows.append(["\(WebText.daysToCommission.text(l))", "\(WebText.days.text(l, ["days": String(d)]))"]) }
        return Layout.table(["", ""], rows) + "<h2>\(WebText.projectEvents.text(l))</h2>" + events()
    }

    func events() -> HTML {
        let header = [WebText.columnSequence, .columnDate, .columnKind, .columnAmount, .columnEventID, .columnSource, .columnNote].map { $0.text(l) }
            + (mayVoid ? [""] : [])
        let rows: [HTML] = detail.events.map { listed in
            let r = listed.record, voidedBy = listed.voidedBy
            let e = r.event
            let source = WebText.eventSource.text(l, ["batch": String(r.envelope.batch), "file": listed.file.isEmpty ? "?" : listed.file,
                                                       "line": String(r.envelope.sourceLine)])
            let note = ProjectDetailText.note(listed, l)
            let action: HTML = mayVoid && voidedBy == nil && e.kind != .void
                ? "<td class=\"noprint\"><a href=\"/void?event=\(FormFields.encode(e.id))\">\(WebText.voidAction.text(l))</a></td>"
                : (mayVoid ? "<td></td>" : "")
            return """
            <tr id="e-\(r.sequence)"\(voidedBy != nil ? " class=\"voided\"" : "")><td class="num">\(r.sequence)</td><td>\(e.date.description)</td>\
            <td>\(l.isChinese ? e.kind.chinese : e.kind.name)</td><td class="num">\(e.kind.carriesAmount ? money(e.amount) : "")</td>\
            <td><code>\(e.id)</code></td><td>\(source)</td><td>\(note)</td>\(action)</tr>
            """
        }
        let head: [HTML] = header.map { "<th>\($0)</th>" }
        return "<table id=\"events\"><thead><tr>\(head)</tr></thead><tbody>\(rows)</tbody></table>"
    }
}
