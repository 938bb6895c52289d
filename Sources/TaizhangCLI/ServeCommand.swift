internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerService
internal import Logging
internal import TaizhangWeb

/// `taizhang serve`: the web interface over the ledger folder, until SIGINT or SIGTERM.
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("serve", .serveAbstract, .serveDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.listen, value: .vHostPort)) var listen = WebConfiguration.defaultListen
    @Option(help: Help.text(.tlsCert, value: .vFile)) var tlsCert: String?
    @Option(help: Help.text(.tlsKey, value: .vFile)) var tlsKey: String?
    @Option(help: Help.text(.uploadMaxBytes, value: .vBytes)) var uploadMaxBytes = "104857600"
    @Option(help: Help.text(.sessionIdleMinutes, value: .vMinutes)) var sessionIdleMinutes: Int = 30
    @Flag(help: Help.text(.secureCookies)) var secureCookies = false

    func run() throws {
        let l = output.language
        try Console.guarded {
            var c = WebConfiguration(ledgerPath: ledger.path)
            guard let (host, port) = WebConfiguration.hostAndPort(listen) else { throw UsageError(WebText.serveBadListen.text(l, ["value": listen])) }
            c.host = host
            c.port = port
            guard (tlsCert == nil) == (tlsKey == nil) else { throw UsageError(WebText.serveTLSPair.text(l)) }
            c.tlsCertificatePath = tlsCert
            c.tlsKeyPath = tlsKey
            guard let max = Int(uploadMaxBytes), max > 0 else { throw UsageError(WebText.serveBadUploadMax.text(l, ["value": uploadMaxBytes])) }
            c.uploadMaxBytes = max
            c.sessionIdleSeconds = Double(Swift.max(1, sessionIdleMinutes)) * 60
            c.secureCookiesBehindProxy = secureCookies
            try LedgerService(path: c.ledgerPath).requireExists()
            var logger = Logger(label: "taizhang.serve")
            logger.logLevel = .info
            let site = try WebSite(configuration: c, logger: logger)
            let scheme = c.underTLS ? "https" : "http"
            Console.err(WebText.serveListening.text(l, ["url": "\(scheme)://\(listen)/", "path": c.ledgerPath]))
            try ServeCommand.blocking { try await WebServer.run(site: site) }
            Console.err(WebText.serveStopped.text(l))
        }
    }

    /// Runs `body` on Swift's executors and waits for it on this thread (the command line is synchronous).
    static func blocking(_ body: @escaping @Sendable () async throws -> Void) throws {
        final class Outcome: @unchecked Sendable { var error: (any Error)? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await body() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }
}
