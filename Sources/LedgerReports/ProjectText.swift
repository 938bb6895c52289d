public import Catalogue
public import Ledger

/// The project list (`projects`) as a table, JSON and CSV, and one project's JSON object.
public enum ProjectText {
    public static func table(_ list: [ProjectState], _ l: Language) -> String {
        let header: [RenderText] = [.colProject, .colName, .colGroup, .colIndustry, .colStatus, .colSigned, .colTotal, .colDisbursed]
        // The attributes' column only when a project has any: lists of ledgers without them read as before.
        let attributed = list.contains { !$0.attributes.isEmpty }
        var t = TextTable(header: header.map { $0.text(l) } + (attributed ? [AttributeWords.attributes.text(l)] : []), rightAligned: [6, 7])
        for p in list {
            t.add([p.project, p.name, p.group, p.industry, KindText.status(p.status, l), p.signedDate?.description ?? "",
                   p.totalInvestment.published(chinese: l.isChinese), p.disbursed.published(chinese: l.isChinese)]
                  + (attributed ? [AttributeText.list(p.attributes, l)] : []))
        }
        let total = Money(fen: list.reduce(0) { $0 + $1.totalInvestment.fen })
        return t.render() + "\n" + RenderText.projectsTotal.text(l, ["count": String(list.count), "total": total.published(chinese: l.isChinese)])
    }

    public static let csvColumns = ["project", "name", "group", "industry", "investor", "status", "signed", "total_fen", "disbursed_fen", "started", "commissioned", "terminated"]

    public static func csv(_ list: [ProjectState]) -> String {
        var out = CSVText()
        out.row(csvColumns)
        for p in list {
            out.row([p.project, p.name, p.group, p.industry, p.investor, p.status.code, p.signedDate?.description ?? "",
                     String(p.totalInvestment.fen), String(p.disbursed.fen), p.startedDate?.description ?? "",
                     p.commissionedDate?.description ?? "", p.terminatedDate?.description ?? ""])
        }
        return out.text
    }

    /// `projects --json`: `taizhang.projects/1`, the list in the query's order and the seal of the prefix it was read from.
    public static func jsonDocument(_ list: [ProjectState], seal: Seal) -> [String: Any] {
        ["schema": "taizhang.projects/1", "projects": list.map(jsonObject), "seal": seal.jsonObject]
    }

    public static func jsonObject(_ p: ProjectState) -> [String: Any] {
        var o: [String: Any] = [
            "project": p.project, "name": p.name, "group": p.group, "industry": p.industry, "investor": p.investor,
            "status": p.isSigned ? p.status.code : "void", "signed_fen": p.signedAmount.fen, "total_fen": p.totalInvestment.fen,
            "disbursed_fen": p.disbursed.fen, "revisions": p.revisionCount,
        ]
        for (k, d) in [("signed", p.signedDate), ("started", p.startedDate), ("commissioned", p.commissionedDate), ("terminated", p.terminatedDate)] {
            if let d { o[k] = d.description }
        }
        if !p.attributes.isEmpty { o["attributes"] = AttributeText.jsonObject(p.attributes) }
        if let d = p.daysToStart { o["days_signing_to_start"] = d }
        if let d = p.daysToCommission { o["days_start_to_commissioning"] = d }
        if let d = p.daysSigningToCommission { o["days_signing_to_commissioning"] = d }
        return o
    }
}
