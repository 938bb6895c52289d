@testable import Ledger
import Testing

/// `Period.parse`: every form people write, and what is refused.
@Suite struct PeriodTests {
    @Test(arguments: [
        ("2021Q1", "2021Q1"), ("2021q1", "2021Q1"), ("2021-Q1", "2021Q1"), ("2021-q4", "2021Q4"),
        ("2021年一季度", "2021Q1"), ("2021年第一季度", "2021Q1"), ("2021年1季度", "2021Q1"), ("2021年第3季度", "2021Q3"),
        ("2021年四季度", "2021Q4"), ("２０２１Ｑ２", "2021Q2"), (" 2021年二季度 ", "2021Q2"),
        ("2021", "2021"), ("2021年", "2021"), ("2021年度", "2021"), ("2021年全年", "2021"),
        ("2021H1", "2021H1"), ("2021h2", "2021H2"), ("2021-H1", "2021H1"), ("2021年上半年", "2021H1"), ("2021年下半年", "2021H2"),
        ("2021-03", "2021-03"), ("2021-3", "2021-03"), ("2021-12", "2021-12"), ("2021年3月", "2021-03"), ("2021年03月", "2021-03"),
        ("2021年12月", "2021-12"), ("2021 Q1", "2021Q1"), ("2021 年 3 月", "2021-03"), ("2021年　上半年", "2021H1"),
    ])
    func readsEveryForm(_ text: String, _ expected: String) throws {
        #expect(try Period.parse(text).description == expected)
    }

    @Test(arguments: [
        ("一季度", "period_without_year"), ("第一季度", "period_without_year"), ("上半年", "period_without_year"), ("3月", "period_without_year"),
        ("2021Q5", "bad_period"), ("2021Q0", "bad_period"), ("2021H3", "bad_period"), ("2021年五季度", "bad_period"),
        ("2021-13", "bad_period"), ("2021-00", "bad_period"), ("2021年13月", "bad_period"), ("2021年0月", "bad_period"),
        ("21Q1", "bad_period"), ("20210", "bad_period"), ("2021Q1x", "bad_period"), ("2021Q12", "bad_period"), ("", "bad_period"),
        ("Q1 2021", "bad_period"), ("2021-03-01", "bad_period"), ("2021年三月", "bad_period"), ("0999", "bad_period"), ("2021季度", "bad_period"),
    ])
    func refuses(_ text: String, _ code: String) {
        #expect(throws: PeriodParseError(text: text, code: code)) { try Period.parse(text) }
    }

    @Test func aPeriodKnowsItsDaysPartsAndYearToDate() throws {
        let h2 = try Period.parse("2021H2")
        #expect(h2.first.description == "2021-07-01" && h2.last.description == "2021-12-31")
        #expect(h2.parts.map(\.description) == ["2021Q3", "2021Q4"])
        #expect(h2.yearToDate.map(\.description) == ["2021Q1", "2021Q2", "2021Q3", "2021Q4"])
        #expect(!h2.startsTheYear && h2.previousYear.description == "2020H2")
        let february = try Period.parse("2020年2月")
        #expect(february.last.description == "2020-02-29")
        #expect(february.parts == [february] && february.yearToDate.map(\.description) == ["2020-01", "2020-02"])
        let leapDay = try BusinessDate.parse("2020-02-29"), nextYear = try BusinessDate.parse("2021-02-01")
        #expect(february.contains(leapDay) && !february.contains(nextYear))
        let year = try Period.parse("2021")
        #expect(year.parts.count == 4 && year.yearToDate == year.parts && year.startsTheYear)
        #expect(try Period.parse("2021Q3").quarter == Quarter("2021Q3") && year.quarter == nil)
        #expect(Quarter("2021年三季度") == Quarter("2021Q3") && Quarter("2021H1") == nil)
    }
}
