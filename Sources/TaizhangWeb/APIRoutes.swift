public import Hummingbird
internal import Ledger
internal import LedgerService
internal import LedgerReports
internal import LedgerStore

/// `/api/…`: JSON in the shapes of the command line's `--json`, under the same roles as the pages.
struct APIRoutes {
    let site: WebSite

    func add(read: RouterGroup<WebContext>, audit: RouterGroup<WebContext>) {
        read.get("/summary/:period") { request, context in try summary(request, context) }
        read.get("/projects") { request, context in
            let (query, name) = try ReadRoutes.projectQuery(request, context)
            return JSONResponse.ok(ProjectsPage.search(try site.ledger.projects(query), name).map { ProjectText.jsonObject($0) })
        }
        read.get("/projects/:id") { _, context in
            JSONResponse.ok(ProjectDetailText.jsonObject(try site.ledger.project(try context.parameters.require("id"))))
        }
        read.get("/digest") { _, _ in JSONResponse.ok(DigestText.json(try site.ledger.digest())) }
        audit.get("/batches") { _, _ in JSONResponse.ok(try site.ledger.batches().map { BatchTable.jsonObject($0) }) }
    }

    /// `summary --json`'s object, compact (the same keys and values without indentation), and
    /// gzip-encoded for a client that accepts it; both rendered once per ledger head.
    func summary(_ request: Request, _ context: WebContext) throws -> Response {
        let summary = try SummaryRoutes.summaryRequest(request, context)
        let answer = try site.cache.answer(key: "api " + SummaryRoutes.cacheKey(summary, context.language), head: try site.ledger.headSequence()) {
            let result = try site.ledger.summary(summary)
            let json = ByteBuffer(string: JSONText.render(SummaryRenderer(result, language: context.language).jsonObject(result), pretty: false) + "\n")
            return ResponseCache.Answer(identity: json, gzip: GzipEncoding.encode(json))
        }
        if GzipEncoding.accepted(request.headers[.acceptEncoding]), let gzip = answer.gzip { return JSONResponse.bytes(gzip, gzip: true) }
        return JSONResponse.bytes(answer.identity, gzip: false)
    }
}
