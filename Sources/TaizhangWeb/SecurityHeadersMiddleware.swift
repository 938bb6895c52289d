public import Hummingbird
internal import HTTPTypes
internal import Foundation
internal import LedgerReports

/// Puts the security headers on every response, refusals and errors included.
///
/// `default-src 'self'` with `frame-ancestors 'none'` keeps every byte of a page from this server
/// and no page inside another site's frame; `nosniff` keeps a download from being run as a page;
/// no referrer leaves the site with a link; pages are not cached, as they carry the ledger's figures.
public struct SecurityHeadersMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let underTLS: Bool

    public static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    /// The sealed report (`/report/PERIOD`) is the file `taizhang report` writes, self-contained:
    /// its one inline style sheet is allowed by its hash, nothing else is loosened.
    public static let reportPolicy = contentSecurityPolicy.replacingOccurrences(
        of: "style-src 'self'", with: "style-src 'self' 'sha256-\(ReportPage.styleSHA256Base64)'")

    public init(underTLS: Bool) { self.underTLS = underTLS }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            // Only reached when the error page itself failed: a bare 500, still with the headers.
            context.logger.error("unhandled error: \(String(describing: type(of: error)))")
            response = Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "500")))
        }
        SecurityHeadersMiddleware.apply(to: &response.headers, underTLS: underTLS, report: request.uri.path.hasPrefix("/report/"))
        return response
    }

    static func apply(to headers: inout HTTPFields, underTLS: Bool, report: Bool = false) {
        headers[.contentSecurityPolicy] = report ? reportPolicy : contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[.xFrameOptions] = "DENY"
        headers[.referrerPolicy] = "no-referrer"
        headers[.crossOriginOpenerPolicy] = "same-origin"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
        if underTLS { headers[.strictTransportSecurity] = "max-age=31536000" }
    }
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let crossOriginOpenerPolicy = HTTPField.Name("Cross-Origin-Opener-Policy")!
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}
