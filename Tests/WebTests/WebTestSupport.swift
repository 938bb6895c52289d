import Foundation
import Testing
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Ledger
import LedgerStore
import LedgerImport
@testable import TaizhangWeb

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let fixtureFiles = [("2020-projects.jsonl", "2021-01-05T09:00:00+08:00"), ("2021Q1.jsonl", "2021-04-10T17:00:00+08:00"),
                    ("2021-07-restatement.jsonl", "2021-07-12T10:00:00+08:00")]

/// Every log line the site wrote, message and metadata, for the tests that read the logs.
final class LogCapture: LogHandler, @unchecked Sendable {
    let lines = Mutex<[String]>([])
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        lines.withLock { $0.append("\(event.level) \(event.message) \(all)") }
    }
    var all: [String] { lines.withLock { $0 } }
}

/// A test clock the tests move forward.
final class TestClock: Sendable {
    let now = Mutex<Double>(1_700_000_000)
    func advance(_ seconds: Double) { now.withLock { $0 += seconds } }
    var read: @Sendable () -> Double { { [self] in now.withLock { $0 } } }
}

/// A fresh ledger in a temporary folder, with one account per role (password `secret-<role>`).
struct TestSite {
    let path: String
    let site: WebSite
    let logs: LogCapture
    let clock: TestClock

    static func make(fixtures: Bool = true, configure: (inout WebConfiguration) -> Void = { _ in }) throws -> TestSite {
        let path = NSTemporaryDirectory() + "taizhang-web-\(UUID().uuidString)"
        // The ledger is filled through its own environment, closed before the site opens one:
        // LMDB allows one environment per path per process, and tests run side by side.
        try {
            let store = try LedgerStore.create(at: path, zone: "赣江新区")
            guard fixtures else { return }
            for (file, recorded) in fixtureFiles {
                let input = try InputFile.read(path: repositoryRoot + "/Fixtures/" + file)
                _ = try store.importBatches(sources: [BatchSource(fileName: input.name, sha256: input.sha256, encoding: input.encoding)],
                                            options: ImportOptions(recordedAtMs: Timestamp.parse(recorded), operatorName: "test")) { _, sink in
                    try input.rows { try sink($0) }
                }
            }
        }()
        var c = WebConfiguration(ledgerPath: path)
        c.bcryptCost = 4
        configure(&c)
        let logs = LogCapture()
        let clock = TestClock()
        let site = try WebSite(configuration: c, logger: Logger(label: "test") { _ in logs }, clock: clock.read)
        for role in Role.allCases { try site.accounts.add(name: role.rawValue, role: role, password: "secret-\(role.rawValue)") }
        return TestSite(path: path, site: site, logs: logs, clock: clock)
    }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: WebServer.router(site: site))
        try await app.test(.router, body)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A signed-in person: the session cookie and the form token.
struct Visitor: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: cookie] }

    func form(_ fields: [String: String], csrf token: String? = nil) -> (HTTPFields, ByteBuffer) {
        var all = fields
        all["csrf"] = token ?? csrf
        let body = all.map { "\(FormFields.encode($0.key))=\(FormFields.encode($0.value))" }.joined(separator: "&")
        return ([.cookie: cookie, .contentType: "application/x-www-form-urlencoded"], ByteBuffer(string: body))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var cookies: [String] { headers[values: .setCookie] }
    func cookie(_ name: String) -> String? {
        cookies.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
    }
}

enum Login {
    /// Opens the login page and posts `name`/`password` with the page's own token.
    static func post(_ client: any TestClientProtocol, name: String, password: String) async throws -> TestResponse {
        let page = try await client.execute(uri: "/login", method: .get)
        let token = page.cookie(LoginRoutes.preLoginCookie)!
        let body = "name=\(FormFields.encode(name))&password=\(FormFields.encode(password))&login_token=\(token)&next=%2F"
        return try await client.execute(uri: "/login", method: .post,
                                        headers: [.cookie: "\(LoginRoutes.preLoginCookie)=\(token)", .contentType: "application/x-www-form-urlencoded"],
                                        body: ByteBuffer(string: body))
    }

    static func as_(_ role: Role, _ client: any TestClientProtocol, site: WebSite) async throws -> Visitor {
        let response = try await post(client, name: role.rawValue, password: "secret-\(role.rawValue)")
        let token = try #require(response.cookie(SessionMiddleware.cookieName))
        let session = try #require(site.sessions.session(token: token))
        return Visitor(cookie: "\(SessionMiddleware.cookieName)=\(token)", csrf: session.csrf)
    }
}

/// A multipart body with the files as a browser sends them.
func multipart(_ files: [(name: String, bytes: [UInt8])], fields: [String: String] = [:]) -> (String, ByteBuffer) {
    let boundary = "----taizhang-test-\(UUID().uuidString)"
    var body: [UInt8] = []
    for (k, v) in fields {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
    }
    for f in files {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(f.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += f.bytes + Array("\r\n".utf8)
    }
    body += Array("--\(boundary)--\r\n".utf8)
    return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(bytes: body))
}
