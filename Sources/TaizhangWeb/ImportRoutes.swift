public import Hummingbird
internal import Catalogue
internal import Ledger
internal import LedgerImport
internal import LedgerStore
internal import LedgerService
internal import Foundation

/// `/import` (clerks): upload, dry run, confirm, result; the same bytes as `taizhang import FILE…`.
struct ImportRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/import") { _, context in page(context, ImportPage(language: context.language, session: context.session!).form()) }
        group.post("/import") { request, context in try await dryRun(request, context) }
        group.post("/import/confirm") { request, context in try await confirm(request, context) }
    }

    func page(_ context: WebContext, _ body: Markup, status: HTTPResponse.Status = .ok) -> Response {
        HTMLResponse.page(Layout.page(title: WebText.importTitle.text(context.language), context: context, path: "/import", body: body), status: status)
    }

    /// Reads the upload (refusing more than `--upload-max-bytes` before reading it), checks every
    /// file as the command line does, and shows what would land or every problem.
    func dryRun(_ request: Request, _ context: WebContext) async throws -> Response {
        let l = context.language
        let session = context.session!
        let limit = site.configuration.uploadMaxBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw WebError(.tooLarge(limitBytes: limit)) }
        var request = request
        let body = try await request.collectBody(upTo: limit)
        guard let form = MultipartForm.parse(body, contentType: request.headers[.contentType] ?? "") else {
            throw WebError(.badRequest(WebText.importNotMultipart.text(l)))
        }
        let files = form.files.map { (name: UploadName.clean($0.fileName ?? ""), bytes: $0.bytes) }
        guard !files.isEmpty else { throw WebError(.badRequest(WebText.importNoFiles.text(l))) }
        var recordedAtMs: Int64?
        if let t = form.field("recorded_at")?.trimmingCharacters(), !t.isEmpty {
            guard let ms = Timestamp.parse(t) else { throw WebError(.badRequest(WebText.badTime.text(l, ["value": t]))) }
            recordedAtMs = ms
        }
        let view = ImportPage(language: l, session: session)
        do {
            let outcome = try run(files, recordedAtMs: recordedAtMs, user: session.user, dryRun: true)
            let id = site.uploads.put(user: session.user, files: files, recordedAtMs: recordedAtMs)
            return page(context, view.preview(outcome, stagedID: id, recordedAtMs: recordedAtMs))
        } catch let e as Rejection {
            return page(context, view.problems(e.problems), status: .unprocessableContent)
        }
    }

    func confirm(_ request: Request, _ context: WebContext) async throws -> Response {
        let l = context.language
        let session = context.session!
        var request = request
        let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
        guard let id = form["staged"], let staged = site.uploads.take(id: id, user: session.user) else {
            throw WebError(.badRequest(WebText.importStagedGone.text(l)))
        }
        let view = ImportPage(language: l, session: session)
        do {
            let outcome = try run(staged.files, recordedAtMs: staged.recordedAtMs, user: session.user, dryRun: false)
            return page(context, view.result(outcome, digest: try site.ledger.digest()))
        } catch let e as Rejection {
            return page(context, view.problems(e.problems), status: .unprocessableContent)
        }
    }

    /// One import of the uploaded files, through `LedgerService.importFiles` as `taizhang import
    /// FILE…` runs it: each file read from its bytes as a file of that name would be (format,
    /// encoding, SHA-256, a workbook's sheets), all of them landing or none.
    func run(_ files: [(name: String, bytes: [UInt8])], recordedAtMs: Int64?, user: String, dryRun: Bool) throws -> ImportOutcome {
        var request = ImportRequest(files: [], recordedAtMs: recordedAtMs, operatorName: user, dryRun: dryRun)
        request.uploads = files
        do {
            return try site.ledger.importFiles(request)
        } catch let e as StoreError where e.code == .recordedTimeBeforeHead || e.code == .tooManyEvents {
            throw WebError(.badRequest(e.message))
        }
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(Substring(self).trimmingSpaces().trimmingCharacters(in: .newlines))
    }
}
