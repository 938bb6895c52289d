import Foundation
import Testing
import TestSupport

/// `projects` filters, sorting and formats, and `show`'s timeline, on Fixtures/projections
/// (see its README) and the newsletter's 海云.
@Suite struct ProjectsCommandTests {
    static let ledger: String = Fixture.once { try projectionLedger() }

    func ids(_ arguments: String...) throws -> [String] {
        let r = try run(taizhangBinary, ["--db", Self.ledger, "projects"] + arguments + ["--json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try jsonArray(r.stdout).map { text($0, "project") ?? "?" }
    }

    @Test func filters() throws {
        #expect(try ids() == ["T-2020-01", "T-2020-02", "T-2020-03", "T-2020-04", "T-2021-01", "T-2021-02", "T-2021-03", "T-2021-04",
                              "T-2021-05", "T-2021-06", "T-2021-08", "T-2021-09", "T-2021-10"])
        #expect(try ids("--group", "经开组团") == ["T-2020-02", "T-2020-04", "T-2021-02", "T-2021-05", "T-2021-06", "T-2021-10"])
        #expect(try ids("--industry", "新材料") == ["T-2020-03", "T-2021-03", "T-2021-05", "T-2021-06", "T-2021-08"])
        #expect(try ids("--status", "signed") == ["T-2020-02", "T-2020-03", "T-2021-02", "T-2021-04", "T-2021-09", "T-2021-10"])
        #expect(try ids("--status", "started") == ["T-2021-03", "T-2021-05", "T-2021-08"])
        #expect(try ids("--status", "在建") == ["T-2021-03", "T-2021-05", "T-2021-08"])
        #expect(try ids("--status", "commissioned") == ["T-2020-04", "T-2021-01"])
        #expect(try ids("--status", "已终止") == ["T-2020-01", "T-2021-06"])
        // --min compares the total investment after revisions: T-2021-02 was signed at 50亿元, revised to 55亿元.
        #expect(try ids("--min", "55亿") == ["T-2020-03", "T-2021-01", "T-2021-02"])
        #expect(try ids("--min", "1亿元") == ["T-2020-01", "T-2020-03", "T-2020-04", "T-2021-01", "T-2021-02", "T-2021-03", "T-2021-04",
                                            "T-2021-06", "T-2021-08", "T-2021-09", "T-2021-10"])
        #expect(try ids("--signed-in", "2021Q1") == ["T-2021-01", "T-2021-02", "T-2021-03", "T-2021-04", "T-2021-05", "T-2021-06", "T-2021-09"])
        #expect(try ids("--signed-in", "2021Q1", "--group", "临空组团", "--status", "started") == ["T-2021-03"])
    }

    @Test func sorting() throws {
        #expect(try ids("--signed-in", "2021Q1", "--min", "20亿", "--sort", "amount", "--descending") == ["T-2021-01", "T-2021-02", "T-2021-03"])
        #expect(try ids("--sort", "amount").prefix(3) == ["T-2020-02", "T-2021-05", "T-2021-04"])
        #expect(try ids("--sort", "signed") == ["T-2020-01", "T-2020-02", "T-2020-03", "T-2020-04", "T-2021-01", "T-2021-02", "T-2021-03",
                                                "T-2021-04", "T-2021-05", "T-2021-09", "T-2021-06", "T-2021-08", "T-2021-10"])
        #expect(try ids("--sort", "disbursed", "--descending") == ["T-2020-04", "T-2021-08", "T-2020-03", "T-2021-01", "T-2020-01", "T-2021-05",
                                                                  "T-2020-02", "T-2021-02", "T-2021-03", "T-2021-04", "T-2021-06", "T-2021-09", "T-2021-10"])
        #expect(try ids("--sort", "name") == ["T-2021-04", "T-2020-04", "T-2020-02", "T-2020-03", "T-2021-02", "T-2021-05", "T-2021-09",
                                              "T-2021-01", "T-2021-08", "T-2021-03", "T-2020-01", "T-2021-06", "T-2021-10"])
    }

    @Test func projectsOfTheSameNameSortByIdWithinIt() throws {
        // Before file 3 the newsletter's GJ-2021-012 and its duplicate GJ-2021-032 share a name.
        let ledger = try fixtureLedger(batches: 2)
        let r = try taizhang(ledger, "projects", "--sort", "name", "--json")
        let same = try jsonArray(r.stdout).filter { text($0, "name") == "智慧医疗大数据中心项目" }.map { text($0, "project") ?? "" }
        #expect(same == ["GJ-2021-012", "GJ-2021-032"])
    }

    @Test func jsonCSVAndTable() throws {
        let all = try jsonArray(try taizhang(Self.ledger, "projects", "--json").stdout)
        let p = try #require(all.first { text($0, "project") == "T-2020-04" })
        #expect(text(p, "name") == "光电模组厂" && text(p, "group") == "经开组团" && text(p, "industry") == "光电信息" && text(p, "investor") == "示例投资方04")
        #expect(text(p, "status") == "commissioned" && integer(p, "signed_fen") == 100_000_000_000 && integer(p, "total_fen") == 100_000_000_000)
        #expect(integer(p, "disbursed_fen") == 40_000_000_000 && integer(p, "revisions") == 0)
        #expect(text(p, "signed") == "2020-11-02" && text(p, "started") == "2020-12-01" && text(p, "commissioned") == "2021-02-20")
        #expect(integer(p, "days_signing_to_start") == 29 && integer(p, "days_start_to_commissioning") == 81 && integer(p, "days_signing_to_commissioning") == 110)
        #expect(lookup(p, "terminated") == nil)
        let t = try #require(all.first { text($0, "project") == "T-2020-01" })
        #expect(text(t, "status") == "terminated" && text(t, "terminated") == "2021-06-15" && integer(t, "disbursed_fen") == 5_000_000_000)

        let csv = try taizhang(Self.ledger, "projects", "--csv", "--group", "经开组团", "--sort", "amount", "--descending").stdout
        let rows = csv.split(separator: "\n").map(String.init)
        #expect(rows.first == "project,name,group,industry,investor,status,signed,total_fen,disbursed_fen,started,commissioned,terminated")
        #expect(rows.dropFirst().first == "T-2021-02,显示面板基地,经开组团,光电信息,示例投资方02,signed,2021-02-01,550000000000,0,,,")
        #expect(rows.contains("T-2021-05,涂层材料项目,经开组团,新材料,示例投资方05,started,2021-03-10,9999999999,1234560000,2021-03-12,,"))
        #expect(rows.count == 7)

        let table = try taizhang(Self.ledger, "projects").stdout
        // Text rounds as published (issue 12): the exact total 316.1999999999亿元 stays in --json/--csv.
        #expect(table.contains("共 13 个项目,总投资 316.2亿元\n"), "\(table.suffix(80))")
        #expect(try taizhang(Self.ledger, "projects", "--lang", "en", "--signed-in", "2021Q2").stdout.contains("2 projects, 3.12 billion yuan in total"))
    }

    @Test(arguments: [["--status", "paused"], ["--sort", "size"], ["--signed-in", "2021Q5"], ["--min", "lots"]])
    func aBadOptionIsAUsageError(_ arguments: [String]) throws {
        let r = try run(taizhangBinary, ["--db", Self.ledger, "projects"] + arguments)
        #expect(r.status == 2)
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(arguments[0]), "\(r.stderr)")
    }

    @Test func showGivesTheTimelineOfHaiyun() throws {
        let ledger = try fixtureLedger(batches: 2)
        let o = try jsonObject(try taizhang(ledger, "show", "GJ-2020-002", "--json").stdout)
        #expect(text(o, "name") == "海云智能制造产业园" && text(o, "group") == "共青组团" && text(o, "status") == "commissioned")
        #expect(text(o, "signed") == "2020-05-12" && text(o, "started") == "2020-07-08" && text(o, "commissioned") == "2021-03-26")
        #expect(integer(o, "days_signing_to_start") == 57 && integer(o, "days_start_to_commissioning") == 261)
        #expect(integer(o, "days_signing_to_commissioning") == 318)
        #expect(column(o, "events", "kind").prefix(2) == ["signed", "started"])
        #expect(column(o, "events", "file").allSatisfy { $0.hasPrefix("Fixtures/") })
        let zh = try taizhang(ledger, "show", "GJ-2020-002").stdout
        for line in ["签约至开工  57 天", "开工至投产  261 天", "签约至投产  318 天"] {
            #expect(zh.split(separator: "\n").contains { $0.split(separator: " ").joined(separator: " ") == line.split(separator: " ").joined(separator: " ") }, "missing: \(line)")
        }
        #expect(try taizhang(ledger, "show", "GJ-2020-002", "--lang", "en").stdout.contains("318 days"))
    }

    @Test func showMarksVoidsAndAVoidedSigning() throws {
        let voidedSigning = try taizhang(Self.ledger, "show", "T-2021-07", "--lang", "en")
        #expect(voidedSigning.status == 0)
        #expect(voidedSigning.stdout.contains("(its signing was voided)"))
        #expect(text(try jsonObject(try taizhang(Self.ledger, "show", "T-2021-07", "--json").stdout), "status") == "void")
        let o = try jsonObject(try taizhang(Self.ledger, "show", "T-2021-01", "--json").stdout)
        #expect(integer(o, "disbursed_fen") == 15_000_000_000)
        #expect(column(o, "events", "voided_by").contains("29"))
        #expect(try taizhang(Self.ledger, "show", "T-2021-01").stdout.contains("[已被 29 作废]"))
        #expect(try taizhang(Self.ledger, "show", "NO-SUCH").status == 2)
    }
}
