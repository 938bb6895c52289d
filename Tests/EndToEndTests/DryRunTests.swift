import Foundation
import Testing

/// `import --dry-run` validates against the ledger and shows what would land, and writes
/// nothing: neither the digest nor any LMDB database's entries change.
@Suite struct DryRunTests {
    static func mdbStat(_ ledger: String) throws -> String {
        let r = try run("/usr/bin/mdb_stat", ["-a", ledger])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func showsWhatWouldLandAndWritesNothing() throws {
        let ledger = try fixtureLedger(batches: 2)
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let digest = try taizhang(ledger, "digest").stdout
        let stat = try Self.mdbStat(ledger)
        let file = "Fixtures/2021-07-restatement.jsonl"

        let text = try taizhang(ledger, "import", "--dry-run", "--lang", "en", "--recorded-at", "2021-07-12T10:00:00+08:00", file)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("(dry run) batch 3: \(file) (UTF-8), 19 rows, 19 new events, 0 already present; sequences 90–108"), "\(text.stdout)")
        #expect(text.stdout.contains("GJ-2021-046"))   // the late Q1 signing is in the preview
        #expect(text.stdout.contains("dry run: nothing was written."))

        let json = try taizhang(ledger, "import", "--dry-run", "--json", "--recorded-at", "2021-07-12T10:00:00+08:00", file)
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["dry_run"] as? Bool == true)
        #expect(report["landed"] as? Bool == false)
        #expect(report["events"] as? Int == 19)
        let preview = try #require(report["preview"] as? [[String: Any]])
        #expect(preview.count == 19)
        #expect(preview.first?["sequence"] as? Int == 90)

        #expect(try taizhang(ledger, "digest").stdout == digest)
        #expect(try Self.mdbStat(ledger) == stat)
        #expect(try taizhang(ledger, "batches", "--json").stdout.contains(file) == false)

        // And the file still lands for real afterwards, as the dry run said.
        let real = try taizhang(ledger, "import", "--quiet", "--lang", "en", "--recorded-at", "2021-07-12T10:00:00+08:00", file)
        #expect(real.stdout.contains("batch 3: \(file) (UTF-8), 19 rows, 19 new events, 0 already present; sequences 90–108"))
    }

    @Test func aDryRunOfABadFileIsRejectedAndWritesNothing() throws {
        let ledger = try fixtureLedger(batches: 1)
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let stat = try Self.mdbStat(ledger)
        let r = try taizhang(ledger, "import", "--dry-run", "--lang", "en", "Fixtures/bad/started-twice.csv")
        #expect(r.status == 3)
        #expect(r.stderr.contains("import rejected"))
        #expect(try Self.mdbStat(ledger) == stat)
    }
}
