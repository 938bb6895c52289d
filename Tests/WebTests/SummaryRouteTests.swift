import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import Ledger
import LedgerReports
import LedgerService
@testable import TaizhangWeb

/// The summary's pages beyond the figures: the events behind them page by page, the year's
/// targets, the sealed report, and the API's door for paths that are not there.
@Suite struct SummaryRouteTests {
    /// `count` signings of 20亿元 in 2021Q1, one project each, as a JSONL upload.
    static func signings(_ count: Int) -> [UInt8] {
        Array((1...count).map { i in
            #"{"id": "S-\#(i)", "kind": "signed", "project": "P-\#(i)", "date": "2021-02-01", "amount": "20亿元", "name": "项目\#(i)", "group": "经开组团", "industry": "新材料", "investor": "投资方\#(i)"}"#
        }.joined(separator: "\n").utf8) + [0x0A]
    }

    static func bodyRows(_ html: String) -> Int {
        guard let body = html.firstMatch(of: /<tbody>(.*?)<\/tbody>/.dotMatchesNewlines())?.1 else { return 0 }
        return body.matches(of: /<tr>/).count
    }

    @Test func theSummaryPageListsTheFirstFiftyAndTheEvidencePagesListEveryOne() async throws {
        let t = try TestSite.make(fixtures: false)
        defer { t.remove() }
        var request = ImportRequest(files: [], recordedAtMs: Timestamp.parse("2021-04-10T17:00:00+08:00"), operatorName: "test")
        request.uploads = [("many.jsonl", Self.signings(620))]
        _ = try t.site.ledger.importFiles(request)
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            let page = try await client.execute(uri: "/summary/2021Q1?as_known_at=2021-04-15", method: .get, headers: v.headers).text
            #expect(page.contains("新签约亿元以上项目620个"))
            let signed = try #require(page.firstMatch(of: /<h3 id="signed">.*?<\/table>/.dotMatchesNewlines())).output
            #expect(Self.bodyRows(String(signed)) == EvidenceList.rowsOnSummary)
            #expect(page.contains("以上为前 50 个,共 620 个"))
            let link = try #require(page.firstMatch(of: /href="(\/summary\/2021Q1\/evidence\/signed\?[^"]*page=0)"/)?.1)
            #expect(link.contains("as_known_at="), "the link keeps the time filter")
            let first = try await client.execute(uri: String(link).replacingOccurrences(of: "&amp;", with: "&"), method: .get, headers: v.headers)
            #expect(first.status == .ok)
            #expect(Self.bodyRows(first.text) == EvidenceList.rowsPerPage)
            #expect(first.text.contains("第 1–500 个,共 620 个"))
            #expect(first.text.contains("rel=\"next\"") && !first.text.contains("rel=\"prev\""))
            let second = try await client.execute(uri: "/summary/2021Q1/evidence/signed?as_known_at=2021-04-15&page=1", method: .get, headers: v.headers)
            #expect(Self.bodyRows(second.text) == 120)
            #expect(second.text.contains("rel=\"prev\"") && !second.text.contains("rel=\"next\""))
            // Every signing is on one of the two pages, once.
            let sequences = (first.text + second.text).matches(of: /#e-(\d+)"/).map { Int($0.1)! }
            #expect(Set(sequences) == Set(1...620) && sequences.count == 620)
            #expect(try await client.execute(uri: "/summary/2021Q1/evidence/nothing", method: .get, headers: v.headers).status == .notFound)
            #expect(try await client.execute(uri: "/summary/2021Q1/evidence/signed?page=-1", method: .get, headers: v.headers).status == .badRequest)
            // The band table (20亿元以上) names the first ten and counts the rest.
            #expect(page.contains("等 620 个"))
        }
    }

