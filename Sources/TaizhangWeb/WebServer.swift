public import Hummingbird
internal import HummingbirdTLS
internal import HummingbirdCore
internal import NIOSSL
public import Logging

/// `taizhang serve`: the router with its middlewares and route groups, and the running application.
public enum WebServer {
    /// Every route, each in the group of the permission it needs.
    ///
    /// Order of the middlewares, outermost first: security headers (on every response), session
    /// and language, the request log (it sees the user and the final status), error pages.
    public static func router(site: WebSite) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware(underTLS: site.configuration.underTLS))
        router.add(middleware: SessionMiddleware(site: site))
        router.add(middleware: RequestLogMiddleware(logger: site.logger))
        router.add(middleware: ErrorPageMiddleware(site: site))
        router.add(middleware: APIGateMiddleware())

        router.get("/static/site.css") { _, _ in HTMLResponse.stylesheet() }
        LoginRoutes(site: site).add(to: router)
        ReadRoutes(site: site).add(to: router.group().add(middleware: RequireMiddleware(.read)))
        SummaryRoutes(site: site).add(to: router.group().add(middleware: RequireMiddleware(.read)))
        ReportRoutes(site: site).add(to: router.group().add(middleware: RequireMiddleware(.exportReports)))
        ImportRoutes(site: site).add(to: router.group().add(middleware: RequireMiddleware(.importEvents)).add(middleware: CSRFMiddleware()))
        VoidRoutes(site: site).add(to: router.group().add(middleware: RequireMiddleware(.void)).add(middleware: CSRFMiddleware()))
        AuditRoutes(site: site).add(to: router.group().add(middleware: RequireMiddleware(.audit)).add(middleware: CSRFMiddleware()))
        UserRoutes(site: site).add(to: router.group().add(middleware: RequireMiddleware(.manageUsers)).add(middleware: CSRFMiddleware()))
        APIRoutes(site: site).add(read: router.group("api").add(middleware: RequireMiddleware(.read)),
                                  audit: router.group("api").add(middleware: RequireMiddleware(.audit)))
        return router
    }

    /// The application over `site`: HTTP, or HTTPS with `--tls-cert`/`--tls-key`.
    public static func application(site: WebSite) throws -> some ApplicationProtocol {
        let c = site.configuration
        let server: HTTPServerBuilder
        if let cert = c.tlsCertificatePath, let key = c.tlsKeyPath {
            let certificates = try NIOSSLCertificate.fromPEMFile(cert).map { NIOSSLCertificateSource.certificate($0) }
            let tls = TLSConfiguration.makeServerConfiguration(certificateChain: certificates, privateKey: .file(key))
            server = try .tls(.http1(), tlsConfiguration: tls)
        } else {
            server = .http1()
        }
        return Application(router: router(site: site), server: server,
                           configuration: .init(address: .hostname(c.host, port: c.port), serverName: nil),
                           logger: site.logger)
    }

    /// Runs until SIGINT or SIGTERM, then finishes the requests in flight and returns.
    public static func run(site: WebSite) async throws {
        try await application(site: site).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
