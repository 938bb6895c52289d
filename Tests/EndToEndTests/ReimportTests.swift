import Foundation
import Testing

/// Importing a file twice lands it once: re-importing every fixture, with the recorded times
/// Tools/quickstart gives them, changes no digest, and the report says as which batch and
/// when each file landed.
@Suite struct ReimportTests {
    static let twinsRecordedAt = "2021-08-02T09:00:00+08:00"

    /// Every twin file, in name order.
    static let twinFiles: [String] = {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/twins").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted().map { "Fixtures/twins/\($0)" }
    }()

    /// A ledger holding the newsletter fixtures and then the twins.
    static func everyFixture() throws -> String {
        let ledger = try fixtureLedger()
        for file in twinFiles {
            let r = try taizhang(ledger, "import", "--quiet", "--recorded-at", twinsRecordedAt, file)
            precondition(r.status == 0, r.stderr)
        }
        return ledger
    }

    @Test func reimportingEveryFixtureChangesNoDigest() throws {
        #expect(Self.twinFiles.count == 5)
        let ledger = try Self.everyFixture()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let digest = try taizhang(ledger, "digest").stdout
        let batches = try taizhang(ledger, "batches", "--json").stdout
        #expect(digest.hasPrefix("120 "))   // 108 newsletter events and the 12 of the twins, once

        let all = fixtureBatches.map { ($0.0, $0.1) } + Self.twinFiles.map { ($0, Self.twinsRecordedAt) }
        for (number, (file, recordedAt)) in all.enumerated() {
            let again = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--recorded-at", recordedAt, file)
            #expect(again.status == 0, "\(file): \(again.stderr)")
            // Each file landed as its own batch, in this order: 1–3 the newsletter, 4–8 the twins.
            #expect(again.stdout.contains("\(file): already landed as batch \(number + 1) ("), "\(again.stdout)")
            #expect(again.stdout.contains("recorded at \(recordedAt)"), "\(again.stdout)")
            #expect(again.stdout.contains("not imported again"))
            #expect(try taizhang(ledger, "digest").stdout == digest, "\(file) changed the digest")
        }
        #expect(try taizhang(ledger, "batches", "--json").stdout == batches, "a re-import wrote a batch")
    }

    @Test func reimportingEverythingAtOnceSaysSoForEachFileInJSON() throws {
        let ledger = try Self.everyFixture()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let digest = try taizhang(ledger, "digest").stdout
        // One command, no --recorded-at: nothing is new, so the head's recorded time is no obstacle.
        let files = fixtureBatches.map(\.0) + Self.twinFiles
        let again = try run(taizhangBinary, ["--db", ledger, "import", "--json", "--quiet"] + files)
        #expect(again.status == 0, "\(again.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(report["landed"] as? Bool == false)
        #expect(report["events"] as? Int == 0)
        let landed = try #require(report["already_landed"] as? [[String: Any]])
        #expect(landed.compactMap { $0["file"] as? String } == files)
        #expect(landed.compactMap { $0["batch"] as? Int } == Array(1...files.count))
        #expect(landed.first?["recorded_at"] as? String == "2021-01-05T09:00:00+08:00")
        #expect(landed.first?["events"] as? Int == 26)
        #expect(try taizhang(ledger, "digest").stdout == digest)
    }

    @Test func theSameFactInAnotherFileLandsOnce() throws {
        let ledger = try fixtureLedger(batches: 1)
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let digest = try taizhang(ledger, "digest").stdout
        // Other bytes (CRLF line ends), the same events: not already landed, but every event a duplicate.
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/2020-projects.jsonl"), encoding: .utf8)
        let copy = temporaryFolder() + ".jsonl"
        try text.replacingOccurrences(of: "\n", with: "\r\n").write(toFile: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let r = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--recorded-at", "2021-04-10T17:00:00+08:00", copy)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("26 rows, 0 new events, 26 already present"), "\(r.stdout)")
        #expect(try taizhang(ledger, "digest").stdout == digest)
    }
}
