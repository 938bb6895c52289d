@testable import Ledger
import Testing

/// The "signed but not started" lights count from 计划开工日期 where a project has one
/// (issue 12's rule), from the signing where it has none. Every date below is worked by hand:
/// the built-in rule set turns a project yellow 6 months and red 12 months after the day it counts from.
@Suite struct PlannedStartLightTests {
    static func day(_ text: String) -> BusinessDate { try! BusinessDate.parse(text) }

    /// A project of 2亿元 signed on 2021-01-15, not started, with or without a planned start.
    static func project(_ id: String, plannedStart: String?) throws -> ProjectState {
        var s = ProjectState(project: id)
        let attributes = plannedStart.map { [Attribute(Attribute.plannedStart, $0)] } ?? []
        try s.apply(Event(id: "S-\(id)", kind: .signed, project: id, date: day("2021-01-15"), amount: .yi(2), name: "项目\(id)",
                          attributes: attributes), sequence: 1)
        return s
    }

    static func alerts(_ states: [ProjectState], asOf: String) -> [String: Pipeline.Alert] {
        let p = Pipeline.compute(states: states, from: day("2021-01-01"), through: day("2021-12-31"), asOf: day(asOf), rules: .builtIn)
        return Dictionary(uniqueKeysWithValues: p.alerts.map { ($0.member.project, $0) })
    }

    @Test func thePlannedStartMovesTheYellowAndRedLines() throws {
        let planned = try Self.project("A", plannedStart: "2021-09-30"), unplanned = try Self.project("B", plannedStart: nil)
        // 2021-12-31: B is yellow from 2021-07-15 (signing + 6 months), 169 days overdue (16+31+30+31+30+31);
        // A is due only on 2022-03-30 (2021-09-30 + 6 months): no light.
        let december = Self.alerts([planned, unplanned], asOf: "2021-12-31")
        #expect(december["A"] == nil)
        let b = try #require(december["B"])
        #expect(b.light == .yellow && b.reference == Self.day("2021-01-15") && b.due == Self.day("2021-07-15"))
        #expect(b.redFrom == Self.day("2022-01-15") && b.daysOverdue == 169 && !b.fromPlannedStart)

        // 2022-10-01: A is red from 2022-09-30 (planned + 12 months), 185 days past 2022-03-30
        // (31+30+31+30+31+31+1); B has been red since 2022-01-15, 443 days past 2021-07-15 (365 + 78).
        let october = Self.alerts([planned, unplanned], asOf: "2022-10-01")
        let a = try #require(october["A"])
        #expect(a.light == .red && a.reference == Self.day("2021-09-30") && a.due == Self.day("2022-03-30"))
        #expect(a.redFrom == Self.day("2022-09-30") && a.daysOverdue == 185 && a.fromPlannedStart)
        #expect(october["B"]?.light == .red && october["B"]?.daysOverdue == 443)
    }

    @Test func aStartedProjectCountsFromItsStartWhateverWasPlanned() throws {
        var s = try Self.project("C", plannedStart: "2021-09-30")
        try s.apply(Event(id: "T-C", kind: .started, project: "C", date: Self.day("2021-03-01")), sequence: 2)
        // Not commissioned: yellow 24 months after the start (2023-03-01), red after 36.
        let alert = try #require(Self.alerts([s], asOf: "2023-03-02")["C"])
        #expect(alert.stage == .notCommissioned && alert.reference == Self.day("2021-03-01") && !alert.fromPlannedStart)
        #expect(alert.daysOverdue == 1 && alert.light == .yellow)
    }

    @Test func anUpdatedPlannedStartCountsAndAClearedOneFallsBackToTheSigning() throws {
        var s = try Self.project("D", plannedStart: "2021-09-30")
        try s.apply(Event(id: "U-D", kind: .updated, project: "D", date: Self.day("2021-06-30"),
                          attributes: [Attribute(Attribute.plannedStart, "2021-11-30")]), sequence: 2)
        // Due 2022-05-30: on 2022-06-01, two days overdue.
        #expect(Self.alerts([s], asOf: "2022-06-01")["D"]?.daysOverdue == 2)
        try s.apply(Event(id: "U-D2", kind: .updated, project: "D", date: Self.day("2021-07-31"),
                          attributes: [Attribute(Attribute.plannedStart, "")]), sequence: 3)
        #expect(s.plannedStartDate == nil)
        #expect(Self.alerts([s], asOf: "2021-07-16")["D"]?.daysOverdue == 1)
    }
}
