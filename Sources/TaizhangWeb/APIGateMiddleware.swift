public import Hummingbird

/// Every path under `/api/` answers 401 without a session, a route or not.
///
/// The role middlewares sit on the routes that exist; a script probing for others without
/// signing in would otherwise learn from 404 against 401 which paths are there.
public struct APIGateMiddleware: RouterMiddleware {
    public typealias Context = WebContext

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if context.session == nil && (request.uri.path == "/api" || request.uri.path.hasPrefix("/api/")) { throw WebError(.signInRequired) }
        return try await next(request, context)
    }
}
