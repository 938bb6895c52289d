@testable import Ledger
import Testing

/// `PeriodSummary.compute(period:rules:)` on contributions written by hand: each key of the rule
/// set that a summary uses moves the figure it names, and only that one.
@Suite struct RuleCountingTests {
    static func day(_ text: String) -> BusinessDate { try! BusinessDate.parse(text) }

    /// Q1 2021: A signed 30亿 (started, commissioned, 2亿 in), B signed 2019 and terminated with 1亿 in.
    static let q1: [PeriodContribution] = [
        PeriodContribution(project: "A", name: "甲", group: "直管区", industry: "新材料", signedDate: day("2021-01-08"), signedAmount: .yi(30),
                           signedSequence: 1, startedSequence: 2, commissionedSequence: 3, terminated: false, disbursed: .yi(2)),
        PeriodContribution(project: "B", name: "乙", group: "经开组团", industry: "光电信息", signedDate: day("2019-06-01"), signedAmount: .zero,
                           signedSequence: 0, startedSequence: 0, commissionedSequence: 0, terminated: true, disbursed: .yi(1)),
    ]

    static func summary(_ change: (inout RuleSet) -> Void = { _ in }) -> PeriodSummary {
        var rules = RuleSet.builtIn
        change(&rules)
        return try! PeriodSummary.compute(period: Period(Quarter("2021Q1")!), rules: rules) { $0.quarter == Quarter("2021Q1") ? q1 : [] }
    }

    @Test func theBuiltInRulesCountEverything() {
        let s = Self.summary()
        #expect(s.current.signed.count == 1 && s.current.started.count == 1 && s.current.commissioned.count == 1 && s.current.terminated.count == 1)
        #expect(s.current.disbursedTotal == .yi(3) && s.disbursedNew == .yi(2) && s.disbursedContinuing == .yi(1))
        #expect(s.bands.map(\.min) == [.yi(20), .yi(50), .yi(100)] && s.bands.map(\.count) == [1, 0, 0])
        #expect(s.targets.map(\.target) == [1, 3, 6] && s.targets.map(\.actual) == [0, 0, 1])
    }

    @Test func eachKindLeftOutCountsNowhere() {
        let s = Self.summary { $0.countedKinds = [.signed, .revised] }
        #expect(s.current.signed.count == 1)
        #expect(s.current.started.isEmpty && s.current.commissioned.isEmpty && s.current.terminated.isEmpty && s.current.disbursed.isEmpty)
        #expect(s.yearToDate.started.isEmpty && s.disbursedNew == .zero && s.disbursedContinuing == .zero)
        #expect(Self.summary { $0.countedKinds.remove(.disbursed) }.current.started.count == 1)
    }

    @Test func bandsThresholdAndTargetsComeFromTheRules() {
        let s = Self.summary {
            $0.bands = [.yi(10), .yi(40)]
            $0.threshold = .yi(40)
            $0.targets = [RuleSet.Target(year: 2021, min: .yi(25), count: 2), RuleSet.Target(year: 2022, min: .yi(1), count: 9)]
        }
        #expect(s.current.signed.isEmpty && s.bands.map(\.min) == [.yi(40)])
        #expect(s.targets.count == 1 && s.targets[0].min == .yi(25) && s.targets[0].actual == 1)
    }

    @Test func newProjectYearsSplitTheMoney() {
        #expect(Self.summary { $0.newProjectYears = 2 }.disbursedContinuing == .yi(1))
        let three = Self.summary { $0.newProjectYears = 3 }
        #expect(three.disbursedNew == .yi(3) && three.disbursedContinuing == .zero)
        #expect(three.isNew(signed: Self.day("2019-06-01"), in: 2021) && !three.isNew(signed: Self.day("2019-06-01"), in: 2022))
    }
}
