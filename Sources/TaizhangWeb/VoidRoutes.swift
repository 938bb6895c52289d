public import Hummingbird
internal import Catalogue
internal import Ledger
internal import LedgerReports
internal import LedgerService
internal import LedgerStore

/// `/void` (clerks): cancel an event entered in error, from its row on the project's page.
struct VoidRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/void") { request, context in
            let l = context.language
            guard let id = FormFields(request.uri.query ?? "").text("event") else { throw WebError(.notFound) }
            let r = try site.ledger.event(id: id)
            let e = r.event
            let body: HTML = """
            \(Layout.table([WebText.columnSequence, .columnDate, .columnKind, .columnProject, .columnEventID].map { $0.text(l) },
                           [["\(r.sequence)", "\(e.date.description)", "\(l.isChinese ? e.kind.chinese : e.kind.name)", "\(e.project)", "<code>\(e.id)</code>"]]))
            <form class="stack" method="post" action="/void">\(Layout.csrfField(context.session!))
            <input type="hidden" name="event" value="\(e.id)">
            <label for="reason">\(WebText.voidReason.text(l))</label><input id="reason" name="reason" required maxlength="500">
            <p><button type="submit" id="void">\(WebText.voidButton.text(l))</button></p></form>
            """
            return page(context, body)
        }
        group.post("/void") { request, context in
            let l = context.language
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            guard let id = form.text("event") else { throw WebError(.notFound) }
            guard let reason = form.text("reason") else { throw WebError(.badRequest(WebText.voidNeedsReason.text(l))) }
            let result: VoidResult
            do {
                result = try site.ledger.void(VoidRequest(eventId: id, reason: reason, operatorName: context.session!.user))
            } catch let e as Rejection {
                return page(context, ImportPage(language: l, session: context.session!).problems(e.problems), status: .unprocessableContent)
            }
            let project = result.target.event.project
            let body: HTML = """
            <p class="ok" id="voided">\(WebText.voidDone.text(l, ["event": id, "sequence": String(result.outcome.head.sequence)]))</p>
            <p>\(WebText.homeDigest.text(l)) <span class="digest">\(DigestText.line(try site.ledger.digest()))</span></p>
            <p><a href="/projects/\(FormFields.encode(project))">\(project)</a></p>
            """
            return page(context, body)
        }
    }

    func page(_ context: WebContext, _ body: HTML, status: HTTPResponse.Status = .ok) -> Response {
        HTMLResponse.page(Layout.page(title: WebText.voidTitle.text(context.language), context: context, path: "/void", body: body), status: status)
    }
}
