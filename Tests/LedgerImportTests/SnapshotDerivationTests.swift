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

/// Record version 2 from the sheet: attributes on a signing, `updated` for what changed, stored as typed.
@Suite struct SnapshotAttributeTests {
    static let asOf = try! BusinessDate.parse("2021-06-30")

    /// The ledger as the first sheet leaves it: the signing folded.
    static func ledger(after events: [Event]) throws -> SnapshotDerivation.Ledger {
        var states: [String: ProjectState] = [:]
        for (i, e) in events.enumerated() { try states[e.project, default: ProjectState(project: e.project)].apply(e, sequence: UInt64(i + 1)) }
        return SnapshotDerivation.Ledger(projects: Array(states.values)) { _ in [] }
    }

    @Test func aNewRowsSigningCarriesItsAttributesAsTyped() throws {
        let rows = try SnapshotDerivationTests.csv("""
            项目编号,项目名称,组团,总投资(亿元),签约时间,计划开工时间,责任单位,挂点领导
            SS-9,光电（二期）项目,直管区,2,2021.3,2021.9,招商局,王某
            """)
        let d = SnapshotDerivation.derive(rows, file: "a.csv", asOf: Self.asOf, ledger: try Self.ledger(after: []))
        #expect(d.problems.isEmpty)
        let signing = try #require(d.events.first?.event)
        #expect(signing.kind == .signed && signing.name == "光电（二期）项目")
        // A planned month is its last day, and is not taken back to the as-of date.
        #expect(signing.attributes == [Attribute(Attribute.plannedStart, "2021-09-30"), Attribute(Attribute.responsibleUnit, "招商局"),
                                       Attribute("挂点领导", "王某")])
    }

    @Test func aRenameAndChangedAttributesAreOneUpdateAndTheSameSheetAgainNothing() throws {
        let first = Event(id: "S", kind: .signed, project: "SS-9", date: try BusinessDate.parse("2021-03-31"), amount: .yi(2), name: "光电项目",
                          group: "直管区", attributes: [Attribute(Attribute.plannedStart, "2021-09-30"), Attribute("挂点领导", "王某")])
        let rows = try SnapshotDerivationTests.csv("""
            项目编号,项目名称,组团,总投资(亿元),签约时间,计划开工时间,挂点领导,用地面积(亩)
            SS-9,光电（二期）项目,直管区,2,2021.3,2021.11,,150
            """)
        let d = SnapshotDerivation.derive(rows, file: "june.csv", asOf: Self.asOf, ledger: try Self.ledger(after: [first]))
        #expect(d.problems.isEmpty)
        let update = try #require(d.events.first?.event)
        #expect(d.events.count == 1 && update.kind == .updated && update.date == Self.asOf)
        #expect(update.name == "光电（二期）项目" && update.group.isEmpty)
        #expect(update.attributes == [Attribute(Attribute.plannedStart, "2021-11-30"), Attribute("挂点领导", ""), Attribute("用地面积(亩)", "150")])
        #expect(d.events.first?.cell == "项目名称,计划开工时间,挂点领导,用地面积(亩)")
        #expect(update.note == "2021-06-30 june.csv!项目名称,计划开工时间,挂点领导,用地面积(亩)")

        // Once landed, the same sheet derives nothing; a full-width variant of the same name is no change either.
        let again = SnapshotDerivation.derive(rows, file: "june.csv", asOf: Self.asOf, ledger: try Self.ledger(after: [first, update]))
        #expect(again.events.isEmpty, "\(again.events.map(\.event))")
    }

    @Test func aPlannedDateThatIsNoDateIsAProblemOfItsCell() throws {
        let rows = try SnapshotDerivationTests.csv("项目名称,总投资(亿元),签约时间,计划开工时间\n甲项目,2,2021.3,下半年\n")
        let d = SnapshotDerivation.derive(rows, file: "a.csv", asOf: Self.asOf, ledger: try Self.ledger(after: []))
        #expect(d.problems.map(\.code) == ["bad_date"])
        #expect(d.problems.first?.column == "计划开工时间" && d.problems.first?.value == "下半年")
    }
}