    @Test func theSummaryPageShowsTheRuleSetsTargetsAsSummaryCountsThem() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        let rules = RuleSet.builtIn
        let expected = try t.site.ledger.summary(SummaryRequest(period: try Period.parse("2021Q1"), threshold: rules.threshold,
                                                                 knownAtMs: Timestamp.parse("2021-04-15"), targets: rules.targets(year: 2021)))
        #expect(expected.summary.targets.count == 3)
        try await t.test { client in
            let v = try await Login.as_(.clerk, client, site: t.site)
            let page = try await client.execute(uri: "/summary/2021Q1?as_known_at=2021-04-15", method: .get, headers: v.headers).text
            let targets = try #require(page.firstMatch(of: /<div id="targets">(.*?)<\/div>/.dotMatchesNewlines())?.1)
            for target in expected.summary.targets {
                let cells = "<td class=\"num\">\(target.target)</td><td class=\"num\">\(target.actual)</td>"
                #expect(targets.contains(cells), "\(target.min.chinese): \(target.actual)/\(target.target)")
            }
            #expect(targets.contains("20亿元以上"))
            // A year without targets in the rule set shows none.
            let other = try await client.execute(uri: "/summary/2020Q4", method: .get, headers: v.headers).text
            #expect(!other.contains("id=\"targets\""))
        }
    }

    @Test func theReportIsTheCommandLinesSealedHTMLWithItsStyleAllowedByHash() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            let response = try await client.execute(uri: "/report/2021Q1?as_known_at=2021-04-15", method: .get, headers: v.headers)
            #expect(response.status == .ok)
            let request = FigureRequest(kind: "report", period: "2021Q1", asKnownAtMs: Timestamp.parse("2021-04-15"), rules: .builtIn,
                                        today: LedgerFigures.today(), options: ["lang": "zh"])
            #expect(response.text == (try SealedOutputs.html(try t.site.ledger.store(), request, language: .zh)), "the same bytes as `taizhang report`")
            let csp = try #require(response.headers[.contentSecurityPolicy])
            let style = try #require(response.text.firstMatch(of: /<style>(.*?)<\/style>/.dotMatchesNewlines())?.1)
            let hash = Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString()
            #expect(csp.contains("style-src 'self' 'sha256-\(hash)'"), "the browser applies exactly the report's style sheet")
            #expect(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'none'"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            // Every other page keeps the strict policy.
            let page = try await client.execute(uri: "/summary/2021Q1", method: .get, headers: v.headers)
            #expect(page.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.contentSecurityPolicy)
        }
    }

    @Test func theDownloadsCarryTheirSealAndTheJSONPassesCheckReport() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            let json = try await client.execute(uri: "/summary/2021Q1/export.json?as_known_at=2021-04-15", method: .get, headers: v.headers)
            #expect(json.status == .ok)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
            let seal = try #require(object["seal"] as? [String: Any])
            #expect(seal["tree_size"] as? Int == 89, "the prefix recorded by 2021-04-15: \(seal)")
            #expect(try ReportCheck.check(Array(json.text.utf8), path: "summary-2021Q1.json", store: try t.site.ledger.store()) == .ok)
            var altered = object, signed = try #require(object["signed"] as? [String: Any])
            #expect(signed["count"] as? Int == 44)
            signed["count"] = 45
            altered["signed"] = signed
            let alteredBytes = Array(try JSONSerialization.data(withJSONObject: altered))
            #expect(try ReportCheck.check(alteredBytes, path: "summary-2021Q1.json", store: try t.site.ledger.store()) != .ok)
            let csv = try await client.execute(uri: "/summary/2021Q1/export.csv?as_known_at=2021-04-15", method: .get, headers: v.headers)
            #expect(csv.status == .ok)
            let bytes = Array(csv.body.readableBytesView)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM, for Excel on Chinese Windows")
            #expect(csv.text.contains("89") && csv.text.contains(seal["tree_head"] as? String ?? "-"), "the seal's tree head in the file")
        }
    }

    @Test(arguments: ["/api", "/api/", "/api/nothing", "/api/summary", "/api/projects/GJ-2021-001/events", "/api/batches/1"])
    func everyAPIPathAnswers401WithoutASession(path: String) async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            for method: HTTPRequest.Method in [.get, .post, .delete] {
                let response = try await client.execute(uri: path, method: method)
                #expect(response.status == .unauthorized, "\(method) \(path)")
                #expect(response.text.contains("sign_in_required"))
            }
        }
    }
}
