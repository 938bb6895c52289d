import Foundation
import Testing
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Synchronization
@testable import TaizhangWeb

/// An upload with no `Content-Length` is read no further than `--upload-max-bytes`.
///
/// HummingbirdTesting's client always declares a body's length, so the route's check of the
/// header answers before the body is read; this suite hands the router a request whose body is
/// a stream of unknown length, as a chunked upload arrives, and counts what the server pulled.
@Suite struct UploadStreamTests {
    /// 1 KiB chunks, `total` bytes in all, counting how many the reader asked for.
    struct CountingBody: AsyncSequence, Sendable {
        typealias Element = ByteBuffer
        let total: Int
        let pulled: Counter

        struct AsyncIterator: AsyncIteratorProtocol {
            var left: Int
            let pulled: Counter
            mutating func next() async throws -> ByteBuffer? {
                guard left > 0 else { return nil }
                let n = Swift.min(1024, left)
                left -= n
                pulled.add(n)
                return ByteBuffer(repeating: UInt8(ascii: "x"), count: n)
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(left: total, pulled: pulled) }
    }

    final class Counter: Sendable {
        private let bytes = Mutex(0)
        func add(_ n: Int) { bytes.withLock { $0 += n } }
        var value: Int { bytes.withLock { $0 } }
    }

    @Test func anUploadWithoutALengthIsCutOffAtTheLimitNotReadToItsEnd() async throws {
        let t = try TestSite.make(fixtures: false) { $0.uploadMaxBytes = 64 * 1024 }
        defer { t.remove() }
        let before = try t.site.ledger.digest()
        try await t.test { client in
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            let responder = WebServer.router(site: t.site).buildResponder()
            let pulled = Counter()
            let head = HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: "/import?csrf=\(clerk.csrf)",
                                   headerFields: [.cookie: clerk.cookie, .contentType: "multipart/form-data; boundary=b0undary"])
            #expect(head.headerFields[.contentLength] == nil)
            let request = Request(head: head, body: RequestBody(asyncSequence: CountingBody(total: 64 * 1024 * 1024, pulled: pulled)))
            let context = WebContext(source: .init(channel: NIOAsyncTestingChannel(), logger: Logger(label: "test")))
            let response = try await responder.respond(to: request, context: context)
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            // The limit and at most one chunk past it: not the 64 MiB the client would send.
            #expect(pulled.value <= 64 * 1024 + 1024)
        }
        #expect(try t.site.ledger.digest() == before)
    }
}
