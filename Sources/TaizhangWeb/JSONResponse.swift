public import Hummingbird
internal import Catalogue
internal import LedgerReports

/// JSON for scripts under `/api/`, rendered by the same `JSONText` as the command line's `--json`.
enum JSONResponse {
    static func ok(_ object: Any) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: JSONText.render(object) + "\n")))
    }

    /// JSON already rendered (a cached summary), gzip-encoded or not: the buffer is sent as it
    /// is, not copied. `Vary: Accept-Encoding` either way, so a cache between keeps both apart.
    static func bytes(_ json: ByteBuffer, gzip: Bool) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .vary: "Accept-Encoding"]
        if gzip { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: json))
    }

    static func error(_ e: WebError, language: Language) -> Response {
        let object: [String: Any] = ["error": e.code, "message": ErrorPage.message(e, language)]
        return Response(status: e.status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: JSONText.render(object) + "\n")))
    }
}
