import Foundation
import Testing

/// `updated` (信息变更) in an event file: a wrong 组团 gets its correction, the summary's split
/// follows it, and a ledger with version-2 records exports, replays and checks as any other.
@Suite struct UpdatedEventTests {
    static let recordedAt = "2021-02-02T09:00:00+08:00"

    @Test func aWrongGroupIsCorrectedByAnUpdateAndTheLedgerStillReplaysToTheSameDigest() throws {
        let ledger = temporaryFolder(), copy = temporaryFolder(), signing = temporaryFolder() + ".csv", update = temporaryFolder() + ".jsonl"
        let exported = temporaryFolder() + ".jsonl"
        defer { for p in [ledger, copy, signing, update, exported] { try? FileManager.default.removeItem(atPath: p) } }
        try "事件,项目编号,日期,金额,项目名称,组团\n签约,UP-1,2021-01-05,2亿元,更正组团项目,经开组团\n".write(toFile: signing, atomically: true, encoding: .utf8)
        try #"{"kind":"信息变更","project":"UP-1","date":"2021-02-01","group":"临空组团","note":"组团录错"}"#.write(toFile: update, atomically: true, encoding: .utf8)
        let imported = try taizhang(ledger, "import", "--quiet", "--recorded-at", Self.recordedAt, signing, update)
        #expect(imported.status == 0, "\(imported.stderr)")

        let summary = try taizhang(ledger, "summary", "2021Q1", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let groups = try #require(object["by_group"] as? [[String: Any]])
        #expect(groups.map { $0["group"] as? String } == ["临空组团"])
        let show = try taizhang(ledger, "show", "UP-1")
        #expect(show.stdout.contains("信息变更") && show.stdout.contains("组团改为 临空组团;组团录错"), "\(show.stdout)")
        // An update that changes nothing it may change is refused, in either language.
        let empty = temporaryFolder() + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: empty) }
        try #"{"kind":"updated","project":"UP-1","date":"2021-02-01","amount":"1亿元"}"#.write(toFile: empty, atomically: true, encoding: .utf8)
        let refused = try taizhang(ledger, "import", "--lang", "en", "--quiet", empty)
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect(refused.stderr.contains("name is required for updated") && refused.stderr.contains("amount is not allowed for updated"), "\(refused.stderr)")

        let digest = try taizhang(ledger, "digest").stdout
        let export = try taizhang(ledger, "export", "--jsonl")
        try export.stdout.write(toFile: exported, atomically: true, encoding: .utf8)
        #expect(export.stdout.contains(#""kind":"updated""#), "\(export.stdout)")
        let replayed = try taizhang(copy, "import", "--quiet", "--replay-export", exported)
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(try taizhang(copy, "digest").stdout == digest)
        let checker = try run(repositoryRoot.path + "/Tools/check-ledger", [ledger])
        #expect(checker.status == 0 && checker.stdout.hasPrefix("2 "), "\(checker.stderr)")
    }
}
