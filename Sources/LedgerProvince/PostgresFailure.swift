public import Catalogue
internal import PostgresNIO

/// What an error of postgres-nio (or of the server behind it) means to a person, and where.
///
/// The driver's and the server's words are English only: the line names what happened from the
/// catalogue and keeps the server's SQLSTATE (or the driver's error code) as a code; the
/// driver's own words are added under `--lang en` only.
struct PostgresFailure: Sendable {
    /// Where the work was: the URL without its password, and what the query was about.
    struct Place: Sendable {
        var url: String
        var table: String?
        var origin: String?
        var sequence: UInt64?

        func text(_ language: Language) -> String {
            // In Chinese the URL is a value as typed, quoted as values are.
            var parts = [language.isChinese ? "“" + url + "”" : url]
            if let table { parts.append(ProvinceErrorText.placeTable.text(language, ["table": table])) }
            if let origin { parts.append(ProvinceErrorText.placeOrigin.text(language, ["origin": origin])) }
            if let sequence { parts.append(ProvinceErrorText.placeSequence.text(language, ["sequence": String(sequence)])) }
            return parts.joined(separator: language.isChinese ? "," : ", ")
        }
    }

    var reason: ProvinceErrorText
    /// The SQLSTATE, or the driver's name for the error.
    var code: String
    /// The driver's or the server's own words, on one line.
    var detail: String

    init(reason: ProvinceErrorText, code: String, detail: String) {
        self.reason = reason
        self.code = code
        self.detail = detail
    }

    init(_ error: any Error, connecting: Bool) {
        let words = "\(error)".replacingOccurrences(of: "\n", with: " ")
        guard let e = error as? PSQLError else {
            self.init(reason: connecting ? PostgresFailure.connectReason(words) : .driverError, code: String(describing: type(of: error)), detail: words)
            return
        }
        if let state = e.serverInfo?[.sqlState] {
            self.init(reason: PostgresFailure.serverReason(state), code: state, detail: e.serverInfo?[.message] ?? words)
            return
        }
        let underlying = e.underlying.map { "\($0)".replacingOccurrences(of: "\n", with: " ") }
        let reason: ProvinceErrorText = switch e.code {
        case .connectionError: connecting ? PostgresFailure.connectReason(underlying ?? words) : .serverGone
        case .serverClosedConnection, .uncleanShutdown: .serverGone
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError: .authentication
        default: .driverError
        }
        self.init(reason: reason, code: e.code.description, detail: underlying ?? words)
    }

    /// Why a connection could not be made, from the socket error's words (NIO's errors are not
    /// visible through postgres-nio's module).
    static func connectReason(_ words: String) -> ProvinceErrorText {
        let w = words.lowercased()
        if w.contains("refused") { return .refused }
        if w.contains("timeout") || w.contains("timed out") { return .timedOut }
        return .cannotConnect
    }

    /// The reason for a server error by its SQLSTATE (PostgreSQL's appendix A).
    static func serverReason(_ state: String) -> ProvinceErrorText {
        switch state {
        case "28P01", "28000": .authentication
        case "3D000": .noDatabase
        case "42P01": .noSchema
        case "40001", "40P01": .serialization
        case "57P01", "57P02", "57P03", "08006", "08003": .serverGone
        default: state.hasPrefix("53") ? .serverFull : .serverError
        }
    }

    /// The reason with its code, and under English the driver's words.
    func text(_ language: Language) -> String {
        let code = ProvinceErrorText.code.text(language, ["code": self.code])
        let detail = language.isChinese ? code : code + ": " + self.detail
        return ProvinceErrorText.withDetail.text(language, ["reason": reason.text(language), "detail": detail])
    }
}
