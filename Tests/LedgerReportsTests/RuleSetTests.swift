import Testing

@testable import Ledger
@testable import LedgerReports
import LedgerImport

@Suite("Rule sets, days and workbook cells")
struct RuleSetTests {
    @Test("The canonical bytes read back to the same rule set and the same digest")
    func roundTrip() throws {
        let rules = RuleSet.builtIn
        let again = try RuleSet.parse(Array(rules.canonicalJSON.utf8))
        #expect(again == rules)
        #expect(again.sha256 == rules.sha256 && rules.sha256.count == 64)
        var other = rules
        other.notStarted.redMonths = 13
        #expect(other.sha256 != rules.sha256)
    }

    @Test("Booleans and fractions are not whole numbers")
    func integersOnly() {
        for bad in ["true", "1.5", "\"1\""] {
            let text = RuleSet.builtIn.canonicalJSON.replacingOccurrences(of: "\"new_project_years\":1", with: "\"new_project_years\":\(bad)")
            #expect(throws: RuleSetError(key: "new_project_years", problem: .notInteger)) { try RuleSet.parse(Array(text.utf8)) }
        }
    }

    @Test("Strings in canonical JSON escape only quotes, backslashes and control characters")
    func canonicalStrings() {
        #expect(Canonical.string("赣江\"新区\\\n\u{1}") == "\"赣江\\\"新区\\\\\\n\\u0001\"")
    }

    @Test("New and continuing by the rule's years")
    func newProjects() {
        var rules = RuleSet.builtIn
        let d = BusinessDate(year: 2020, month: 12, day: 31)!
        #expect(!rules.isNew(signed: d, in: 2021) && rules.isNew(signed: d, in: 2020))
        rules.newProjectYears = 2
        #expect(rules.isNew(signed: d, in: 2021) && !rules.isNew(signed: d, in: 2022))
    }

    @Test("Days: months added clamp to the month's end; day numbers invert; China's day of a time")
    func days() {
        #expect(BusinessDate(year: 2021, month: 1, day: 31)!.adding(months: 1) == BusinessDate(year: 2021, month: 2, day: 28)!)
        #expect(BusinessDate(year: 2020, month: 8, day: 31)!.adding(months: 6) == BusinessDate(year: 2021, month: 2, day: 28)!)
        #expect(BusinessDate(year: 2021, month: 3, day: 15)!.adding(months: -12) == BusinessDate(year: 2020, month: 3, day: 15)!)
        for n in [-1, 0, 59, 18_000, 18_628, 2_932_896] { #expect(BusinessDate(dayNumber: n)?.dayNumber == n) }
        // 2021-04-15T16:00:00Z is 2021-04-16 00:00 in China.
        #expect(LedgerFigures.chinaDay(1_618_502_400_000) == BusinessDate(year: 2021, month: 4, day: 16)!)
        #expect(LedgerFigures.chinaDay(1_618_502_399_999) == BusinessDate(year: 2021, month: 4, day: 15)!)
    }

    @Test("Quartiles as QUARTILE.INC: exact quarter days", arguments: [
        ([7], ["7", "7", "7"]), ([1, 2], ["1.25", "1.5", "1.75"]), ([30, 60, 90], ["45", "60", "75"]),
        ([1, 2, 3, 4], ["1.75", "2.5", "3.25"]), ([30, 60, 90, 221, 473], ["60", "90", "221"]),
    ])
    func quartiles(days: [Int], expected: [String]) {
        let d = DayDistribution(days.reversed())
        #expect([d.lowerQuartile, d.median, d.upperQuartile] == expected.map(Optional.some))
        #expect(DayDistribution([]).median == nil)
    }

    @Test("Workbook cells: column letters, Excel day serials, XML escaping, sheet names")
    func workbookCells() {
        #expect([0, 25, 26, 701, 702].map(columnLetters) == ["A", "Z", "AA", "ZZ", "AAA"])
        #expect(BusinessDate(year: 2021, month: 1, day: 6)!.excelSerial == 44_202)
        #expect(BusinessDate(year: 1900, month: 3, day: 1)!.excelSerial == 61)
        #expect(HTML.escape("a<b>&\"c\u{1}") == "a&lt;b&gt;&amp;&quot;c")
        #expect(WorkbookXML.sheetName("a/b[c]:d*e?f\\g" + String(repeating: "x", count: 40)).count == 31)
    }
}
