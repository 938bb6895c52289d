import Foundation
import LedgerImport
import Ledger
import Testing

/// Two changes to the program that every test used to let pass (issue 16), now each caught.
@Suite struct BlindSpotTests {
    /// The natural key of a row without an id includes its amount: two disbursements of a
    /// project on one day with different amounts are two events, not one (nor a conflict).
    @Test func twoDisbursementsOfADayWithDifferentAmountsAreTwoEvents() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/same-day.jsonl"
        try """
        {"id": "E-S-1", "kind": "signed", "project": "GJ-S-1", "date": "2021-01-05", "amount": "5亿元", "name": "同日拨付项目", "group": "经开组团", "industry": "新材料"}
        {"kind": "disbursed", "project": "GJ-S-1", "date": "2021-02-01", "amount": "1亿元"}
        {"kind": "disbursed", "project": "GJ-S-1", "date": "2021-02-01", "amount": "2亿元"}

        """.write(toFile: file, atomically: true, encoding: .utf8)
        let ledger = temporaryFolder()
        let r = try taizhang(ledger, "import", "--quiet", "--json", "--recorded-at", "2021-02-02T09:00:00+08:00", file)
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(report["events"] as? Int == 3, "\(report)")
        let a = Event(id: "", kind: .disbursed, project: "P", date: BusinessDate(year: 2021, month: 2, day: 1)!, amount: .yi(1))
        var b = a
        b.amount = .yi(2)
        #expect(RowMapper.derivedId(a) != RowMapper.derivedId(b))
        #expect(RowMapper.derivedId(a) == RowMapper.derivedId(a))
    }

    /// "As known at T" takes the events recorded exactly at T: `replay --known-at` of a batch's own
    /// recorded time lists that batch (the store's folds and project reads: `ReliabilityStoreTests`).
    @Test func replayKnownAtABatchesRecordedTimeIncludesIt() throws {
        let ledger = try fixtureLedger(batches: 2)
        let atT = try taizhang(ledger, "replay", "--jsonl", "--known-at", "2021-04-10T17:00:00+08:00")
        #expect(atT.status == 0 && atT.stdout.split(separator: "\n").count == 89, "\(atT.stderr)")
        let before = try taizhang(ledger, "replay", "--jsonl", "--known-at", "2021-04-10T16:59:59.999+08:00")
        #expect(before.stdout.split(separator: "\n").count < 89)
    }
}
