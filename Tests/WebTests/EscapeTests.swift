import Foundation
import Testing
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Ledger
import LedgerService
@testable import TaizhangWeb

/// What a file brings (a project's name, group, note) reaches every page escaped, never as markup.
@Suite struct EscapeTests {
    static let hostile = "<script>alert(1)</script>&\"'"
    static let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;"

    @Test func aHostileNameIsTextOnEveryPageThatShowsIt() async throws {
        let t = try TestSite.make(fixtures: false)
        defer { t.remove() }
        let line = #"{"id": "E-X-1", "kind": "signed", "project": "X-1", "date": "2021-02-01", "amount": "2亿元", "name": "NAME", "group": "GROUP", "industry": "数字经济", "investor": "甲", "note": "NOTE"}"#
        let json = String(data: try JSONSerialization.data(withJSONObject: [Self.hostile]), encoding: .utf8)!.dropFirst().dropLast()
        let file = NSTemporaryDirectory() + "hostile-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try (line.replacingOccurrences(of: "\"NAME\"", with: String(json)).replacingOccurrences(of: "\"GROUP\"", with: String(json))
            .replacingOccurrences(of: "\"NOTE\"", with: String(json)) + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        _ = try t.site.ledger.importFiles(ImportRequest(files: [file], recordedAtMs: Timestamp.parse("2021-02-02T10:00:00+08:00"), operatorName: "test"))
        try await t.test { client in
            let v = try await Login.as_(.clerk, client, site: t.site)
            for path in ["/projects", "/projects/X-1", "/summary/2021Q1", "/summary/2021Q1/evidence/signed"] {
                let page = try await client.execute(uri: path, method: .get, headers: v.headers).text
                #expect(!page.contains("<script>"), "\(path)")
                #expect(page.contains(Self.escaped), "\(path): \(page)")
            }
        }
    }
}
