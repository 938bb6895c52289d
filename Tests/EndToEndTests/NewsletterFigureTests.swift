import Foundation
import Testing
import TestSupport

/// The figures Fixtures/README.md states, each checked against `summary --json`: Q1 2021 as
/// published and restated and how they differ, the quarter's other activity, Q2, a year
/// earlier, the targets and file 1 alone.
@Suite struct NewsletterFigureTests {
    static let ledger: String = Fixture.once { try fixtureLedger() }
    static let yi: Int64 = 10_000_000_000
    static let fiveNames = ["省转化医学研究院", "攀藤高精度环保智能检测传感器生产基地(二期)项目", "云居山环境生态科技产业园项目",
                            "微医集团互联网慢病管理产业基地项目", "华茂智能家居基地项目"]

    func pairs(_ o: [String: Any], _ path: String, _ key: String) -> [String] {
        zip(zip(column(o, path, key), column(o, path, "count")), column(o, path, "total_fen")).map { "\($0.0) \($0.1) \($1)" }
    }

    @Test func publishedAndRestatedDifferByTheVoidAndTheLateSigning() throws {
        let published = try summaryJSON(Self.ledger, "2021Q1", "--as-known-at", "2021-04-15")
        let restated = try summaryJSON(Self.ledger, "2021Q1")
        #expect(integer(published, "signed.count") == 44 && integer(restated, "signed.count") == 44)
        #expect(integer(published, "signed.total_fen") == 2_075_000_000_000)
        #expect(integer(restated, "signed.total_fen") == 2_088_000_000_000)
        let before = Set(column(published, "signed.projects", "project")), after = Set(column(restated, "signed.projects", "project"))
        #expect(before.subtracting(after) == ["GJ-2021-032"])
        #expect(after.subtracting(before) == ["GJ-2021-046"])
        #expect(before.contains("GJ-2021-024") && !before.contains("GJ-2021-021"))   // exactly 1亿元 counts, 8000万元 does not
        for o in [published, restated] {
            #expect(column(o, "bands", "count") == ["5", "0", "0"])
            #expect(column(o, "bands.0.projects", "name") == Self.fiveNames)
            #expect(integer(o, "bands.0.total_fen") == 1185 * Self.yi / 10)
            #expect(column(o, "started.projects", "project") == ["GJ-2020-004", "GJ-2020-001", "GJ-2020-003", "GJ-2021-005", "GJ-2021-004", "GJ-2021-007"])
            #expect(column(o, "commissioned.projects", "project") == ["GJ-2020-002"])
            #expect(integer(o, "terminated.count") == 0)
            #expect(integer(o, "disbursed.total_fen") == 267_499_992_100)
            #expect(integer(o, "disbursed.new_projects_fen") == 30_499_992_100)
            #expect(integer(o, "disbursed.continuing_fen") == 237 * Self.yi / 10)
            #expect(text(o, "previous_year.quarter") == "2020Q1")
            #expect(integer(o, "previous_year.signed.count") == 2 && integer(o, "previous_year.signed.total_fen") == 45 * Self.yi / 10)
        }
        #expect(pairs(published, "by_group", "group") == ["直管区 11 763500000000", "永修组团 9 548500000000", "经开组团 9 411000000000",
                                                          "临空组团 8 206500000000", "共青组团 7 145500000000"])
        #expect(pairs(restated, "by_group", "group") == ["直管区 10 741500000000", "永修组团 9 548500000000", "经开组团 9 411000000000",
                                                         "临空组团 8 206500000000", "共青组团 8 180500000000"])
        #expect(Set(pairs(published, "by_industry", "industry")) == [
            "生物医药 5 413000000000", "光电信息 6 361500000000", "数字经济 6 348000000000", "新材料 7 332000000000",
            "高端智能制造 5 301000000000", "新能源汽车 3 93000000000", "航空物流 3 73500000000", "现代纺织服装 4 73500000000",
            "文化创意 3 52500000000", "绿色金融 2 27000000000",
        ])
    }

    @Test func bothPrintAndThePublishedOneComesFirstInQuickstart() throws {
        let published = try taizhang(Self.ledger, "summary", "2021Q1", "--as-known-at", "2021-04-15").stdout
        let restated = try taizhang(Self.ledger, "summary", "2021Q1").stdout
        #expect(published.contains("新签约亿元以上项目44个,总投资207.5亿元"))
        #expect(restated.contains("新签约亿元以上项目44个,总投资208.8亿元"))
        let script = try String(contentsOfFile: repositoryRoot.path + "/Tools/quickstart", encoding: .utf8)
        let asPublished = try #require(script.range(of: "\ntaizhang summary 2021Q1 --as-known-at 2021-04-15"))
        let asRestated = try #require(script.range(of: "\ntaizhang summary 2021Q1 --targets"))
        #expect(asPublished.lowerBound < asRestated.lowerBound)
    }

    @Test func everySigningCountedIsFortyFiveAndTheRevisionIsNotOne() throws {
        #expect(integer(try summaryJSON(Self.ledger, "2021Q1", "--as-known-at", "2021-04-15", "--threshold", "0.01元"), "signed.count") == 45)
        #expect(integer(try summaryJSON(Self.ledger, "2021Q2", "--threshold", "0.01元"), "signed.count") == 6)
        let projects = try jsonArray(try taizhang(Self.ledger, "projects", "--json").stdout)
        let revised = projects.filter { integer($0, "revisions") != 0 }
        #expect(revised.map { text($0, "project") } == ["GJ-2020-006"])
        #expect(integer(revised.first, "signed_fen") == 24 * Self.yi / 10 && integer(revised.first, "total_fen") == 21 * Self.yi / 10)
    }

    @Test func theSecondQuarterAndTheYearToDate() throws {
        let o = try summaryJSON(Self.ledger, "2021Q2", "--targets", "Fixtures/targets-2021.json")
        #expect(integer(o, "signed.count") == 5 && integer(o, "signed.total_fen") == 407 * Self.yi / 10)
        #expect(column(o, "bands.0.projects", "name") == ["航空快件集散中心项目"] && integer(o, "bands.0.total_fen") == 28 * Self.yi)
        #expect(integer(o, "started.count") == 5)
        #expect(column(o, "commissioned.projects", "project") == ["GJ-2020-006"])
        #expect(column(o, "terminated.projects", "project") == ["GJ-2020-008"])
        #expect(integer(o, "disbursed.total_fen") == 225 * Self.yi / 10)
        #expect(integer(o, "disbursed.new_projects_fen") == 5 * Self.yi && integer(o, "disbursed.continuing_fen") == 175 * Self.yi / 10)
        #expect(integer(o, "year_to_date.signed.count") == 49 && integer(o, "year_to_date.signed.total_fen") == 2_495_000_000_000)
        #expect(column(o, "targets", "target") == ["1", "3", "6"])
        #expect(column(o, "targets", "actual") == ["0", "0", "6"])
        let explained = try summaryJSON(Self.ledger, "2021Q2", "--explain")
        #expect((lookup(explained, "disbursed.events") as? [Any])?.count == 4)
        let q1of2020 = try summaryJSON(Self.ledger, "2020Q1")
        #expect(Set(column(q1of2020, "signed.projects", "project")) == ["GJ-2020-007", "GJ-2020-005"])
    }

    @Test func fileOneAlone() throws {
        let ledger = try fixtureLedger(batches: 1)
        let projects = try jsonArray(try taizhang(ledger, "projects", "--json").stdout)
        #expect(projects.count == 11)
        #expect(projects.compactMap { integer($0, "total_fen") }.reduce(0, +) == 6_647_000_000_000)
        let events = try taizhang(ledger, "replay", "--jsonl").stdout.split(separator: "\n").map { try jsonObject(String($0)) }
        #expect(events.filter { text($0, "kind") == "started" }.count == 7)
        let disbursed = events.filter { text($0, "kind") == "disbursed" }
        #expect(disbursed.count == 8)
        #expect(disbursed.compactMap { integer($0, "amount_fen") }.reduce(0, +) == 626 * Self.yi / 10)
    }
}
