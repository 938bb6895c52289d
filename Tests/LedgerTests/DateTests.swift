import Ledger
import Testing

let rejectedDates: [(String, DateParseError)] = [
        ("", DateParseError.empty),
        ("2021-02-30", .noSuchDay),
        ("2021-02-29", .noSuchDay),
        ("1900-02-29", .noSuchDay),
        ("2021-04-31", .noSuchDay),
        ("2021-13-01", .noSuchMonth),
        ("2021-00-10", .noSuchMonth),
        ("2021-01-32", .noSuchDay),
        ("21-03-28", .malformed),
        ("2021-03", .malformed),
        ("2021/03-28", .malformed),
        ("March 28 2021", .malformed),
        ("2021328", .malformed),
        ("1900-01-01", .outOfRange),
        ("2021-03-99999999999999999999", .malformed),
        ("99999999999999999999年1月1日", .malformed),
]

@Suite struct DateTests {
    @Test(arguments: ["2021-03-28", "2021/3/28", "2021年3月28日", "20210328", "２０２１-０３-２８", " 2021-3-28 ", "2021.03.28"])
    func parsesEveryAcceptedForm(text: String) throws {
        #expect(try BusinessDate.parse(text) == BusinessDate(year: 2021, month: 3, day: 28))
    }

    @Test(arguments: rejectedDates)
    func rejectsEveryBadForm(text: String, error: DateParseError) {
        #expect(throws: error) { try BusinessDate.parse(text) }
    }

    @Test func leapDaysExistOnlyInLeapYears() throws {
        #expect(try BusinessDate.parse("2020-02-29").description == "2020-02-29")
        #expect(try BusinessDate.parse("2000-02-29").description == "2000-02-29")
    }

    @Test func daysBetweenDates() throws {
        let signed = try BusinessDate.parse("2020-05-12")
        let commissioned = try BusinessDate.parse("2021-03-26")
        #expect(signed.days(to: commissioned) == 318)
        #expect(try BusinessDate.parse("1970-01-01").dayNumber == 0)
    }

    @Test func quartersReadAndPrintAs2021Q1() throws {
        let q = try #require(Quarter("2021Q1"))
        #expect(q.description == "2021Q1")
        #expect(Quarter("2021q4")?.number == 4)
        #expect(Quarter("2021Q5") == nil)
        #expect(Quarter("2021") == nil)
        #expect(q.first.description == "2021-01-01")
        #expect(q.last.description == "2021-03-31")
        #expect(q.contains(try BusinessDate.parse("2021-03-31")))
        #expect(!q.contains(try BusinessDate.parse("2021-04-01")))
        #expect(q.previousYear.description == "2020Q1")
        #expect(Quarter("2021Q3")!.yearToDate.map(\.description) == ["2021Q1", "2021Q2", "2021Q3"])
        #expect(try BusinessDate.parse("2021-08-15").quarter.description == "2021Q3")
    }
}
