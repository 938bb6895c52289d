import Foundation
import Testing
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SystemZlib
import LedgerReports
import LedgerService
import Ledger
@testable import TaizhangWeb

/// `/api/summary/PERIOD`: `summary --json`'s keys and values, compact, and gzip-encoded for a
/// client that asks for it (`Accept-Encoding: gzip`), with `Vary: Accept-Encoding` either way.
@Suite struct APIEncodingTests {
    /// A gzip member's bytes, decoded with zlib (the test's own reading, not the server's code).
    static func gunzip(_ bytes: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        return input.withUnsafeMutableBufferPointer { i -> [UInt8]? in
            stream.next_in = i.baseAddress
            stream.avail_in = uInt(i.count)
            while true {
                let r: Int32 = chunk.withUnsafeMutableBufferPointer { o in
                    stream.next_out = o.baseAddress
                    stream.avail_out = uInt(o.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                out += chunk.prefix(chunk.count - Int(stream.avail_out))
                if r == Z_STREAM_END { return stream.avail_in == 0 ? out : nil }
                if r != Z_OK { return nil }
            }
        }
    }

    @Test func theSummaryIsTheCommandLinesObjectCompactAndGzipWhenAsked() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        // What `taizhang summary 2021Q1 --json --as-known-at 2021-04-15` prints, through the same use case.
        let request = SummaryRequest(period: try Period.parse("2021Q1"), rules: .builtIn, knownAtMs: Timestamp.parse("2021-04-15"), asOf: nil)
        let result = try t.site.ledger.summary(request)
        let cli = JSONText.render(SummaryRenderer(result, language: .zh).jsonObject(result))
        // Compared as objects (parsed, then written again with sorted keys): the same keys and values.
        let canonical = { @Sendable (text: String) throws -> String in JSONText.render(try JSONSerialization.jsonObject(with: Data(text.utf8)), pretty: false) }
        let cliObject = try canonical(cli)
        #expect(cli.contains("\n  "), "the command line's is indented")
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            let uri = "/api/summary/2021Q1?as_known_at=2021-04-15"
            let plain = try await client.execute(uri: uri, method: .get, headers: v.headers)
            #expect(plain.status == .ok)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(plain.headers[.vary] == "Accept-Encoding")
            #expect(!plain.text.contains("\n  "), "no indentation")
            #expect(plain.text.hasSuffix("}\n"))
            #expect(try canonical(plain.text) == cliObject, "the same keys and values as summary --json")
            #expect(plain.text.contains("\"signed\":{\"count\":44,"), "\(plain.text.prefix(300))")

            var headers = v.headers
            headers[.acceptEncoding] = "gzip, deflate, br"
            let zipped = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(zipped.status == .ok)
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.vary] == "Accept-Encoding")
            #expect(zipped.headers[.contentType] == "application/json; charset=utf-8")
            let bytes = Array(zipped.body.readableBytesView)
            #expect(bytes.prefix(2) == [0x1F, 0x8B], "a gzip member")
            #expect(bytes.count < plain.body.readableBytes)
            #expect(Self.gunzip(bytes) == Array(plain.body.readableBytesView), "the same bytes, encoded")
            // Asked again: the same encoded bytes (compressed once per head, kept in the cache).
            #expect(Array(try await client.execute(uri: uri, method: .get, headers: headers).body.readableBytesView) == bytes)

            headers[.acceptEncoding] = "gzip;q=0, identity"
            #expect(try await client.execute(uri: uri, method: .get, headers: headers).headers[.contentEncoding] == nil)
        }
    }

    @Test func anImportIsSeenInBothEncodings() async throws {
        let t = try TestSite.make(fixtures: false)
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            var gz = v.headers
            gz[.acceptEncoding] = "gzip"
            let count = { (r: TestResponse, zipped: Bool) throws -> Int? in
                let bytes = zipped ? try #require(Self.gunzip(Array(r.body.readableBytesView))) : Array(r.body.readableBytesView)
                let o = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
                return (o?["signed"] as? [String: Any])?["count"] as? Int
            }
            #expect(try count(try await client.execute(uri: "/api/summary/2021Q1", method: .get, headers: gz), true) == 0)
            #expect(try count(try await client.execute(uri: "/api/summary/2021Q1", method: .get, headers: v.headers), false) == 0)
            for (file, recorded) in fixtureFiles {
                _ = try t.site.ledger.importFiles(ImportRequest(files: [repositoryRoot + "/Fixtures/" + file], recordedAtMs: Timestamp.parse(recorded),
                                                                operatorName: "test"))
            }
            #expect(try count(try await client.execute(uri: "/api/summary/2021Q1", method: .get, headers: gz), true) == 44)
            #expect(try count(try await client.execute(uri: "/api/summary/2021Q1", method: .get, headers: v.headers), false) == 44)
        }
    }

    @Test(arguments: [("gzip", true), ("GZIP", true), ("deflate, gzip;q=0.5", true), ("*", true), ("x-gzip", true),
                      ("gzip;q=0", false), ("gzip; q=0.0", false), ("deflate, br", false), ("", false), ("identity", false)])
    func acceptEncodingIsReadAsHTTPSaysIt(header: String, gzip: Bool) {
        #expect(GzipEncoding.accepted(header) == gzip)
    }
}
