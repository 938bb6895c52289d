import Foundation
import Testing

/// `summary` of a half, a year and a month on Fixtures/projections, against the figures its
/// README works out by hand ("Other periods"), and the forms a period is written in.
@Suite struct PeriodSummaryTests {
    static let ledger = SummaryFigureTests.ledger
    static let targets = SummaryFigureTests.targets
    static let yi = SummaryFigureTests.yi
    typealias Expected = SummaryFigureTests.Expected

    /// 2021H1 and 2021 (nothing is dated after June 2021): Q1 restated and Q2, end to end.
    static func firstHalf(previous: (quarter: String, signed: Int64, totalFen: Int64, started: Int64, commissioned: Int64, terminated: Int64, disbursedFen: Int64),
                          change: [String: String?]) -> Expected {
        Expected(
            signed: ["T-2021-01", "T-2021-02", "T-2021-03", "T-2021-04", "T-2021-06", "T-2021-09", "T-2021-08", "T-2021-10"],
            signedTotalFen: 2_357_000_000_000,
            bands: [(20, ["T-2021-01", "T-2021-02", "T-2021-03", "T-2021-08"], 220 * yi), (50, ["T-2021-01", "T-2021-02"], 170 * yi), (100, ["T-2021-01"], 120 * yi)],
            started: ["T-2021-01", "T-2021-03", "T-2021-05", "T-2021-08"], commissioned: ["T-2020-04", "T-2021-01"], terminated: ["T-2020-01", "T-2021-06"],
            disbursedFen: 104_999_992_100, newFen: 56_234_560_000, continuingFen: 48_765_432_100,
            byGroup: [("直管区", 3, 151 * yi), ("经开组团", 3, 567 * yi / 10), ("临空组团", 2, 28 * yi)],
            byIndustry: [("生物医药", 2, 1212 * yi / 10), ("光电信息", 3, 59 * yi), ("新材料", 3, 555 * yi / 10)],
            yearToDate: (8, 2_357_000_000_000, 4, 2, 2, 104_999_992_100),
            previous: previous, change: change,
            targets: [(100, 1, 1, "100%"), (50, 3, 2, "66.67%"), (20, 6, 4, "66.67%")])
    }

    @Test func theFirstHalfAddsUpItsTwoQuarters() throws {
        let o = try summaryJSON(Self.ledger, "2021H1", "--targets", Self.targets)
        SummaryFigureTests().check(o, Self.firstHalf(
            previous: ("2020H1", 2, 63 * Self.yi, 1, 0, 0, 25 * Self.yi / 10),
            change: ["signed_count": "300%", "signed_total": "274.13%", "started": "300%", "commissioned": nil, "terminated": nil, "disbursed": "320%"]))
        #expect(text(o, "period") == "2021H1" && text(o, "period_kind") == "half" && lookup(o, "quarter") is NSNull && lookup(o, "previous_year.quarter") is NSNull)
        #expect(text(o, "sentence")?.hasPrefix("2021年上半年,示例区新签约亿元以上项目8个,总投资235.7亿元。其中,投资20亿元以上项目4个,包括直管区的生命科学园、石墨烯项目、经开组团的显示面板基地和临空组团的碳纤维项目。") == true)
        #expect(NSDictionary(dictionary: try summaryJSON(Self.ledger, "2021年上半年")).isEqual(to: try summaryJSON(Self.ledger, "2021H1")))
    }

    @Test func theYearIsItsFourQuarters() throws {
        let o = try summaryJSON(Self.ledger, "2021", "--targets", Self.targets)
        SummaryFigureTests().check(o, Self.firstHalf(
            previous: ("2020", 3, 73 * Self.yi, 2, 0, 0, 25 * Self.yi / 10),
            change: ["signed_count": "166.67%", "signed_total": "222.88%", "started": "100%", "commissioned": nil, "terminated": nil, "disbursed": "320%"]))
        #expect(text(o, "period") == "2021" && text(o, "period_kind") == "year")
        #expect(text(o, "sentence")?.hasPrefix("2021年,示例区新签约亿元以上项目8个,总投资235.7亿元。") == true)
        let zh = try taizhang(Self.ledger, "summary", "2021年").stdout
        #expect(zh.contains("指标") && zh.contains("全年") && !zh.contains("本季度"))
        let en = try taizhang(Self.ledger, "summary", "2021", "--lang", "en").stdout
        #expect(en.hasPrefix("2021 (示例区): 8 projects of 100 million yuan or more signed, worth 23.57 billion yuan in total"))
    }

    static let march = Expected(
        signed: ["T-2021-04", "T-2021-06", "T-2021-09"], signedTotalFen: 145 * yi / 10,
        bands: [(20, [], 0), (50, [], 0), (100, [], 0)],
        started: ["T-2021-03", "T-2021-05"], commissioned: [], terminated: [],
        disbursedFen: 9_999_992_100, newFen: 1_234_560_000, continuingFen: 8_765_432_100,
        byGroup: [("临空组团", 1, 8 * yi), ("经开组团", 1, 55 * yi / 10), ("直管区", 1, yi)],
        byIndustry: [("光电信息", 2, 9 * yi), ("新材料", 1, 55 * yi / 10)],
        yearToDate: (6, 2_045_000_000_000, 3, 1, 0, 54_999_992_100),
        previous: ("2020-03", 1, 60 * yi, 0, 0, 0, yi / 2),
        change: ["signed_count": "200%", "signed_total": "-75.83%", "started": nil, "commissioned": nil, "terminated": nil, "disbursed": "100%"],
        targets: [(100, 1, 1, "100%"), (50, 3, 2, "66.67%"), (20, 6, 3, "50%")])

