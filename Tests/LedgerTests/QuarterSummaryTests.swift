@testable import Ledger
import Testing

/// `PeriodSummary.compute` on contributions written by hand: what counts where.
@Suite struct PeriodSummaryTests {
    static func day(_ text: String) throws -> BusinessDate { try BusinessDate.parse(text) }

    static func signing(_ project: String, _ date: String, fen: Int64, sequence: UInt64, group: String = "直管区", industry: String = "生物医药") throws -> PeriodContribution {
        try PeriodContribution(project: project, name: "名称\(project)", group: group, industry: industry, signedDate: day(date),
                            signedAmount: Money(fen: fen), signedSequence: sequence, startedSequence: 0, commissionedSequence: 0,
                            terminated: false, disbursed: .zero)
    }

    static func money(_ project: String, signed: String, fen: Int64) throws -> PeriodContribution {
        try PeriodContribution(project: project, name: "名称\(project)", group: "经开组团", industry: "新材料", signedDate: day(signed),
                            signedAmount: .zero, signedSequence: 0, startedSequence: 0, commissionedSequence: 0,
                            terminated: false, disbursed: Money(fen: fen))
    }

    /// Q1 2021: signings of 120亿, 20亿, exactly 1亿 and 1 fen below it; Q2: 30亿; a year earlier: 60亿.
    static func byQuarter() throws -> [Quarter: [PeriodContribution]] { try [
        Quarter("2021Q1")!: [
            signing("A", "2021-01-08", fen: Money.yi(120).fen, sequence: 1),
            signing("B", "2021-02-15", fen: Money.yi(20).fen, sequence: 2, group: "临空组团", industry: "新材料"),
            signing("C", "2021-03-01", fen: Money.yi.fen, sequence: 3, industry: "光电信息"),
            signing("D", "2021-03-10", fen: Money.yi.fen - 1, sequence: 4),
            money("A", signed: "2021-01-08", fen: 150),
            money("OLD", signed: "2020-11-02", fen: 300),
        ],
        Quarter("2021Q2")!: [signing("E", "2021-04-01", fen: Money.yi(30).fen, sequence: 5)],
        Quarter("2020Q2")!: [signing("F", "2020-05-01", fen: Money.yi(60).fen, sequence: 0 + 6)],
    ] }

    static func compute(_ quarter: String, threshold: Money = .yi) throws -> PeriodSummary {
        let byQuarter = try byQuarter()
        return try PeriodSummary.compute(period: Period(try #require(Quarter(quarter))), threshold: threshold, targets: [(Money.yi(100), 1), (Money.yi(20), 6)]) {
            $0.quarter.flatMap { byQuarter[$0] } ?? []
        }
    }

    @Test func figuresBeyondInt64AreRefusedNotTrapped() throws {
        let q1 = Quarter("2021Q1")!
        // 100,000 signings of the largest amount: 10^19 fen, past Int64.max (≈ 9.2 × 10^18).
        let huge = try (0..<100_000).map { try Self.signing("P\($0)", "2021-01-05", fen: Limits.amountFenMax, sequence: UInt64($0 + 1)) }
        #expect(throws: SummaryOverflow.self) {
            try PeriodSummary.compute(period: Period(q1)) { $0 == Period(q1) ? huge : [] }
        }
        let fits = Array(huge.prefix(90_000))
        #expect(try PeriodSummary.compute(period: Period(q1)) { $0 == Period(q1) ? fits : [] }.current.signed.count == 90_000)
    }

    @Test func thresholdsIncludeTheirNumberAndBandsAreCumulative() throws {
        let s = try Self.compute("2021Q1")
        #expect(s.current.signed.map(\.project) == ["A", "B", "C"])
        #expect(s.current.signedTotal == .yi(141))
        #expect(s.bands.map(\.min) == [.yi(20), .yi(50), .yi(100)])
        #expect(s.bands.map(\.count) == [2, 1, 1])
        #expect(s.bands.map(\.total) == [.yi(140), .yi(120), .yi(120)])
        #expect(s.byGroup.map(\.key) == ["直管区", "临空组团"] && s.byGroup.map(\.count) == [2, 1])
        #expect(s.byIndustry.map(\.total) == [.yi(120), .yi(20), .yi])
    }

    @Test func newAndContinuingMoneyIsSplitBySigningYear() throws {
        let s = try Self.compute("2021Q1")
        #expect(s.current.disbursedTotal == Money(fen: 450))
        #expect(s.disbursedNew == Money(fen: 150) && s.disbursedContinuing == Money(fen: 300))
    }

    @Test func bandsBelowTheThresholdAreLeftOutAndTargetsIgnoreTheThreshold() throws {
        let s = try Self.compute("2021Q2", threshold: .yi(50))
        #expect(s.current.signed.isEmpty)
        #expect(s.bands.map(\.min) == [.yi(50), .yi(100)])
        #expect(s.yearToDate.signed.map(\.project) == ["A"])
        // Targets count every signing of the year to date: A, B, E are 20亿 or more.
        #expect(s.targets.map(\.actual) == [1, 3])
        #expect(s.targets[1].projects.map(\.project) == ["A", "B", "E"])
        #expect(s.previousYear.signed.map(\.project) == ["F"])
    }

    @Test(arguments: [
        (Int64(63), Int64(221), "250.79%"), (2, 6, "200%"), (3, 2, "-33.33%"), (1, 1, "0%"), (3, 5, "66.67%"), (8, 1, "-87.5%"), (200, 1, "-99.5%"),
    ])
    func percentChangeIsExactToTwoDecimals(_ old: Int64, _ new: Int64, _ expected: String) {
        #expect(PeriodSummary.percentChange(from: old, to: new) == expected)
    }

    @Test func percentChangeFromNothingIsNone() throws {
        #expect(PeriodSummary.percentChange(from: 0, to: 5) == nil)
        #expect(PeriodSummary.percent(2, of: 3) == "66.67%")
        #expect(PeriodSummary.percent(1, of: 0) == nil)
    }
}
