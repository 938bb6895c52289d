internal import Catalogue
internal import LedgerReports

/// What a refusal page says: what happened and what to do, in the person's language.
enum ErrorPage {
    static func title(_ e: WebError, _ l: Language) -> String {
        switch e.kind {
        case .signInRequired: WebText.errorSignIn.text(l)
        case .forbidden: WebText.errorForbiddenTitle.text(l)
        case .badCSRF: WebText.errorCSRFTitle.text(l)
        case .notFound: WebText.errorNotFound.text(l)
        case .tooLarge: WebText.errorTooLargeTitle.text(l)
        case .throttled: WebText.errorThrottledTitle.text(l)
        case .badRequest: WebText.errorBadRequestTitle.text(l)
        case .conflict: WebText.errorConflictTitle.text(l)
        case .ledger: WebText.errorLedgerTitle.text(l)
        }
    }

    static func message(_ e: WebError, _ l: Language) -> String {
        switch e.kind {
        case .signInRequired: WebText.errorSignIn.text(l)
        case .forbidden(let p):
            WebText.errorForbidden.text(l, ["roles": Role.holding(p).map { WebText.role($0).text(l) + " (\($0.rawValue))" }
                .joined(separator: WebText.listSeparator.text(l))])
        case .badCSRF: WebText.errorCSRF.text(l)
        case .notFound: WebText.errorNotFound.text(l)
        case .tooLarge(let limit): WebText.errorTooLarge.text(l, ["limit": ByteCount.text(limit)])
        case .throttled(let name, let seconds):
            WebText.errorThrottled.text(l, ["name": name, "minutes": String(max(1, (seconds + 59) / 60))])
        case .badRequest(let m), .conflict(let m), .ledger(let m): m
        }
    }

    static func body(_ e: WebError, _ l: Language) -> HTML {
        "<p class=\"error\">\(message(e, l))</p><p><a href=\"/\">\(WebText.backHome.text(l))</a></p>"
    }
}

/// Sizes as people read them: `100 MiB`, `512 KiB`, `300 B`.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) B"
    }
}
