public import HTTPTypes

/// A request the server refuses, with the status it answers and what the page says.
///
/// Middlewares and handlers throw it; `ErrorPageMiddleware` turns it into an HTML page (or a JSON
/// object under `/api/`), so every refusal looks the same and carries the security headers.
public struct WebError: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// No session: the login page, or 401 for the API.
        case signInRequired
        /// A session whose role lacks the permission: 403 naming the roles that hold it.
        case forbidden(Role.Permission)
        /// A changing form without the session's token.
        case badCSRF
        case notFound
        /// An upload over `--upload-max-bytes`.
        case tooLarge(limitBytes: Int)
        /// Five failed sign-ins for a name: 429 for the rest of the window.
        case throttled(name: String, seconds: Int)
        /// Input the person can fix, said in one line (already in their language).
        case badRequest(String)
        /// The log or a proof does not verify, said in one line.
        case conflict(String)
        /// The ledger failed, said in one line.
        case ledger(String)
    }

    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    public var status: HTTPResponse.Status {
        switch kind {
        case .signInRequired: .unauthorized
        case .forbidden, .badCSRF: .forbidden
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        case .throttled: .tooManyRequests
        case .badRequest: .badRequest
        case .conflict: .conflict
        case .ledger: .internalServerError
        }
    }

    /// A stable code for the API's error object.
    public var code: String {
        switch kind {
        case .signInRequired: "sign_in_required"
        case .forbidden: "forbidden"
        case .badCSRF: "bad_csrf_token"
        case .notFound: "not_found"
        case .tooLarge: "upload_too_large"
        case .throttled: "too_many_failed_logins"
        case .badRequest: "bad_request"
        case .conflict: "does_not_verify"
        case .ledger: "ledger_error"
        }
    }
}
