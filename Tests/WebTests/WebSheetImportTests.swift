import Foundation
import Testing
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Ledger
import LedgerService
import LedgerReports
@testable import TaizhangWeb

/// `/import` with an as-of date: the project sheet imported as `taizhang import --snapshot --as-of` does,
/// and `/projects/ID` showing the attributes (record version 2) the sheet brought.
@Suite struct WebSheetImportTests {
    static let folder = repositoryRoot + "/Fixtures/sheets/snapshot/"
    static let march = "2021-03-31.xlsx"

    static func bytes(_ file: String) -> [UInt8] { Array(FileManager.default.contents(atPath: folder + file)!) }

    /// Posts `file` with `as_of` as the dry run; the response and the staged id.
    static func dryRun(_ client: any TestClientProtocol, _ clerk: Visitor, name: String, bytes: [UInt8], asOf: String,
                       lang: String = "", recorded: String? = nil) async throws -> TestResponse {
        let (type, body) = multipart([(name, bytes)], fields: ["as_of": asOf, "recorded_at": recorded ?? asOf + "T17:00:00+08:00"])
        return try await client.execute(uri: "/import?csrf=\(clerk.csrf)\(lang)", method: .post,
                                        headers: [.cookie: clerk.cookie, .contentType: type], body: body)
    }

    static func confirm(_ client: any TestClientProtocol, _ clerk: Visitor, _ dry: TestResponse, lang: String = "") async throws -> TestResponse {
        let staged = try #require(dry.text.firstMatch(of: /name="staged" value="([0-9a-f]+)"/)?.1)
        let (h, b) = clerk.form(["staged": String(staged)])
        return try await client.execute(uri: "/import/confirm\(lang)", method: .post, headers: h, body: b)
    }

