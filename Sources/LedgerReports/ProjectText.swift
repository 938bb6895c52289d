public import Catalogue
public import Ledger

/// The project list (`projects`) as a table, JSON and CSV, and one project's JSON object.
public enum ProjectText {
    public static func table(_ list: [ProjectState], _ l: Language) -> String {
        var t = TextTable(header: l.pick("项目|名称|组团|产业链|状态|签约日期|总投资|累计到位", "project|name|group|industry|status|signed|total|disbursed").split(separator: "|").map(String.init), rightAligned: [6, 7])
        for p in list {
            t.add([p.project, p.name, p.group, p.industry, l.pick(p.status.chinese, p.status.name), p.signedDate?.description ?? "",
                   MoneyText.text(p.totalInvestment, l), MoneyText.text(p.disbursed, l)])
        }
        let total = Money(fen: list.reduce(0) { $0 + $1.totalInvestment.fen })
        return t.render() + "\n" + l.pick("共 \(list.count) 个项目,总投资 \(total.chinese)", "\(list.count) projects, \(total.english) in total")
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

    public static func jsonObject(_ p: ProjectState) -> [String: Any] {
        var o: [String: Any] = [
            "project": p.project, "name": p.name, "group": p.group, "industry": p.industry, "investor": p.investor,
            "status": p.isSigned ? p.status.code : "void", "signed_fen": p.signedAmount.fen, "total_fen": p.totalInvestment.fen,
            "disbursed_fen": p.disbursed.fen, "revisions": p.revisionCount,
        ]
        for (k, d) in [("signed", p.signedDate), ("started", p.startedDate), ("commissioned", p.commissionedDate), ("terminated", p.terminatedDate)] {
            if let d { o[k] = d.description }
        }
        if let d = p.daysToStart { o["days_signing_to_start"] = d }
        if let d = p.daysToCommission { o["days_start_to_commissioning"] = d }
        if let d = p.daysSigningToCommission { o["days_signing_to_commissioning"] = d }
        return o
    }
}
