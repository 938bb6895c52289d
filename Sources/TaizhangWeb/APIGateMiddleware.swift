public import Hummingbird

/// Every path under `/api/` answers 401 without a session, a route or not.
///
/// The role middlewares sit on the routes that exist; a script probing for others without
/// signing in would otherwise learn from 404 against 401 which paths are there.
public struct APIGateMiddleware: RouterMiddleware {
    public typealias Context = WebContext

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if context.session == nil && APIGateMiddleware.isAPI(request.uri.path) { throw WebError(.signInRequired) }
        return try await next(request, context)
    }

    /// `/api` and every path under it: answered in JSON, never with a page.
    static func isAPI(_ path: String) -> Bool { path == "/api" || path.hasPrefix("/api/") }
}
