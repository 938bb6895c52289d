import Catalogue
@testable import Ledger
import Testing
@testable import LedgerReports

/// The newsletter's sentence when a band has more projects than it names, in both languages.
@Suite struct SummarySentenceTests {
    static func summary(signings: Int) throws -> PeriodSummary {
        let day = try #require(BusinessDate(year: 2021, month: 2, day: 1))
        let list = (0..<signings).map { i in
            PeriodContribution(project: "P\(i)", name: "项目\(i)", group: i < 11 ? "直管区" : "", industry: "新材料", signedDate: day,
                               signedAmount: .yi(30), signedSequence: UInt64(i + 1), startedSequence: 0, commissionedSequence: 0,
                               terminated: false, disbursed: .zero)
        }
        let q1 = try Period.parse("2021Q1")
        return try PeriodSummary.compute(period: q1) { $0 == q1 ? list : [] }
    }

    @Test func aLongBandNamesTenAndCountsTheRest() throws {
        let s = try Self.summary(signings: 12)
        let zh = SummaryRenderer(summary: s, zone: "示例区", basis: "", language: .zh).sentence()
        let tenZh = "直管区的项目0、" + (1...9).map { "项目\($0)" }.joined(separator: "、")
        #expect(zh == "2021年一季度,示例区新签约亿元以上项目12个,总投资360亿元。其中,投资20亿元以上项目12个,包括\(tenZh)等12个项目。")
        let en = SummaryRenderer(summary: s, zone: "", basis: "", language: .en).sentence()
        let tenEn = (0...9).map { "项目\($0) (直管区)" }.joined(separator: ", ")
        #expect(en == "Q1 2021: 12 projects of 100 million yuan or more signed, worth 36 billion yuan in total; 12 of them at 2 billion yuan or more: \(tenEn) and 2 more.")
    }

    @Test func oneProjectIsSingular() throws {
        let en = SummaryRenderer(summary: try Self.summary(signings: 1), zone: "", basis: "", language: .en).sentence()
        #expect(en == "Q1 2021: 1 project of 100 million yuan or more signed, worth 3 billion yuan in total; 1 of them at 2 billion yuan or more: 项目0 (直管区).")
    }
}
