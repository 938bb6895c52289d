import Foundation
import Testing
import TestSupport

/// Export then import reproduces the digest, for ledgers built from generated events cut at
/// random into batches (seeded), with a void among them: `export --jsonl` and `export --csv`
/// replayed with `import --replay-export` into an empty ledger give the same digest line
/// (sequence, hash, recorded time and Merkle tree head).
@Suite struct ExportReplayPropertyTests {
    static let seeds: [UInt64] = [3, 17, 2021]

    @Test(arguments: seeds) func anExportReplaysToTheSameDigestWhateverTheBatches(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let events = Int.random(in: 500...3_000, using: &rng)
        let folder = temporaryFolder()
        #expect(try run("/usr/bin/env", ["python3", "Tools/generate", "--events", String(events), "--seed", String(seed),
                                         "--out", folder, "--format", "csv"]).status == 0)
        let lines = try String(contentsOfFile: folder + "/events-\(events).csv", encoding: .utf8).split(separator: "\n").map(String.init)
        let cuts = Set((0..<Int.random(in: 0...8, using: &rng)).map { _ in Int.random(in: 1..<events, using: &rng) }).sorted()

        let ledger = temporaryFolder()
        var start = 0
        for (i, end) in (cuts + [events]).enumerated() where end > start {
            let part = folder + "/part-\(i).csv"
            try ([lines[0]] + lines[(1 + start)..<(1 + end)]).joined(separator: "\n").appending("\n").write(toFile: part, atomically: true, encoding: .utf8)
            let r = try taizhang(ledger, "import", "--quiet", "--recorded-at", "2024-01-\(String(format: "%02d", i + 1))T09:00:00+08:00", part)
            #expect(r.status == 0, "\(r.stderr)")
            start = end
        }
        // A disbursement from the middle of the log: voiding it leaves every history valid.
        let disbursement = try #require(lines.dropFirst(1 + events / 2).first { $0.split(separator: ",")[1] == "disbursed" })
        let voided = try taizhang(ledger, "void", String(disbursement.split(separator: ",")[0]), "--reason", "录入错误", "--recorded-at", "2024-02-01")
        #expect(voided.status == 0, "\(voided.stderr)")
        let digest = try taizhang(ledger, "digest").stdout
        #expect(digest.hasPrefix("\(events + 1) "))

        for format in ["--jsonl", "--csv"] {
            let exported = try taizhang(ledger, "export", format)
            #expect(exported.status == 0, "\(exported.stderr)")
            let file = folder + "/export-\(format.dropFirst(2)).\(format.dropFirst(2))"
            try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            let copy = temporaryFolder()
            let replayed = try taizhang(copy, "import", "--replay-export", file)
            #expect(replayed.status == 0, "\(format): \(replayed.stderr)")
            #expect(try taizhang(copy, "digest").stdout == digest, "seed \(seed), \(format), cut at \(cuts)")
            #expect(try taizhang(copy, "verify").status == 0)
        }
    }
}

