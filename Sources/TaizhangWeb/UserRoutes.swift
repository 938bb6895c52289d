public import Hummingbird
internal import Catalogue
internal import LedgerReports

/// `/users` (admins): the accounts, adding one, setting a password, removing one.
struct UserRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/users") { _, context in try page(context, notice: nil) }
        group.post("/users/add") { request, context in
            try await change(request, context) { form in
                guard let r = form.text("role").flatMap(Role.init(rawValue:)) else {
                    throw WebError(.badRequest(WebText.roleUnknown.text(context.language, ["role": form["role"] ?? ""])))
                }
                let name = form.text("name") ?? ""
                try site.accounts.add(name: name, role: r, password: form["password"] ?? "")
                return WebText.userAdded.text(context.language, ["name": name, "role": r.rawValue])
            }
        }
        group.post("/users/passwd") { request, context in
            try await change(request, context) { form in
                let name = form.text("name") ?? ""
                try site.accounts.setPassword(name: name, password: form["password"] ?? "")
                site.sessions.end(user: name)
                return WebText.userPasswordSet.text(context.language, ["name": name])
            }
        }
        group.post("/users/remove") { request, context in
            try await change(request, context) { form in
                let name = form.text("name") ?? ""
                try site.accounts.remove(name: name)
                site.sessions.end(user: name)
                return WebText.userRemoved.text(context.language, ["name": name])
            }
        }
    }

    func change(_ request: Request, _ context: WebContext, _ body: (FormFields) throws -> String) async throws -> Response {
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
        do {
            return try page(context, notice: body(form))
        } catch let e as AccountError {
            throw WebError(.badRequest(e.message(context.language)))
        }
    }

    func page(_ context: WebContext, notice: String?) throws -> Response {
        let l = context.language
        let s = context.session!
        let roles: [HTML] = Role.allCases.map { "<option value=\"\($0.rawValue)\">\(WebText.role($0).text(l))</option>" }
        let rows: [[HTML]] = try site.accounts.accounts().map { a in
            ["\(a.name)", "\(WebText.role(a.role).text(l))", "\(a.changedAt)",
             "<form method=\"post\" action=\"/users/remove\">\(Layout.csrfField(s))<input type=\"hidden\" name=\"name\" value=\"\(a.name)\"><button type=\"submit\">\(WebText.userRemove.text(l))</button></form>"]
        }
        let body: HTML = """
        \(notice.map { "<p class=\"ok\">\($0)</p>" as HTML } ?? "")
        \(Layout.table([WebText.columnName, .columnRole, .columnChanged].map { $0.text(l) } + [""], rows))
        <h2>\(WebText.userAddTitle.text(l))</h2>
        <form class="stack" method="post" action="/users/add">\(Layout.csrfField(s))
        <label>\(WebText.loginName.text(l)) <input name="name" required></label>
        <label>\(WebText.columnRole.text(l)) <select name="role">\(roles)</select></label>
        <label>\(WebText.loginPassword.text(l)) <input name="password" type="password" autocomplete="new-password" required minlength="8"></label>
        <p><button type="submit">\(WebText.userAddButton.text(l))</button></p></form>
        <h2>\(WebText.userPasswdTitle.text(l))</h2>
        <form class="stack" method="post" action="/users/passwd">\(Layout.csrfField(s))
        <label>\(WebText.loginName.text(l)) <input name="name" required></label>
        <label>\(WebText.loginPassword.text(l)) <input name="password" type="password" autocomplete="new-password" required minlength="8"></label>
        <p><button type="submit">\(WebText.userPasswdButton.text(l))</button></p></form>
        """
        return HTMLResponse.page(Layout.page(title: WebText.usersTitle.text(l), context: context, path: "/users", body: body))
    }
}
