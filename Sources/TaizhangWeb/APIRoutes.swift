public import Hummingbird
internal import Ledger
internal import LedgerReports
internal import LedgerStore

/// `/api/…`: JSON in the shapes of the command line's `--json`, under the same roles as the pages.
struct APIRoutes {
    let site: WebSite

    func add(read: RouterGroup<WebContext>, audit: RouterGroup<WebContext>) {
        read.get("/summary/:period") { request, context in
            let (period, filter) = try ReadRoutes.summaryQuery(request, context)
            let key = "api \(period) \(filter.knownAtMs ?? -1) \(filter.asOf?.description ?? "") \(context.language)"
            let text = try site.cache.text(key: key, head: try site.ledger.headSequence()) {
                let view = try site.ledger.summary(period: period, filter: filter, language: context.language, full: false)
                return JSONText.render(view.renderer.jsonObject(asKnownAt: filter.knownAtMs.map { Timestamp.iso($0) }, asOf: filter.asOf?.description)) + "\n"
            }
            return JSONResponse.text(text)
        }
        read.get("/projects") { request, context in
            let query = try ReadRoutes.projectQuery(request, context)
            return JSONResponse.ok(query.apply(try site.ledger.projects()).map(JSONShapes.project))
        }
        read.get("/projects/:id") { _, context in
            guard let v = try site.ledger.project(try context.parameters.require("id")) else { throw WebError(.notFound) }
            return JSONResponse.ok(JSONShapes.projectWithEvents(v.state, events: v.events, voidedBy: v.voidedBy, batches: v.batches))
        }
        read.get("/digest") { _, _ in JSONResponse.ok(JSONShapes.digest(try site.ledger.digest())) }
        audit.get("/batches") { _, _ in JSONResponse.ok(try site.ledger.batches().map(JSONShapes.batch)) }
    }
}
