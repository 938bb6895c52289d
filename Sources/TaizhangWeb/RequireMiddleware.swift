public import Hummingbird

/// Lets a request into a route group only with a session whose role holds `permission`.
///
/// It sits on the group, not in the handlers, so a page added to a group cannot forget the check.
/// No session is `signInRequired` (the login page, or 401 under `/api/`); a role without the
/// permission is `forbidden`, and the page names the roles that hold it.
public struct RequireMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let permission: Role.Permission

    public init(_ permission: Role.Permission) { self.permission = permission }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let session = context.session else { throw WebError(.signInRequired) }
        guard session.role.may(permission) else { throw WebError(.forbidden(permission)) }
        return try await next(request, context)
    }
}
