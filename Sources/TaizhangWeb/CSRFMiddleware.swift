public import Hummingbird

/// Refuses a changing request (anything but GET and HEAD) that does not carry the session's token.
///
/// The token comes back in a form's hidden `csrf` field (URL-encoded forms), in the `csrf` query
/// item of a multipart form's action (the body of an upload is read only after this check), or in
/// an `X-CSRF-Token` header (scripts). The SameSite=Strict cookie already keeps other sites' forms
/// out in today's browsers; the token holds where that cookie rule does not.
public struct CSRFMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    /// The largest URL-encoded form read to find the field.
    static let formBytesMax = 64 * 1024

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .get || request.method == .head { return try await next(request, context) }
        guard let session = context.session else { throw WebError(.signInRequired) }
        var request = request
        let sent = try await CSRFMiddleware.token(in: &request)
        guard let sent, CSRFMiddleware.same(sent, session.csrf) else { throw WebError(.badCSRF) }
        return try await next(request, context)
    }

    static func token(in request: inout Request) async throws -> String? {
        if let header = request.headers[.csrfToken] { return header }
        if let query = request.uri.queryParameters["csrf"] { return String(query) }
        let type = request.headers[.contentType] ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else { return nil }
        let body = try await request.collectBody(upTo: formBytesMax)
        return FormFields(String(buffer: body))["csrf"]
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
