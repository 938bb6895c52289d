internal import Ledger
public import Hummingbird
internal import LedgerReports
internal import LedgerStore

/// Report downloads (analysts and auditors): a summary as CSV or as `summary --json`.
struct ReportRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/summary/:period/export.csv") { request, context in
            let (period, filter) = try ReadRoutes.summaryQuery(request, context)
            let view = try site.ledger.summary(period: period, filter: filter, language: context.language)
            return HTMLResponse.download(Array(view.renderer.csv().utf8), fileName: "summary-\(period).csv", type: "text/csv; charset=utf-8")
        }
        group.get("/summary/:period/export.json") { request, context in
            let (period, filter) = try ReadRoutes.summaryQuery(request, context)
            let view = try site.ledger.summary(period: period, filter: filter, language: context.language)
            let json = JSONText.render(view.renderer.jsonObject(asKnownAt: filter.knownAtMs.map { Timestamp.iso($0) },
                                                                asOf: filter.asOf?.description, evidence: view.evidence))
            return HTMLResponse.download(Array((json + "\n").utf8), fileName: "summary-\(period).json", type: "application/json")
        }
    }
}
