public import Hummingbird
internal import Catalogue
internal import Ledger
internal import LedgerStore
internal import LedgerReports
internal import LedgerService

/// The pages every role reads: `/`, `/summary/PERIOD`, `/projects`, `/projects/ID`.
struct ReadRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/") { request, context in try home(request, context) }
        group.get("/summary/:period") { request, context in
            let l = context.language
            let (period, filter) = try ReadRoutes.summaryQuery(request, context)
            let title = WebText.summaryTitle.text(l, ["period": period.description])
            let key = "page \(period) \(filter.knownAtMs ?? -1) \(filter.asOf?.description ?? "") \(l)"
            var body = Markup(raw: try site.cache.text(key: key, head: try site.ledger.headSequence()) {
                SummaryPage(view: try site.ledger.summary(period: period, filter: filter, language: l), language: l).body().text
            })
            if context.session?.role.may(.exportReports) == true {
                let q = request.uri.query.map { "?" + $0 } ?? ""
                body = body + "<p class=\"noprint\"><a href=\"/summary/\(period.description)/export.csv\(q)\">\(WebText.exportCSV.text(l))</a> · <a href=\"/summary/\(period.description)/export.json\(q)\">\(WebText.exportJSON.text(l))</a></p>"
            }
            return HTMLResponse.page(Layout.page(title: title, context: context, path: request.uri.path, body: body))
        }
        group.get("/projects") { request, context in
            let (query, name) = try ReadRoutes.projectQuery(request, context)
            let list = ProjectsPage.search(query.select(try site.ledger.projects()), name)
            let body = ProjectsPage(language: context.language, query: query, name: name, projects: list).body()
            return HTMLResponse.page(Layout.page(title: WebText.projectsTitle.text(context.language), context: context, path: "/projects", body: body))
        }
        group.get("/projects/:id") { request, context in
            let id = try context.parameters.require("id")
            guard let view = try site.ledger.project(id) else { throw WebError(.notFound) }
            let body = ProjectPage(view: view, language: context.language, mayVoid: context.session?.role.may(.void) == true).body()
            return HTMLResponse.page(Layout.page(title: "\(view.state.project) \(ProjectPage.name(view))", context: context,
                                                 path: request.uri.path, body: body))
        }
    }

    func home(_ request: Request, _ context: WebContext) throws -> Response {
        let l = context.language
        let digest = try site.ledger.digest()
        let zone = try site.ledger.zone()
        let latest = try site.ledger.projects().compactMap(\.signedDate).max().map { Period($0.quarter) }
        var body: Markup = "<p>\(WebText.homeDigest.text(l)) <span class=\"digest\" id=\"digest\">\(DigestText.line(digest))</span></p>"
        if let latest {
            let view = try site.ledger.summary(period: latest, filter: FoldFilter(), language: l, full: false)
            let f = view.summary.current
            body = body + """
            <p class="sentence">\(view.renderer.sentence())</p>
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