    @Test func aMonthCountsItsOwnDays() throws {
        let o = try summaryJSON(Self.ledger, "2021年3月", "--targets", Self.targets)
        SummaryFigureTests().check(o, Self.march)
        #expect(text(o, "period") == "2021-03" && text(o, "period_kind") == "month")
        #expect(text(o, "sentence") == "2021年3月,示例区新签约亿元以上项目3个,总投资14.5亿元。")
        let en = try taizhang(Self.ledger, "summary", "2021-03", "--lang", "en").stdout
        #expect(en.hasPrefix("March 2021 (示例区): 3 projects of 100 million yuan or more signed, worth 1.45 billion yuan in total.\n"))
        // As published: T-2021-07 (25亿元) not yet voided, its 2500万元 of T-2021-01 still counted; T-2021-09 not yet reported.
        let published = try summaryJSON(Self.ledger, "2021-03", "--as-known-at", "2021-04-15")
        #expect(column(published, "signed.projects", "project") == ["T-2021-04", "T-2021-07", "T-2021-06"])
        #expect(integer(published, "signed.total_fen") == 315 * Self.yi / 10)
        #expect(integer(published, "disbursed.total_fen") == 12_499_992_100)
        let explained = try taizhang(Self.ledger, "summary", "2021年3月", "--explain").stdout
        #expect(explained.contains("== 本期 2021-03 ==") && explained.contains("== 年初至今 2021-01–2021-03 ==") && explained.contains("== 上年同期 2020-03 =="))
    }

    /// The stored projection (halves, years) and a fold of the whole log agree.
    @Test(arguments: ["2021H1", "2021H2", "2021", "2020", "2020H2"])
    func theStoredFiguresEqualAFoldOfTheWholeLog(_ period: String) throws {
        var live = try summaryJSON(Self.ledger, period, "--targets", Self.targets, "--explain")
        var folded = try summaryJSON(Self.ledger, period, "--targets", Self.targets, "--explain", "--as-known-at", "2099-01-01")
        // The seal names the time filters too (issue 12), so it differs like they do.
        for key in ["as_known_at", "as_of", "seal"] { live[key] = nil; folded[key] = nil }
        #expect(NSDictionary(dictionary: live).isEqual(to: folded))
    }

    /// Every way of writing the first quarter gives the quarter's summary, byte for byte.
    @Test(arguments: ["2021年一季度", "2021年第一季度", "2021年1季度", "2021q1", "2021-Q1"])
    func theQuarterInEveryForm(_ form: String) throws {
        let quarter = try taizhang(Self.ledger, "summary", "2021Q1", "--json").stdout
        #expect(try taizhang(Self.ledger, "summary", form, "--json").stdout == quarter)
        #expect(try taizhang(Self.ledger, "summary", form).stdout.hasPrefix("2021年一季度,示例区新签约亿元以上项目6个,总投资204.5亿元。"))
    }

    @Test func projectsSignedInAnyPeriod() throws {
        func ids(_ period: String) throws -> [String] {
            try jsonArray(try taizhang(Self.ledger, "projects", "--signed-in", period, "--json").stdout).map { text($0, "project") ?? "?" }
        }
        #expect(try ids("2021年3月") == ["T-2021-04", "T-2021-05", "T-2021-06", "T-2021-09"])
        #expect(try ids("2021年上半年") == ["T-2021-01", "T-2021-02", "T-2021-03", "T-2021-04", "T-2021-05", "T-2021-06", "T-2021-08", "T-2021-09", "T-2021-10"])
        #expect(try ids("2020") == ["T-2020-01", "T-2020-02", "T-2020-03", "T-2020-04"])
        #expect(try ids("2021年一季度") == (try ids("2021Q1")))
    }

    @Test(arguments: [
        (["summary", "一季度"], "“一季度”没有写年份", "\"一季度\" does not say which year"),
        (["summary", "2021Q5"], "“2021Q5”不是可识别的期间:季度写作 2021Q1 或 2021年一季度", "\"2021Q5\" is not a period: write a quarter as 2021Q1"),
        (["projects", "--signed-in", "2021年13月"], "--signed-in “2021年13月”不是可识别的期间", "--signed-in \"2021年13月\" is not a period"),
    ])
    func aBadPeriodIsOneLineNamingTheForms(_ arguments: [String], _ chinese: String, _ english: String) throws {
        let zh = try run(taizhangBinary, ["--db", Self.ledger] + arguments)
        #expect(zh.status == 2 && zh.stdout.isEmpty)
        #expect(zh.stderr.split(separator: "\n").count == 1 && zh.stderr.contains(chinese), "\(zh.stderr)")
        #expect(zh.stderr.contains("2021年3月") && zh.stderr.contains("2021H1"))
        let en = try run(taizhangBinary, ["--db", Self.ledger] + arguments + ["--lang", "en"])
        #expect(en.status == 2 && en.stderr.split(separator: "\n").count == 1 && en.stderr.contains(english), "\(en.stderr)")
        #expect(!en.stderr.contains("不是"))
    }
}
