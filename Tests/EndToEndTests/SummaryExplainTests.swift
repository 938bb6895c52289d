import Foundation
import Testing
import TestSupport

/// `summary --explain`: every number's events with their sequences, each disbursement one by one,
/// so that an auditor can tick them off and add them up.
@Suite struct SummaryExplainTests {
    static let ledger: String = Fixture.once { try projectionLedger() }
    static let newsletter: String = Fixture.once { try fixtureLedger() }

    /// The rows of the table under the first line starting with `heading`, split on runs of spaces.
    static func rows(_ output: String, under heading: String, after marker: String = "") -> [[String]] {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !marker.isEmpty, let m = lines.firstIndex(where: { $0.hasPrefix(marker) }) { lines = Array(lines[m...]) }
        guard let h = lines.firstIndex(where: { $0.hasPrefix(heading) }), h + 2 < lines.count, lines[h + 2].hasPrefix("-") else { return [] }
        return lines[(h + 3)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
    }

    @Test func eachDisbursementIsListedWithItsSequenceAndTheyAddUp() throws {
        let restated = try taizhang(Self.ledger, "summary", "2021Q1", "--explain").stdout
        let disbursed = Self.rows(restated, under: "到位资金 5.49999921亿元,4笔")
        #expect(disbursed.map { $0[0] } == ["10", "14", "24", "25", "合计"], "\(restated)")
        #expect(disbursed.first == ["10", "2021-01-15", "T-2020-04", "光电模组厂", "3亿元", "续建"])
        #expect(disbursed[1] == ["14", "2021-02-10", "T-2021-01", "生命科学园", "1.5亿元", "本年新签约"])
        #expect(disbursed.last == ["合计", "4笔", "5.49999921亿元"])
        // As published, the disbursement voided in July (sequence 20) is still there.
        let published = try taizhang(Self.ledger, "summary", "2021Q1", "--explain", "--as-known-at", "2021-04-15").stdout
        #expect(Self.rows(published, under: "到位资金 5.74999921亿元,5笔").map { $0[0] } == ["10", "14", "20", "24", "25", "合计"], "\(published)")
    }

    @Test func signingsStartsCommissioningsAndTerminationsNameTheirEvents() throws {
        let q1 = try taizhang(Self.ledger, "summary", "2021Q1", "--explain").stdout
        #expect(Self.rows(q1, under: "新签约亿元以上项目 6个,204.5亿元").map { $0[0] } == ["9", "12", "15", "17", "26", "30"])
        #expect(Self.rows(q1, under: "开工 3个").map { Array($0.prefix(3)) } == [["13", "2021-02-01", "T-2021-01"], ["18", "2021-03-05", "T-2021-03"], ["21", "2021-03-12", "T-2021-05"]])
        #expect(Self.rows(q1, under: "投产 1个").map { Array($0.prefix(3)) } == [["16", "2021-02-20", "T-2020-04"]])
        for line in ["  投资20亿元以上 3个,190亿元:9、12、15", "  组团 临空组团 2个,28亿元:15、30", "  产业链 光电信息 3个,59亿元:12、17、30"] {
            #expect(q1.contains(line + "\n"), "missing: \(line)")
        }
        // The year earlier has its own block, with its disbursement.
        #expect(Self.rows(q1, under: "到位资金 5000万元,1笔", after: "== 上年同期 2020Q1 ==").map { $0[0] } == ["2", "合计"])
        let q2 = try taizhang(Self.ledger, "summary", "2021Q2", "--explain", "--targets", "Fixtures/targets-2021.json", "--lang", "en").stdout
        #expect(Self.rows(q2, under: "Terminations: 2") == [["35", "2021-06-15", "T-2020-01", "示例生物药厂", "投资方撤资"], ["36", "2021-06-20", "T-2021-06", "膜材料项目", "未能落地"]])
        #expect(q2.contains("  target at 2 billion yuan or more: 4 of 6 (every signing of the year to date): 9, 12, 15, 27\n"))
        // The year to date lists every disbursement of Q1 and Q2.
        let ytd = Self.rows(q2, under: "Funds disbursed: 1.049999921 billion yuan, 6 events", after: "== Year to date")
        #expect(ytd.map { $0[0] } == ["10", "14", "24", "25", "31", "34", "total"])
    }

    @Test func theJSONListsTheEventsBehindTheMoneyAndTheTerminations() throws {
        let o = try summaryJSON(Self.ledger, "2021Q2", "--explain")
        #expect(column(o, "disbursed.events", "sequence") == ["31", "34"])
        #expect(column(o, "disbursed.events", "new_project") == ["0", "1"])
        #expect(column(o, "terminated.events", "sequence") == ["35", "36"])
        #expect(column(o, "terminated.events", "note") == ["投资方撤资", "未能落地"])
        #expect(lookup(try summaryJSON(Self.ledger, "2021Q2"), "disbursed.events") == nil)
    }

    @Test(arguments: [("2021Q1", "2021-04-15"), ("2021Q1", ""), ("2021Q2", ""), ("2020Q3", "")])
    func theNewsletterDisbursementsAddUpToTheTotal(_ quarter: String, _ knownAt: String) throws {
        let args = knownAt.isEmpty ? [quarter, "--explain"] : [quarter, "--explain", "--as-known-at", knownAt]
        let r = try run(taizhangBinary, ["--db", Self.newsletter, "summary"] + args + ["--json"])
        let o = try jsonObject(r.stdout)
        let events = (lookup(o, "disbursed.events") as? [Any]) ?? []
        let sum = events.compactMap { integer($0, "amount_fen") }.reduce(0, +)
        #expect(sum == integer(o, "disbursed.total_fen"))
        let newSum = events.filter { (lookup($0, "new_project") as? Bool) == true }.compactMap { integer($0, "amount_fen") }.reduce(0, +)
        #expect(newSum == integer(o, "disbursed.new_projects_fen"))
        let sequences = events.compactMap { integer($0, "sequence") }
        #expect(sequences == sequences.sorted() && Set(sequences).count == sequences.count)
        if quarter == "2021Q1" {
            #expect(sequences == [34, 43, 46, 64, 73, 78, 81, 84, 86, 89])
        }
    }
}
