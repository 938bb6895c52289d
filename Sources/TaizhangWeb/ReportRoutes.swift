internal import Catalogue
internal import Ledger
public import Hummingbird
internal import LedgerReports
internal import LedgerService
internal import LedgerStore

/// Report downloads (analysts and auditors): a summary as `summary --csv` or `summary --json --explain`.
struct ReportRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        // For Excel/WPS on Chinese Windows, as `summary --excel-csv`: BOM, the page's language, 万元 numbers, the seal last.
        group.get("/summary/:period/export.csv") { request, context in
            let summary = try SummaryRoutes.summaryRequest(request, context)
            let l = context.language
            let (result, seal) = try sealed(summary, language: l, explain: false)
            let sheet = SummaryWorkbook(summary: result.summary, language: l).sheets()[0]
            return HTMLResponse.download(try ExcelCSV.bytes(sheet, seal: seal, language: l, encoding: "utf-8"),
                                         fileName: "summary-\(result.summary.period).csv", type: "text/csv; charset=utf-8")
        }
        // As `summary --json --explain`, with its seal, so that `check-report` checks the download.
        group.get("/summary/:period/export.json") { request, context in
            let summary = try SummaryRoutes.summaryRequest(request, context, explain: true)
            let (result, seal) = try sealed(summary, language: context.language, explain: true)
            var o = SummaryRenderer(result, language: context.language).jsonObject(result)
            o["seal"] = seal.jsonObject
            return HTMLResponse.download(Array((JSONText.render(o) + "\n").utf8), fileName: "summary-\(result.summary.period).json",
                                         type: "application/json")
        }
    }

    /// The summary and the seal of the prefix it was read from, as `taizhang summary` pins them.
    private func sealed(_ summary: SummaryRequest, language: Language, explain: Bool) throws -> (SummaryResult, Seal) {
        var options = ["lang": language.rawValue]
        if explain { options["explain"] = "true" }
        let figures = FigureRequest(kind: "summary", period: summary.period.description, asOf: summary.filter.asOf,
                                    asKnownAtMs: summary.filter.knownAtMs, rules: .builtIn, today: LedgerFigures.today(), options: options)
        return try LedgerFigures.pinned(try site.ledger.store(), figures) { try site.ledger.summary(summary) }
    }
}
