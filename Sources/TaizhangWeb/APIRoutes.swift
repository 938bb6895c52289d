public import Hummingbird
internal import Ledger
internal import LedgerService
internal import LedgerReports
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
            let (query, name) = try ReadRoutes.projectQuery(request, context)
            return JSONResponse.ok(ProjectsPage.search(query.select(try site.ledger.projects()), name).map { ProjectText.jsonObject($0) })
        }
        read.get("/projects/:id") { _, context in
            guard let v = try site.ledger.project(try context.parameters.require("id")) else { throw WebError(.notFound) }
            // `show --json`'s object, from the same two renderers `ProjectDetailText` joins.
            var object = ProjectText.jsonObject(v.state)
            object["events"] = zip(v.events, v.voidedBy).map { r, voided in
                ReplayText.jsonObject(r, voidedBy: voided, file: v.batches[r.envelope.batch]?.fileName ?? "")
            }
            return JSONResponse.ok(object)
        }
        read.get("/digest") { _, _ in JSONResponse.ok(DigestText.json(try site.ledger.digest())) }
        audit.get("/batches") { _, _ in JSONResponse.ok(try site.ledger.batches().map { BatchTable.jsonObject($0) }) }
    }
}
