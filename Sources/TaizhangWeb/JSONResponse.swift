public import Hummingbird
internal import Catalogue
internal import LedgerReports

/// JSON for scripts under `/api/`, rendered by the same `JSONText` as the command line's `--json`.
enum JSONResponse {
    static func ok(_ object: Any) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: JSONText.render(object) + "\n")))
    }

    static func text(_ json: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: json)))
    }

    static func error(_ e: WebError, language: Language) -> Response {
        let object: [String: Any] = ["error": e.code, "message": ErrorPage.message(e, language)]
        return Response(status: e.status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: JSONText.render(object) + "\n")))
    }
}
