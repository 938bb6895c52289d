public import Hummingbird
internal import Catalogue
internal import LedgerReports

/// JSON for scripts under `/api/`, rendered by the same `JSONText` as the command line's `--json`.
enum JSONResponse {
    static func ok(_ object: Any) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: JSONText.render(object) + "\n")))
    }

    /// JSON already rendered (a cached summary): the buffer is sent as it is, not copied.
    static func bytes(_ json: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: json))
    }

    static func error(_ e: WebError, language: Language) -> Response {
        let object: [String: Any] = ["error": e.code, "message": ErrorPage.message(e, language)]
        return Response(status: e.status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: JSONText.render(object) + "\n")))
    }
}
