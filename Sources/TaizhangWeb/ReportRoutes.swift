internal import Ledger
public import Hummingbird
internal import LedgerReports
internal import LedgerService
internal import LedgerStore

/// Report downloads (analysts and auditors): a summary as `summary --csv` or `summary --json --explain`.
struct ReportRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/summary/:period/export.csv") { request, context in
            let result = try site.ledger.summary(try SummaryRoutes.summaryRequest(request, context))
            let period = result.summary.period
            return HTMLResponse.download(Array(SummaryRenderer(result, language: context.language).csv().utf8), fileName: "summary-\(period).csv",
                                         type: "text/csv; charset=utf-8")
        }
        group.get("/summary/:period/export.json") { request, context in
            let result = try site.ledger.summary(try SummaryRoutes.summaryRequest(request, context, explain: true))
            let json = JSONText.render(SummaryRenderer(result, language: context.language).jsonObject(result))
            return HTMLResponse.download(Array((json + "\n").utf8), fileName: "summary-\(result.summary.period).json", type: "application/json")
        }
    }
}
