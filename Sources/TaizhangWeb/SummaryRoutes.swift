public import Hummingbird
internal import Catalogue
internal import Ledger
internal import LedgerStore
internal import LedgerReports
internal import LedgerService

/// The summary pages every role reads: `/summary/PERIOD`, the events behind a figure
/// (`/summary/PERIOD/evidence/LIST`) and the sealed report `/report/PERIOD`.
struct SummaryRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/summary/:period") { request, context in
            let l = context.language
            let summary = try SummaryRoutes.summaryRequest(request, context, explain: true, earlier: 7)
            let title = WebText.summaryTitle.text(l, ["period": summary.period.description])
            let query = SummaryRoutes.filterQuery(summary.filter)
            var body = HTML.rendered(try site.cache.text(key: "page " + SummaryRoutes.cacheKey(summary, l), head: try site.ledger.headSequence()) {
                SummaryPage(result: try site.ledger.summary(summary), language: l, query: query).body().render()
            })
            let q = query.isEmpty ? "" : "?" + query
            body = body + "<p class=\"noprint\"><a href=\"/report/\(summary.period.description)\(q)\">\(WebText.reportLink.text(l))</a></p>"
            if context.session?.role.may(.exportReports) == true {
                body = body + "<p class=\"noprint\"><a href=\"/summary/\(summary.period.description)/export.csv\(q)\">\(WebText.exportCSV.text(l))</a> · <a href=\"/summary/\(summary.period.description)/export.json\(q)\">\(WebText.exportJSON.text(l))</a></p>"
            }
            return HTMLResponse.page(Layout.page(title: title, context: context, path: request.uri.path, body: body))
        }
        group.get("/summary/:period/evidence/:list") { request, context in
            let l = context.language
            let summary = try SummaryRoutes.summaryRequest(request, context, explain: true)
            let anchor = try context.parameters.require("list")
            let pageText = FormFields(request.uri.query ?? "").text("page") ?? "0"
            guard let page = Int(pageText), page >= 0, page < 1 << 40 else { throw WebError(.badRequest(WebText.badPage.text(l, ["value": pageText]))) }
            let query = SummaryRoutes.filterQuery(summary.filter)
            let key = "evidence \(anchor) \(page) " + SummaryRoutes.cacheKey(summary, l)
            let body = HTML.rendered(try site.cache.text(key: key, head: try site.ledger.headSequence()) {
                let lists = EvidenceList.sections(try site.ledger.summary(summary), language: l)
                guard let list = lists.first(where: { $0.anchor == anchor }) else { throw WebError(.notFound) }
                return list.page(page, period: summary.period, query: query, language: l).render()
            })
            let title = WebText.summaryTitle.text(l, ["period": summary.period.description])
            return HTMLResponse.page(Layout.page(title: title, context: context, path: request.uri.path, body: body))
        }
        group.get("/report/:period") { request, context in
            let summary = try SummaryRoutes.summaryRequest(request, context)
            let l = context.language
            let figures = FigureRequest(kind: "report", period: summary.period.description, asOf: summary.filter.asOf,
                                        asKnownAtMs: summary.filter.knownAtMs, rules: .builtIn, today: LedgerFigures.today(), options: ["lang": l.rawValue])
            let html = try SealedOutputs.html(try site.ledger.store(), figures, language: l)
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: html)))
        }
    }

    /// The summary `taizhang summary PERIOD` computes for this request: its period and time
    /// filter, under the built-in rule set's threshold and the period's year's targets.
    static func summaryRequest(_ request: Request, _ context: WebContext, explain: Bool = false, earlier: Int = 0) throws -> SummaryRequest {
        let (period, filter) = try summaryQuery(request, context)
        var summary = SummaryRequest(period: period, rules: .builtIn, knownAtMs: filter.knownAtMs, asOf: filter.asOf, explain: explain)
        summary.earlier = earlier
        return summary
    }

    /// What a cached rendering of `summary` depends on besides the log: the question and the language.
    static func cacheKey(_ summary: SummaryRequest, _ l: Language) -> String {
        "\(summary.period) \(summary.filter.knownAtMs ?? -1) \(summary.filter.asOf?.description ?? "") \(l)"
    }

    /// The time filter as the query of a link: `as_known_at=…&as_of=…`, or empty.
    static func filterQuery(_ filter: FoldFilter) -> String {
        var items: [String] = []
        if let ms = filter.knownAtMs { items.append("as_known_at=" + FormFields.encode(Timestamp.iso(ms))) }
        if let d = filter.asOf { items.append("as_of=" + d.description) }
        return items.joined(separator: "&")
    }

    /// The period and the time filter of a summary request, or one line saying what is wrong.
    static func summaryQuery(_ request: Request, _ context: WebContext) throws -> (Period, FoldFilter) {
        let l = context.language
        let text = try context.parameters.require("period")
        let period: Period
        do { period = try Period.parse(text) } catch { throw WebError(.badRequest(error.message(l))) }
        let query = FormFields(request.uri.query ?? "")
        var filter = FoldFilter()
        if let t = query.text("as_known_at") {
            guard let ms = Timestamp.parse(t) else { throw WebError(.badRequest(WebText.badTime.text(l, ["value": t]))) }
            filter.knownAtMs = ms
        }
        if let d = query.text("as_of") {
            guard let date = try? BusinessDate.parse(d) else { throw WebError(.badRequest(WebText.badDate.text(l, ["value": d]))) }
            filter.asOf = date
        }
        return (period, filter)
    }
}
