public import Hummingbird
internal import Catalogue
internal import Ledger
internal import LedgerStore
internal import LedgerReports
internal import LedgerService

/// The pages every role reads: `/`, `/projects`, `/projects/ID` (the summaries are `SummaryRoutes`).
struct ReadRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/") { request, context in try home(request, context) }
        group.get("/projects") { request, context in
            let (query, name) = try ReadRoutes.projectQuery(request, context)
            let list = ProjectsPage.search(try site.ledger.projects(query), name)
            let body = ProjectsPage(language: context.language, query: query, name: name, projects: list).body()
            return HTMLResponse.page(Layout.page(title: WebText.projectsTitle.text(context.language), context: context, path: "/projects", body: body))
        }
        group.get("/projects/:id") { request, context in
            let id = try context.parameters.require("id")
            let detail = try site.ledger.project(id)
            let body = ProjectPage(detail: detail, language: context.language, mayVoid: context.session?.role.may(.void) == true).body()
            return HTMLResponse.page(Layout.page(title: "\(detail.state.project) \(detail.name)", context: context,
                                                 path: request.uri.path, body: body))
        }
    }

    func home(_ request: Request, _ context: WebContext) throws -> Response {
        let l = context.language
        let digest = try site.ledger.digest()
        let zone = try site.ledger.zone()
        let latest = try site.ledger.projects().compactMap(\.signedDate).max().map { Period($0.quarter) }
        let rules = RuleSet.builtIn
        var body: HTML = "<p>\(WebText.homeDigest.text(l)) <span class=\"digest\" id=\"digest\">\(DigestText.line(digest))</span></p>"
        if let latest {
            let result = try site.ledger.summary(SummaryRequest(period: latest, threshold: rules.threshold, targets: rules.targets(year: latest.year)))
            let f = result.summary.current
            body = body + """
            <p class="sentence">\(SummaryRenderer(result, language: l).sentence())</p>
            \(Layout.table([WebText.columnFigure.text(l), latest.description], [
                ["\(WebText.figureSignedCount.text(l))", "\(f.signed.count)"],
                ["\(WebText.figureSignedTotal.text(l))", "\(f.signedTotal.published(chinese: l.isChinese))"],
                ["\(WebText.figureStarted.text(l))", "\(f.started.count)"],
                ["\(WebText.figureCommissioned.text(l))", "\(f.commissioned.count)"],
                ["\(WebText.figureDisbursed.text(l))", "\(f.disbursedTotal.published(chinese: l.isChinese))"],
            ], numeric: [1]))
            <p><a href="/summary/\(latest.description)">\(WebText.homeSummaryLink.text(l, ["period": latest.description]))</a></p>
            """
        } else {
            body = body + "<p class=\"notice\">\(WebText.homeEmpty.text(l))</p>"
        }
        body = body + "<p><a href=\"/projects\">\(WebText.navProjects.text(l))</a></p>"
        let title = zone.isEmpty ? CommonText.product.text(l) : zone
        return HTMLResponse.page(Layout.page(title: title, context: context, path: "/", body: body))
    }

    /// `projects`' query (`LedgerService.ProjectQuery`) from the page's query items, and the name searched for.
    static func projectQuery(_ request: Request, _ context: WebContext) throws -> (ProjectQuery, String?) {
        let l = context.language
        let f = FormFields(request.uri.query ?? "")
        var q = ProjectQuery(group: f.text("group"), industry: f.text("industry"))
        if let s = f.text("status") {
            guard let status = ProjectStatus(name: s) else { throw WebError(.badRequest(WebText.badStatus.text(l, ["value": s]))) }
            q.status = status
        }
        if let m = f.text("min") {
            guard let money = try? Money.parse(m) else { throw WebError(.badRequest(WebText.badAmount.text(l, ["value": m]))) }
            q.minimum = money
        }
        if let s = f.text("signed_in") {
            do { q.signedIn = try Period.parse(s) } catch { throw WebError(.badRequest(error.message(l))) }
        }
        if let s = f.text("sort") {
            guard let sort = ProjectSort(rawValue: s) else { throw WebError(.badRequest(WebText.badSort.text(l, ["value": s]))) }
            q.sort = sort
        }
        q.descending = f["desc"] == "1"
        return (q, f.text("q"))
    }

}