    @Test func aProjectSheetsDryRunShowsTheDerivedEventsAndItsConfirmLandsWhatTheCommandLineLands() async throws {
        let web = try TestSite.make(fixtures: false)
        let cli = try TestSite.make(fixtures: false)
        defer { web.remove(); cli.remove() }
        try await web.test { client in
            let clerk = try await Login.as_(.clerk, client, site: web.site)
            let dry = try await Self.dryRun(client, clerk, name: Self.march, bytes: Self.bytes(Self.march), asOf: "2021-03-31")
            #expect(dry.status == .ok)
            #expect(dry.text.contains("试运行:按截至 2021-03-31 的项目台账将新增 5 个事件;记录时间 2021-03-31T17:00:00+08:00。尚未写入。"), "\(dry.text)")
            #expect(dry.text.contains("<th>单元格</th><th>变更内容</th>"))
            #expect(dry.text.contains("<tr><td>SS-001</td><td>签约</td><td>2021-01-31</td><td class=\"num\">30亿元</td><td><code>G3</code></td><td>到位资金累计（万元） 5000;挂点领导 张三</td></tr>"),
                    "\(dry.text)")
            #expect(dry.text.contains("<tr><td>SS-001</td><td>开工</td><td>2021-03-31</td><td class=\"num\"></td><td><code>I3</code></td><td></td></tr>"))
            #expect(try web.site.ledger.digest().sequence == 0, "a dry run writes nothing")
            let landed = try await Self.confirm(client, clerk, dry)
            #expect(landed.status == .ok)
            #expect(landed.text.contains("<p class=\"ok\" id=\"landed\">已导入 5 个事件</p>"), "\(landed.text)")

            // The next month's sheet in English: only what changed, with its cells.
            let june = "2021-06-30.xlsx"
            let dryEn = try await Self.dryRun(client, clerk, name: june, bytes: Self.bytes(june), asOf: "2021-06-30", lang: "&lang=en")
            #expect(dryEn.status == .ok)
            #expect(dryEn.text.contains("Dry run: the project sheet as of 2021-06-30 would add 8 events; recorded time 2021-06-30T17:00:00+08:00. Nothing is written yet."),
                    "\(dryEn.text)")
            #expect(dryEn.text.contains("<th>cell</th><th>changes</th>"))
            #expect(dryEn.text.contains("<tr><td>SS-005</td><td>terminated</td><td>2021-06-30</td><td class=\"num\"></td><td><code>L7</code></td><td></td></tr>"),
                    "\(dryEn.text)")
            #expect(try await Self.confirm(client, clerk, dryEn, lang: "?lang=en").text.contains("imported 8 events"))
        }
        // The command line's use case over the same files: the same batches, events and projects.
        for (file, asOf) in [(Self.march, "2021-03-31"), ("2021-06-30.xlsx", "2021-06-30")] {
            var request = ImportRequest(files: [Self.folder + file], recordedAtMs: Timestamp.parse(asOf + "T17:00:00+08:00"), operatorName: "clerk")
            request.dryRun = false
            _ = try cli.site.ledger.importSnapshot(request, SnapshotRequest(asOf: try BusinessDate.parse(asOf)))
        }
        let w = try web.site.ledger.batches(), c = try cli.site.ledger.batches()
        #expect(w.count == 2)
        #expect(w.map { "\(Hex.string($0.fileSHA256)) \($0.rows) \($0.eventCount) \($0.recordedAtMs) \($0.operatorName)" }
                == c.map { "\(Hex.string($0.fileSHA256)) \($0.rows) \($0.eventCount) \($0.recordedAtMs) \($0.operatorName)" })
        #expect(try web.site.ledger.digest().sequence == 13)
        let facts = { (site: WebSite) in try site.ledger.projects().map { JSONText.render(ProjectText.jsonObject($0)) } }
        #expect(try facts(web.site) == (try facts(cli.site)))
    }

    @Test func aSheetsProblemsAreATableOfFileSheetLineColumnValueAndReason() async throws {
        let t = try TestSite.make(fixtures: false)
        defer { t.remove() }
        let sheet = "项目编号,项目名称,签约时间,协议投资额（亿元）\nSS-101,测试一号项目,2021-02-30,3\n"
        try await t.test { client in
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            let r = try await Self.dryRun(client, clerk, name: "台账.csv", bytes: Array(sheet.utf8), asOf: "2021-03-31")
            #expect(r.status == .unprocessableContent)
            #expect(r.text.contains("<th>文件</th><th>工作表</th><th class=\"num\">行</th><th>列</th><th>值</th><th>原因</th>"), "\(r.text)")
            #expect(r.text.contains("<tr><td>台账.csv</td><td></td><td class=\"num\">2</td><td>签约时间</td><td><code>2021-02-30</code></td>"), "\(r.text)")
            let en = try await Self.dryRun(client, clerk, name: "台账.csv", bytes: Array(sheet.utf8), asOf: "2021-03-31", lang: "&lang=en")
            #expect(en.text.contains("<th>file</th><th>sheet</th>"), "\(en.text)")
            let bad = try await Self.dryRun(client, clerk, name: "台账.csv", bytes: Array(sheet.utf8), asOf: "2021-13-01", recorded: "2021-03-31T17:00:00+08:00")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("“2021-13-01”不是日期(例如 2021-03-31)"), "\(bad.text)")
        }
        #expect(try t.site.ledger.digest().sequence == 0)
        #expect(ImportPage.place("台账.xlsx[六月]") == ("台账.xlsx", "六月"))
        #expect(ImportPage.place("a.csv") == ("a.csv", ""))
        #expect(ImportPage.place("[x]") == ("[x]", ""))
    }

    @Test func aProjectsPageShowsItsAttributesInBothLanguages() async throws {
        let t = try TestSite.make(fixtures: false)
        defer { t.remove() }
        try await t.test { client in
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            for (file, asOf) in [(Self.march, "2021-03-31"), ("2021-06-30.xlsx", "2021-06-30")] {
                let dry = try await Self.dryRun(client, clerk, name: file, bytes: Self.bytes(file), asOf: asOf)
                #expect(try await Self.confirm(client, clerk, dry).status == .ok)
            }
            let analyst = try await Login.as_(.analyst, client, site: t.site)
            let zh = try await client.execute(uri: "/projects/SS-002", method: .get, headers: analyst.headers).text
            #expect(zh.contains("<tr><td>挂点领导</td><td>李四</td></tr>"), "\(zh)")
            #expect(zh.contains("<tr><td>到位资金累计（万元）</td><td>800</td></tr>"), "\(zh)")
            #expect(zh.contains("项目名称改为 生物二号产业园项目;到位资金累计（万元）改为 800;2021-06-30 2021-06-30.xlsx!C4,K4"), "\(zh)")
            let en = try await client.execute(uri: "/projects/SS-002?lang=en", method: .get, headers: analyst.headers).text
            #expect(en.contains("<tr><td>挂点领导</td><td>李四</td></tr>"), "a sheet's own column keeps its header: \(en)")
            #expect(en.contains("name → 生物二号产业园项目; 到位资金累计（万元） → 800; 2021-06-30 2021-06-30.xlsx!C4,K4"), "\(en)")
        }
    }

    @Test func theWellKnownAttributesAreShownByTheirWords() async throws {
        let t = try TestSite.make(fixtures: false)
        defer { t.remove() }
        let sheet = "项目编号,项目名称,签约时间,协议投资额（亿元）,计划开工时间,责任单位,联系人\nSS-201,测试二号项目,2021-02-10,3,2021.5,招商一局,王五\n"
        try await t.test { client in
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            let dry = try await Self.dryRun(client, clerk, name: "台账.csv", bytes: Array(sheet.utf8), asOf: "2021-03-31")
            #expect(try await Self.confirm(client, clerk, dry).status == .ok, "\(dry.text)")
            let zh = try await client.execute(uri: "/projects/SS-201", method: .get, headers: clerk.headers).text
            let en = try await client.execute(uri: "/projects/SS-201?lang=en", method: .get, headers: clerk.headers).text
            for (chinese, english, value) in [("计划开工日期", "planned start", "2021-05-31"), ("责任单位", "responsible unit", "招商一局"),
                                              ("联系人", "contact", "王五")] {
                #expect(zh.contains("<tr><td>\(chinese)</td><td>\(value)</td></tr>"), "\(chinese): \(zh)")
                #expect(en.contains("<tr><td>\(english)</td><td>\(value)</td></tr>"), "\(english): \(en)")
            }
        }
    }
}
