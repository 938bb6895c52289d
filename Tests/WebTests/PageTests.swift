import Foundation
import LedgerReports
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import Ledger
import LedgerStore
import LedgerImport
import LedgerService
@testable import TaizhangWeb

/// The pages and the API say what the command line says, in Chinese by default.
@Suite struct PageTests {
    static let fiveNames = ["省转化医学研究院", "微医集团互联网慢病管理产业基地项目", "攀藤高精度环保智能检测传感器生产基地(二期)项目",
                            "云居山环境生态科技产业园项目", "华茂智能家居基地项目"]

    @Test func theSummaryAsPublishedHasTheNewslettersFiguresAndAChartBarPerGroup() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            let page = try await client.execute(uri: "/summary/2021Q1?as_known_at=2021-04-15", method: .get, headers: v.headers)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("新签约亿元以上项目44个,总投资207.5亿元"))
            for name in Self.fiveNames { #expect(html.contains(HTML.escape(name)), "\(name)") }
            let groups = try #require(html.firstMatch(of: /<figure id="chart-groups">(.*?)<\/figure>/.dotMatchesNewlines())?.1)
            let view = try t.site.ledger.summary(SummaryRequest(period: try Period.parse("2021Q1"), knownAtMs: Timestamp.parse("2021-04-15")))
            #expect(groups.matches(of: /<rect class="bar"/).count == view.summary.byGroup.count)
            #expect(view.summary.byGroup.count >= 4)
            #expect(html.contains("href=\"/projects/GJ-2021-001#e-"), "figures link to the events behind them")
            #expect(html.contains("lang=\"zh-CN\""))
            let english = try await client.execute(uri: "/summary/2021Q1?as_known_at=2021-04-15&lang=en", method: .get, headers: v.headers)
            #expect(english.text.contains("44 projects of 100 million yuan or more signed, worth 20.75 billion yuan"))
            #expect(english.cookie("lang") == "en", "the switch is kept in a cookie")
            let kept = try await client.execute(uri: "/", method: .get, headers: [.cookie: v.cookie + "; lang=en"])
            #expect(kept.text.contains("lang=\"en\""))
        }
    }

    @Test func theProjectPageShowsEveryEventWithItsBatchFileAndLine() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.auditor, client, site: t.site)
            let html = try await client.execute(uri: "/projects/GJ-2021-001", method: .get, headers: v.headers).text
            #expect(html.contains("省转化医学研究院"))
            #expect(html.contains("2021Q1.jsonl 第 1 行") || html.contains("2021Q1.jsonl 第"))
            let list = try await client.execute(uri: "/projects?q=%E5%8D%8E%E8%8C%82&sort=amount&desc=1", method: .get, headers: v.headers).text
            #expect(list.contains("华茂智能家居基地项目"))
            #expect(list.contains("共 1 个项目"))
        }
    }

    @Test func theAPIGivesTheCommandLinesShapes() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.auditor, client, site: t.site)
            let summary = try await client.execute(uri: "/api/summary/2021Q1?as_known_at=2021-04-15", method: .get, headers: v.headers)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.text.utf8)) as? [String: Any])
            #expect(object["schema"] as? String == "taizhang.summary/1")
            #expect((object["signed"] as? [String: Any])?["count"] as? Int == 44)
            let digest = try await client.execute(uri: "/api/digest", method: .get, headers: v.headers)
            let d = try #require(try JSONSerialization.jsonObject(with: Data(digest.text.utf8)) as? [String: Any])
            #expect(d["sequence"] as? Int == 108)
            let projects = try await client.execute(uri: "/api/projects?signed_in=2021Q1&min=20%E4%BA%BF", method: .get, headers: v.headers)
            #expect((try JSONSerialization.jsonObject(with: Data(projects.text.utf8)) as? [Any])?.count == 5)
            let batches = try await client.execute(uri: "/api/batches", method: .get, headers: v.headers)
            #expect((try JSONSerialization.jsonObject(with: Data(batches.text.utf8)) as? [Any])?.count == 3)
        }
    }

    @Test func anUploadLandsTheSameBytesWithTheSameProvenanceAsTheCommandLine() async throws {
        let web = try TestSite.make(fixtures: false)
        let cli = try TestSite.make()   // imported with InputFile.read(path:), as `taizhang import` reads
        defer { web.remove(); cli.remove() }
        try await web.test { client in
            let clerk = try await Login.as_(.clerk, client, site: web.site)
            for (file, recorded) in fixtureFiles {
                let bytes = Array(FileManager.default.contents(atPath: repositoryRoot + "/Fixtures/" + file)!)
                let (type, body) = multipart([(file, bytes)], fields: ["recorded_at": recorded])
                let dry = try await client.execute(uri: "/import?csrf=\(clerk.csrf)", method: .post, headers: [.cookie: clerk.cookie, .contentType: type], body: body)
                #expect(dry.status == .ok)
                #expect(try web.site.ledger.digest().sequence == 0 || dry.text.contains("试运行"))
                let staged = try #require(dry.text.firstMatch(of: /name="staged" value="([0-9a-f]+)"/)?.1)
                let (h, b) = clerk.form(["staged": String(staged)])
                let result = try await client.execute(uri: "/import/confirm", method: .post, headers: h, body: b)
                #expect(result.status == .ok)
                #expect(result.text.contains("id=\"landed\""))
                // A second confirm of the same staged upload lands nothing.
                #expect(try await client.execute(uri: "/import/confirm", method: .post, headers: h, body: b).status == .badRequest)
            }
        }
        let w = try web.site.ledger.batches(), c = try cli.site.ledger.batches()
        #expect(w.map { $0.fileSHA256 } == c.map { $0.fileSHA256 })
        #expect(w.map { "\($0.encoding) \($0.rows) \($0.eventCount) \($0.recordedAtMs)" } == c.map { "\($0.encoding) \($0.rows) \($0.eventCount) \($0.recordedAtMs)" })
        #expect(w.allSatisfy { $0.operatorName == "clerk" }, "the operator is the signed-in user")
        let wd = try web.site.ledger.digest(), cd = try cli.site.ledger.digest()
        #expect(wd.sequence == 108 && wd.sequence == cd.sequence)
        #expect(wd.treeHead == cd.treeHead, "the same events in the same order")
    }

    @Test func aBadFileShowsEveryProblemAsATable() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            let bytes = Array(FileManager.default.contents(atPath: repositoryRoot + "/Fixtures/bad/date-no-such-day.csv")!)
            let (type, body) = multipart([("date-no-such-day.csv", bytes)])
            let r = try await client.execute(uri: "/import?csrf=\(clerk.csrf)", method: .post, headers: [.cookie: clerk.cookie, .contentType: type], body: body)
            #expect(r.status == .unprocessableContent)
            #expect(r.text.contains("发现 3 个问题"))
            #expect(r.text.contains("2021-02-30"))
            #expect(r.text.contains("日历中没有这一天"))
        }
    }

    @Test func accountsNeverChangeTheDigestVerifyOrAnExport() throws {
        let t = try TestSite.make()
        defer { t.remove() }
        let before = try t.site.ledger.digest()
        let export = try AuditRoutes.export(t.site.ledger, csv: false)
        try t.site.accounts.add(name: "新录入员", role: .clerk, password: "another-password")
        try t.site.accounts.setPassword(name: "clerk", password: "changed-password")
        try t.site.accounts.remove(name: "auditor")
        #expect(try t.site.ledger.digest() == before)
        #expect(try t.site.ledger.verify().ok)
        #expect(try AuditRoutes.export(t.site.ledger, csv: false) == export)
        #expect(!String(decoding: export, as: UTF8.self).contains("新录入员"))
        let file = try String(contentsOfFile: t.path + "/accounts.json", encoding: .utf8)
        #expect(file.contains("\"bcrypt\" : \"$2"))
        #expect(!file.contains("changed-password"))
        let mode = try FileManager.default.attributesOfItem(atPath: t.path + "/accounts.json")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try t.site.accounts.authenticate(name: "clerk", password: "changed-password") != nil)
        #expect(try t.site.accounts.authenticate(name: "clerk", password: "secret-clerk") == nil)
    }
}
