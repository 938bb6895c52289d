public import Hummingbird
internal import Foundation
internal import Logging

/// One line per request: who, method, path, status and milliseconds (swift-log adds the time).
///
/// The path is logged without its query (a multipart form's action carries the CSRF token there),
/// and no header, cookie or body is ever logged: a password or a session token cannot reach a log.
public struct RequestLogMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let logger: Logger

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let user = context.session?.user ?? "-"
        logger.info("\(user) \(request.method.rawValue) \(RequestLogMiddleware.printable(request.uri.path)) \(response.status.code) \(String(format: "%.1f", ms))ms")
        return response
    }

    /// The path as a line of text: control characters (a forged newline) shown as escapes.
    static func printable(_ path: String) -> String {
        String(path.unicodeScalars.flatMap { s -> [Character] in
            s.value < 0x20 || s.value == 0x7F ? Array(String(format: "\\x%02X", s.value)) : [Character(s)]
        })
    }
}
