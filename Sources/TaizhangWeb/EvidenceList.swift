internal import Catalogue
internal import LedgerReports
internal import Ledger
internal import LedgerService

/// The lists of events behind a summary's figures, one per figure, as `summary --explain` gives
/// them: shown by their first rows on the summary page, and whole, a page at a time, on
/// `/summary/PERIOD/evidence/ANCHOR`.
struct EvidenceList {
    struct Item {
        var project: String
        var label: String
        var sequence: UInt64
        var amount: String
    }

    /// The figure's anchor on the summary page (`signed`, `band-0`, …), also the evidence page's name.
    let anchor: String
    let title: String
    let items: [Item]

    /// Rows of each list on the summary page; rows of one evidence page.
    static let rowsOnSummary = 50
    static let rowsPerPage = 500

    /// Every list of `result` (computed with `explain`), in the order of the figures.
    static func sections(_ result: SummaryResult, language l: Language) -> [EvidenceList] {
        let s = result.summary
        let evidence = result.evidence ?? SummaryEvidence()
        func money(_ m: Money) -> String { m.published(chinese: l.isChinese) }
        func signed(_ list: [PeriodSummary.Signed]) -> [Item] {
            list.map { Item(project: $0.project, label: $0.name, sequence: $0.sequence, amount: money($0.amount)) }
        }
        func events(_ list: [RecordedEvent], amount: Bool) -> [Item] {
            list.map { Item(project: $0.event.project, label: $0.event.id, sequence: $0.sequence, amount: amount ? money($0.event.amount) : "") }
        }
        var out = [EvidenceList(anchor: "signed", title: WebText.figureSignedCount.text(l), items: signed(s.current.signed))]
        for (i, b) in s.bands.enumerated() {
            out.append(EvidenceList(anchor: "band-\(i)", title: WebText.bandAtLeast.text(l, ["amount": money(b.min)]), items: signed(b.projects)))
        }
        out.append(EvidenceList(anchor: "started", title: WebText.figureStarted.text(l),
                                items: s.current.started.map { Item(project: $0.project, label: $0.name, sequence: $0.startedSequence, amount: "") }))
        out.append(EvidenceList(anchor: "commissioned", title: WebText.figureCommissioned.text(l),
                                items: s.current.commissioned.map { Item(project: $0.project, label: $0.name, sequence: $0.commissionedSequence, amount: "") }))
        out.append(EvidenceList(anchor: "disbursed", title: WebText.figureDisbursed.text(l), items: events(evidence.disbursements(in: s.period), amount: true)))
        out.append(EvidenceList(anchor: "terminated", title: WebText.figureTerminated.text(l), items: events(evidence.terminations(in: s.period), amount: false)))
        return out
    }

    /// The link to this list's evidence page `page` (from 0), with the summary's query.
    func link(period: Period, query: String, page: Int) -> String {
        var q = query.isEmpty ? "" : query + "&"
        q += "page=\(page)"
        return "/summary/\(period.description)/evidence/\(anchor)?\(q)"
    }

    /// The heading and the first rows, with a link to the whole list when it is longer.
    func summaryPart(period: Period, query: String, language l: Language) -> HTML {
        let more: HTML = items.count > EvidenceList.rowsOnSummary
            ? "<p class=\"more\"><a href=\"\(link(period: period, query: query, page: 0))\">\(WebText.evidenceAll.text(l, ["shown": String(EvidenceList.rowsOnSummary), "count": String(items.count)]))</a></p>"
            : ""
        return "<h3 id=\"\(anchor)\">\(title) (\(items.count))</h3>" + table(items.prefix(EvidenceList.rowsOnSummary), language: l) + more
    }

    func table(_ rows: ArraySlice<Item>, language l: Language) -> HTML {
        let cells: [[HTML]] = rows.map { i in
            ["<a href=\"/projects/\(FormFields.encode(i.project))#e-\(i.sequence)\">\(i.sequence)</a>",
             "<a href=\"/projects/\(FormFields.encode(i.project))\">\(i.project)</a>", "\(i.label)", "\(i.amount)"]
        }
        return Layout.table([WebText.columnSequence.text(l), WebText.columnProject.text(l), WebText.columnName.text(l), WebText.columnAmount.text(l)],
                            cells, numeric: [0, 3])
    }

    /// Page `page` of the whole list, with links to the pages before and after it.
    func page(_ page: Int, period: Period, query: String, language l: Language) -> HTML {
        let from = min(page * EvidenceList.rowsPerPage, items.count)
        let to = min(from + EvidenceList.rowsPerPage, items.count)
        var links: [HTML] = ["<a href=\"/summary/\(period.description)\(query.isEmpty ? "" : "?" + query)#\(anchor)\">\(WebText.evidenceBack.text(l))</a>"]
        if page > 0 { links.append(" · <a rel=\"prev\" href=\"\(link(period: period, query: query, page: page - 1))\">\(WebText.pagePrevious.text(l))</a>") }
        if to < items.count { links.append(" · <a rel=\"next\" href=\"\(link(period: period, query: query, page: page + 1))\">\(WebText.pageNext.text(l))</a>") }
        let range = WebText.evidenceRange.text(l, ["from": String(items.isEmpty ? 0 : from + 1), "to": String(to), "count": String(items.count)])
        return "<h2 id=\"\(anchor)\">\(title)</h2><p id=\"range\">\(range)</p>" + table(items[from..<to], language: l) + "<p class=\"noprint\">\(links)</p>"
    }
}
