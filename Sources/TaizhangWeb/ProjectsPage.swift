internal import Catalogue
internal import Ledger
internal import LedgerService
internal import LedgerReports

/// `/projects`: search by name, the filters of `taizhang projects`, and sortable columns.
struct ProjectsPage {
    let language: Language
    let query: ProjectQuery
    /// Part of a name or id searched for (the page's `q`); the command line has no such option.
    let name: String?
    let projects: [ProjectState]

    /// The projects whose name or id contains `name`, ignoring case.
    static func search(_ list: [ProjectState], _ name: String?) -> [ProjectState] {
        guard let n = name?.lowercased() else { return list }
        return list.filter { $0.name.lowercased().contains(n) || $0.project.lowercased().contains(n) }
    }
    var l: Language { language }

    func money(_ m: Money) -> String { m.published(chinese: l.isChinese) }

    func body() -> HTML {
        let total = Money(fen: projects.reduce(0) { $0 + $1.totalInvestment.fen })
        let rows: [[HTML]] = projects.map { p in
            ["<a href=\"/projects/\(FormFields.encode(p.project))\">\(p.project)</a>", "\(p.name)", "\(p.group)", "\(p.industry)",
             "\(l.isChinese ? p.status.chinese : p.status.name)", "\(p.signedDate?.description ?? "")", "\(money(p.totalInvestment))",
             "\(money(p.disbursed))"]
        }
        let header = [("id", WebText.columnProject), (nil, .columnName), (nil, .columnGroup), (nil, .columnIndustry), (nil, .columnStatus),
                      ("signed", .columnSigned), ("amount", .columnTotal), ("disbursed", .columnDisbursed)] as [(String?, WebText)]
        return """
        \(form())
        <p id="count">\(WebText.projectsCount.text(l, ["count": String(projects.count), "total": money(total)]))</p>
        \(sortableTable(header, rows))
        """
    }

    func form() -> HTML {
        let statuses: [HTML] = [("", WebText.any.text(l))] .map { "<option value=\"\($0.0)\">\($0.1)</option>" }
            + ProjectStatus.allCases.map { s in
                "<option value=\"\(s.code)\"\(query.status == s ? " selected" : "")>\(l.isChinese ? s.chinese : s.name)</option>"
            }
        return """
        <form class="noprint" method="get" action="/projects">
        <label>\(WebText.projectsSearch.text(l)) <input name="q" value="\(name ?? "")"></label>
        <label>\(WebText.columnGroup.text(l)) <input name="group" value="\(query.group ?? "")"></label>
        <label>\(WebText.columnIndustry.text(l)) <input name="industry" value="\(query.industry ?? "")"></label>
        <label>\(WebText.columnStatus.text(l)) <select name="status">\(statuses)</select></label>
        <label>\(WebText.projectsMin.text(l)) <input name="min" value="\(query.minimum.map { money($0) } ?? "")" placeholder="20亿元"></label>
        <label>\(WebText.projectsSignedIn.text(l)) <input name="signed_in" value="\(query.signedIn?.description ?? "")" placeholder="2021Q1"></label>
        <input type="hidden" name="sort" value="\(query.sort.rawValue)">
        <button type="submit">\(WebText.summaryShow.text(l))</button></form>
        """
    }

    /// Column headers that sort by their key (a second click on the same one turns the order round).
    func sortableTable(_ header: [(key: String?, text: WebText)], _ rows: [[HTML]]) -> HTML {
        let cells: [HTML] = header.enumerated().map { i, h in
            let cls: HTML = i >= 6 ? " class=\"num\"" : ""
            guard let key = h.key else { return "<th\(cls)>\(h.text.text(l))</th>" }
            let desc = query.sort.rawValue == key && !query.descending ? "1" : "0"
            let mark = query.sort.rawValue == key ? (query.descending ? " ▼" : " ▲") : ""
            return "<th\(cls)><a href=\"/projects?\(HTML.rendered(link(sort: key, desc: desc)))\">\(h.text.text(l))\(mark)</a></th>"
        }
        let body: [HTML] = rows.map { row in
            let tds: [HTML] = row.enumerated().map { i, c in i >= 6 ? "<td class=\"num\">\(c)</td>" : "<td>\(c)</td>" }
            return "<tr>\(tds)</tr>"
        }
        return "<table id=\"projects\"><thead><tr>\(cells)</tr></thead><tbody>\(body)</tbody></table>"
    }

    /// The current filters with another sort, as an escaped query string.
    func link(sort: String, desc: String) -> String {
        var parts: [(String, String)] = []
        if let v = name { parts.append(("q", v)) }
        if let v = query.group { parts.append(("group", v)) }
        if let v = query.industry { parts.append(("industry", v)) }
        if let v = query.status { parts.append(("status", v.code)) }
        if let v = query.minimum { parts.append(("min", String(v.fen / 100))) }
        if let v = query.signedIn { parts.append(("signed_in", v.description)) }
        parts.append(("sort", sort))
        parts.append(("desc", desc))
        return HTML.escape(parts.map { "\($0.0)=\(FormFields.encode($0.1))" }.joined(separator: "&"))
    }
}
