public import Hummingbird
internal import Catalogue

/// Finds the session of the request's cookie and the language of the page.
///
/// A session whose account was removed, or whose role changed, since it began ends here, so
/// `taizhang user remove` takes effect on the next request, not at the idle timeout.
public struct SessionMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    public static let cookieName = "tz_session"
    public static let languageCookie = "lang"
    let site: WebSite

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[SessionMiddleware.cookieName]?.value, let s = site.sessions.session(token: token) {
            if let account = try? site.accounts.account(named: s.user), account.role == s.role {
                context.session = s
            } else {
                site.sessions.end(token: token)
            }
        }
        let asked = request.uri.queryParameters["lang"].flatMap { Language(code: String($0)) }
        context.language = asked ?? request.cookies[SessionMiddleware.languageCookie].flatMap { Language(code: $0.value) } ?? .zh
        var response = try await next(request, context)
        if let asked {
            response.setCookie(Cookie(name: SessionMiddleware.languageCookie, value: asked.rawValue, maxAge: 365 * 86_400, path: "/",
                                      secure: site.configuration.secureCookies, httpOnly: true, sameSite: .strict))
        }
        return response
    }
}
