public import Hummingbird
internal import Catalogue
internal import LedgerReports
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

    func page(_ context: WebContext, _ body: HTML, status: HTTPResponse.Status = .ok) -> Response {
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
        let asOf = try Self.asOf(form.field("as_of"), l)
        let view = ImportPage(language: l, session: session)
        do {
            if let asOf {
                let result = try runSnapshot(files, asOf: asOf, recordedAtMs: recordedAtMs, user: session.user, dryRun: true)
                let id = site.uploads.put(user: session.user, files: files, recordedAtMs: recordedAtMs, asOf: asOf)
                return page(context, view.snapshotPreview(result, asOf: asOf, stagedID: id, recordedAtMs: recordedAtMs))
            }
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
            if let asOf = staged.asOf {
                let result = try runSnapshot(staged.files, asOf: asOf, recordedAtMs: staged.recordedAtMs, user: session.user, dryRun: false)
                return page(context, view.missing(result.sheets) + view.result(result.outcome, digest: try site.ledger.digest()))
            }
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
        let request = Self.request(files, recordedAtMs: recordedAtMs, user: user, dryRun: dryRun)
        return try Self.refusingStoreLimits { try site.ledger.importFiles(request) }
    }

    /// One project-sheet import of the uploaded files, through `LedgerService.importSnapshot` as
    /// `taizhang import --snapshot --as-of DATE FILE…` runs it (no `--columns`: a zone's own headers
    /// are attributes, as typed).
    func runSnapshot(_ files: [(name: String, bytes: [UInt8])], asOf: BusinessDate, recordedAtMs: Int64?, user: String,
                     dryRun: Bool) throws -> SnapshotOutcome {
        let request = Self.request(files, recordedAtMs: recordedAtMs, user: user, dryRun: dryRun)
        return try Self.refusingStoreLimits { try site.ledger.importSnapshot(request, SnapshotRequest(asOf: asOf)) }
    }

    static func request(_ files: [(name: String, bytes: [UInt8])], recordedAtMs: Int64?, user: String, dryRun: Bool) -> ImportRequest {
        var request = ImportRequest(files: [], recordedAtMs: recordedAtMs, operatorName: user, dryRun: dryRun)
        request.uploads = files
        return request
    }

    /// A recorded time before the head, or a batch over the store's limit: the clerk's to fix, a 400.
    static func refusingStoreLimits<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as StoreError where e.code == .recordedTimeBeforeHead || e.code == .tooManyEvents {
            throw WebError(.badRequest(e.message))
        }
    }

    /// The form's `as_of`: a project sheet's date, nil when empty (batch files).
    static func asOf(_ field: String?, _ l: Language) throws -> BusinessDate? {
        guard let text = field?.trimmingCharacters(), !text.isEmpty else { return nil }
        guard let day = try? BusinessDate.parse(text) else { throw WebError(.badRequest(WebText.badDate.text(l, ["value": text]))) }
        return day
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(Substring(self).trimmingSpaces().trimmingCharacters(in: .newlines))
    }
}
