public import Hummingbird
internal import Catalogue
internal import Ledger
internal import LedgerReports

/// `/void` (clerks): cancel an event entered in error, from its row on the project's page.
struct VoidRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/void") { request, context in
            let l = context.language
            guard let id = FormFields(request.uri.query ?? "").text("event"), let r = try site.ledger.event(id: id) else { throw WebError(.notFound) }
            let e = r.event
            let body: Markup = """
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
            guard let id = form.text("event"), try site.ledger.event(id: id) != nil else { throw WebError(.notFound) }
            guard let reason = form.text("reason") else { throw WebError(.badRequest(WebText.voidNeedsReason.text(l))) }
            switch try site.ledger.void(eventID: id, reason: reason, operatorName: context.session!.user) {
            case .rejected(let problems):
                return page(context, ImportPage(language: l, session: context.session!).problems(problems), status: .unprocessableContent)
            case .landed(let outcome):
                let project = try site.ledger.event(id: id)?.event.project ?? ""
                let body: Markup = """
                <p class="ok" id="voided">\(WebText.voidDone.text(l, ["event": id, "sequence": String(outcome.head.sequence)]))</p>
                <p>\(WebText.homeDigest.text(l)) <span class="digest">\(DigestText.line(try site.ledger.digest()))</span></p>
                <p><a href="/projects/\(FormFields.encode(project))">\(project)</a></p>
                """
                return page(context, body)
            }
        }
    }

    func page(_ context: WebContext, _ body: Markup, status: HTTPResponse.Status = .ok) -> Response {
        HTMLResponse.page(Layout.page(title: WebText.voidTitle.text(context.language), context: context, path: "/void", body: body), status: status)
    }
}
