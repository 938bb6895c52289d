public import Hummingbird
internal import Catalogue
internal import Logging
internal import LedgerService

/// Turns every refusal and failure into a page in the person's language, or JSON under `/api/`.
public struct ErrorPageMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let site: WebSite

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as WebError {
            return respond(e, request: request, context: context)
        } catch let e as any HTTPResponseError {
            switch e.status {
            case .notFound, .methodNotAllowed: return respond(WebError(.notFound), request: request, context: context)
            case .contentTooLarge: return respond(WebError(.tooLarge(limitBytes: site.configuration.uploadMaxBytes)), request: request, context: context)
            default: return respond(WebError(.badRequest(WebText.badRequest.text(context.language))), request: request, context: context)
            }
        } catch {
            return respond(failure(Failure(error), context: context), request: request, context: context)
        }
    }

    /// A use case's failure as the command line's exit status would class it: bad input 400,
    /// nothing there 404, a ledger or proof that does not verify 409, anything else 500 (logged).
    func failure(_ f: Failure, context: Context) -> WebError {
        let line = f.message(context.language)
        switch f.kind {
        case .badInput, .rejected: return WebError(.badRequest(line))
        case .notFound, .noSuchEvent: return WebError(.notFound)
        case .verifyFailed: return WebError(.conflict(line))
        case .error:
            context.logger.error("request failed: \(f.code)")
            return WebError(.ledger(WebText.serverError.text(context.language)))
        }
    }

    func respond(_ e: WebError, request: Request, context: Context) -> Response {
        let api = APIGateMiddleware.isAPI(request.uri.path)
        if e.kind == .signInRequired && !api {
            let target = "/login?next=" + FormFields.encode(request.uri.path)
            return Response(status: .seeOther, headers: [.location: target])
        }
        if api {
            return JSONResponse.error(e, language: context.language)
        }
        return HTMLResponse.page(Layout.page(title: ErrorPage.title(e, context.language), context: context, path: request.uri.path,
                                             body: ErrorPage.body(e, context.language)), status: e.status)
    }
}
