public import Hummingbird
internal import Catalogue
internal import LedgerReports

/// `/login` and `/logout`: the only routes open without a session (but the stylesheet).
///
/// The login form is protected by a double-submit token (a random cookie and the same value in
/// the form), since there is no session yet whose token it could carry. A new session token is
/// made at every sign-in, so a token planted before sign-in is worth nothing after it.
struct LoginRoutes {
    let site: WebSite
    static let preLoginCookie = "tz_login"
    static let formBytesMax = 16 * 1024

    func add(to router: Router<WebContext>) {
        router.get("/login") { request, context in
            showForm(context: context, next: request.uri.queryParameters["next"].map(String.init), problem: nil, status: .ok)
        }
        router.post("/login") { request, context in try await signIn(request, context: context) }
        router.group().add(middleware: CSRFMiddleware()).post("/logout") { request, context in
            if let token = request.cookies[SessionMiddleware.cookieName]?.value { site.sessions.end(token: token) }
            var response = HTMLResponse.redirect("/login")
            response.setCookie(cookie(SessionMiddleware.cookieName, "", maxAge: 0))
            return response
        }
    }

    func signIn(_ request: Request, context: WebContext) async throws -> Response {
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: LoginRoutes.formBytesMax)))
        let l = context.language
        let next = form["next"]
        guard let sent = form["login_token"], let expected = request.cookies[LoginRoutes.preLoginCookie]?.value,
              CSRFMiddleware.same(sent, expected) else { throw WebError(.badCSRF) }
        let name = form.text("name") ?? ""
        let password = form["password"] ?? ""
        if let seconds = site.throttle.refusedFor(name) { throw WebError(.throttled(name: name, seconds: Int(seconds))) }
        guard let account = try site.accounts.authenticate(name: name, password: password) else {
            site.throttle.recordFailure(name)
            if let seconds = site.throttle.refusedFor(name) { throw WebError(.throttled(name: name, seconds: Int(seconds))) }
            return showForm(context: context, next: next, problem: WebText.loginFailed.text(l), status: .unauthorized)
        }
        site.throttle.recordSuccess(name)
        let session = site.sessions.create(for: account)
        var response = HTMLResponse.redirect(LoginRoutes.safeTarget(next))
        response.setCookie(cookie(SessionMiddleware.cookieName, session.token, maxAge: nil))
        response.setCookie(cookie(LoginRoutes.preLoginCookie, "", maxAge: 0))
        return response
    }

    func showForm(context: WebContext, next: String?, problem: String?, status: HTTPResponse.Status) -> Response {
        let l = context.language
        let token = SessionStore.randomToken()
        let body: HTML = """
        \(problem.map { "<p class=\"error\">\($0)</p>" as HTML } ?? "")
        <form class="stack" method="post" action="/login">
        <input type="hidden" name="login_token" value="\(token)">
        <input type="hidden" name="next" value="\(LoginRoutes.safeTarget(next))">
        <label for="name">\(WebText.loginName.text(l))</label><input id="name" name="name" autocomplete="username" required>
        <label for="password">\(WebText.loginPassword.text(l))</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <p><button type="submit" id="login">\(WebText.loginButton.text(l))</button></p>
        </form>
        """
        var response = HTMLResponse.page(Layout.page(title: WebText.loginTitle.text(l), context: context, path: "/login", body: body), status: status)
        response.setCookie(cookie(LoginRoutes.preLoginCookie, token, maxAge: 3600))
        return response
    }

    func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: site.configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// Only a path of this site: `/x`, never `//host` or `https://…`, so sign-in cannot send anyone away.
    static func safeTarget(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
              !next.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return "/" }
        return next
    }
}
