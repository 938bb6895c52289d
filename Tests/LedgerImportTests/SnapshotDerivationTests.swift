import Foundation
import Testing
import Ledger
@testable import LedgerImport

/// The project sheet through the library: month-precision dates, a CSV sheet, matching by name.
@Suite struct SnapshotDerivationTests {
    static let asOf = try! BusinessDate.parse("2021-06-30")

    @Test(arguments: [("2021.3", "2021-03-31"), ("2021.03", "2021-03-31"), ("202102", "2021-02-28"), ("2021年3月", "2021-03-31"),
                      ("2021-04", "2021-04-30"), ("2021/6", "2021-06-30"), ("2021-03-10", "2021-03-10"), ("2021年3月28日", "2021-03-28"),
                      ("2024.2", "2024-02-29")])
    func monthPrecisionDatesAreTheMonthsLastDay(text: String, day: String) {
        #expect(MonthDate.parse(text, asOf: try! BusinessDate.parse("2024-12-31"))?.description == day)
    }

    @Test func aMonthEndingAfterTheAsOfDateIsTakenBackToIt() {
        #expect(MonthDate.parse("2021.6", asOf: try! BusinessDate.parse("2021-06-15"))?.description == "2021-06-15")
        #expect(MonthDate.parse("2021.13", asOf: Self.asOf) == nil)
    }

    static func csv(_ text: String) throws -> [SnapshotRow] {
        let path = NSTemporaryDirectory() + "snapshot-" + UUID().uuidString + ".csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try SnapshotSheet.rows(try InputFile.read(path: path))
    }

    @Test func aCSVSheetDerivesSigningsWithStableIds() throws {
        let rows = try Self.csv("""
            某区项目台账
            序号,项目名称,组团,总投资(万元),签约时间,累计到位资金(万元)
            1,甲项目,直管区,5000,2021.4,100
            合计,,,5000,,100
            """)
        #expect(rows.count == 1)
        let empty = SnapshotDerivation.Ledger(projects: []) { _ in [] }
        let once = SnapshotDerivation.derive(rows, file: "a.csv", asOf: Self.asOf, ledger: empty)
        let again = SnapshotDerivation.derive(rows, file: "b.csv", asOf: Self.asOf, ledger: empty)
        #expect(once.problems.isEmpty)
        #expect(once.events.map(\.event.kind) == [.signed, .disbursed])
        #expect(once.events.map(\.event.amount.fen) == [5_000 * 10_000 * 100, 100 * 10_000 * 100] as [Int64])
        #expect(once.events[0].event.date.description == "2021-04-30")
        #expect(once.events[0].event.project.hasPrefix("P-"))
        #expect(once.events.map(\.event.id) == again.events.map(\.event.id))
    }

    @Test func aNameMatchingTwoProjectsIsAProblemNamingBoth() throws {
        let rows = try Self.csv("项目名称,总投资(亿元),签约时间\n甲项目,1,2021.4\n")
        var a = ProjectState(project: "A-1"), b = ProjectState(project: "B-2")
        a.name = "甲项目"
        b.name = "甲 项目"
        let ledger = SnapshotDerivation.Ledger(projects: [a, b]) { _ in [] }
        let d = SnapshotDerivation.derive(rows, file: "x.csv", asOf: Self.asOf, ledger: ledger)
        #expect(d.events.isEmpty)
        #expect(d.problems.map(\.code) == ["snapshot_name_ambiguous"])
        #expect(d.problems.first?.message(.en).contains("A-1, B-2") == true)
    }
}
