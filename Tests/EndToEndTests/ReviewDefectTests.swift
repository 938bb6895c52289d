import Foundation
import Ledger
import LedgerStore
import Testing

/// The defects an outside review found in the command line (issue 16), each run through the
/// real binary: each of these failed (a trap, a wrong answer, a silent change) before its fix.
@Suite struct ReviewDefectTests {
    static let fixture: String = try! fixtureLedger()

    static func copyOfFixture() throws -> String {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture + "/data.mdb", toPath: folder + "/data.mdb")
        return folder
    }

    /// Defect 3: `since + 1` trapped on the largest sequence; after it there is nothing.
    @Test func exportSinceTheLargestSequenceIsEmptyNotATrap() throws {
        let r = try taizhang(Self.fixture, "export", "--csv", "--since", "18446744073709551615")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 1, "only the header: \(r.stdout)")
        let jsonl = try taizhang(Self.fixture, "export", "--jsonl", "--since", "18446744073709551615")
        #expect(jsonl.status == 0 && jsonl.stdout.isEmpty, "\(jsonl.stdout)\(jsonl.stderr)")
    }

    /// Defect 4: `replay --verify --from 0` called a healthy ledger corrupt.
    @Test func replayVerifyFromZeroReadsAHealthyLedgerFromTheStart() throws {
        let r = try taizhang(Self.fixture, "replay", "--verify", "--from", "0", "--jsonl")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 108)
    }

    /// Defect 5: a void's day past year 9999 was force-unwrapped, one after 2199 landed; and a
    /// recorded time far ahead of the clock was taken (every later batch inherits it).
    @Test func recordedTimesAheadOfTheClockAndVoidDaysOutOfRangeAreRefused() throws {
        let ledger = try Self.copyOfFixture()
        let head = try taizhang(ledger, "digest").stdout
        let past9999 = try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "x", "--recorded-at", "9999-12-31T20:00:00Z",
                                    "--allow-future", "--lang", "en")
        // Refused as a usage error (the time is not taken, or its day is outside business dates), never a trap.
        #expect(past9999.status == 2, "\(past9999.status) \(past9999.stderr)")
        #expect(past9999.stderr.split(separator: "\n").count == 1)
        let ahead = try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "x", "--recorded-at", "2150-01-01T09:00:00+08:00", "--lang", "en")
        #expect(ahead.status == 1 && ahead.stderr.contains("more than a day ahead of the clock"), "\(ahead.status) \(ahead.stderr)")
        let after2199 = try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "x", "--recorded-at", "2200-06-01T09:00:00+08:00",
                                     "--allow-future", "--lang", "en")
        #expect(after2199.status == 2, "a void dated 2200-06-01 landed: \(after2199.stdout)")
        let imported = try taizhang(ledger, "import", "--quiet", "--recorded-at", "2150-01-01T00:00:00+08:00", "Fixtures/bad/_base.jsonl", "--lang", "en")
        #expect(imported.status == 1 && imported.stderr.contains("--allow-future"), "\(imported.status) \(imported.stderr)")
        #expect(try taizhang(ledger, "digest").stdout == head, "something landed")
        // A day ahead is still taken (clocks and zones disagree); and the export still replays.
        let soon = Timestamp.iso(Int64(Date().timeIntervalSince1970 * 1000) + 3_600_000)
        let voided = try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "重复录入", "--recorded-at", soon)
        #expect(voided.status == 0, "\(voided.stderr)")
        #expect(try taizhang(ledger, "verify").status == 0)
    }

    /// Defect 8: a rejected import into a missing ledger left an empty ledger behind.
    @Test func aRejectedImportIntoAMissingLedgerLeavesNothingBehind() throws {
        let ledger = temporaryFolder()
        let r = try taizhang(ledger, "import", "--quiet", "Fixtures/bad/after-termination.csv")
        #expect(r.status == 3, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ledger), "the rejected import left \(ledger) behind")
        #expect(try taizhang(ledger, "digest").status == 1)
    }

    /// Defect 8: `init` on an existing ledger renamed its zone and said nothing.
    @Test func initDoesNotRenameAZone() throws {
        let ledger = temporaryFolder()
        #expect(try taizhang(ledger, "init", "--zone", "赣江新区").status == 0)
        let again = try taizhang(ledger, "init", "--zone", "别的区", "--lang", "en")
        #expect(again.status == 1 && again.stderr.contains("does not rename"), "\(again.status) \(again.stderr)")
        #expect(try LedgerStore(path: ledger, readOnly: true).zone() == "赣江新区")
        #expect(try taizhang(ledger, "init", "--zone", "赣江新区").status == 0)
        #expect(try taizhang(ledger, "init").status == 0)
    }

    /// Defect 8: a ledger its user may not read is "cannot read", not "no ledger" (run as nobody).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aLedgerTheUserMayNotReadIsNotCalledMissing() throws {
        let ledger = try Self.copyOfFixture()
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: ledger)
        let r = try run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", taizhangBinary, "--db", ledger, "digest"])
        #expect(r.status == 1, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("无法读取台账") && !r.stderr.contains("没有台账") && !r.stderr.contains("no ledger"), "\(r.stderr)")
    }

    /// Defect 9: without `--digest`, an OK line must say it is tied to no kept digest.
    @Test func checkProofWithoutADigestSaysItIsTiedToNone() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let proof = try taizhang(Self.fixture, "prove", "E-2021Q1-001")
        #expect(proof.status == 0)
        let file = folder + "/p.json"
        try proof.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let untied = try run(taizhangBinary, ["check-proof", file, "--lang", "en"])
        #expect(untied.status == 0 && untied.stdout.hasPrefix("proof OK: event"), "\(untied.stdout)")
        #expect(untied.stdout.contains("tied to no kept digest"), "\(untied.stdout)")
        let digest = try #require(try taizhang(Self.fixture, "digest").stdout.split(separator: " ").last).trimmingCharacters(in: .whitespacesAndNewlines)
        let tied = try run(taizhangBinary, ["check-proof", file, "--digest", "108:\(digest)"])
        #expect(tied.status == 0 && !tied.stdout.contains("tied to no kept digest"), "\(tied.stdout)")
    }
}
