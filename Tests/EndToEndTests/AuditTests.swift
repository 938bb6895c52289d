import Foundation
import LedgerStore
import Testing

/// The audit side on the fixture ledger: digests with the Merkle tree head, proofs checked
/// offline by taizhang and by the independent Python checker, void, export and its replay.
@Suite struct AuditTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func write(_ text: String) throws -> String {
        let path = temporaryFolder() + ".json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let checker = repositoryRoot.path + "/Tools/check-ledger"

    @Test func theDigestLineKeepsSeqAndHashFirstAndAddsTimeAndTreeHead() throws {
        let ledger = try fixtureLedger()
        let line = try taizhang(ledger, "digest").stdout.trimmingCharacters(in: .newlines)
        let fields = line.split(separator: " ").map(String.init)
        #expect(fields.count == 4)
        #expect(fields[0] == "108")
        #expect(fields[2] == "2021-07-12T10:00:00+08:00")
        #expect(fields[1].count == 64 && fields[3].count == 64)
        let object = try Self.json(try taizhang(ledger, "digest", "--json").stdout)
        #expect(object["sequence"] as? Int == 108)
        #expect(object["hash"] as? String == fields[1])
        #expect(object["recorded_at"] as? String == fields[2])
        #expect(object["tree_head"] as? String == fields[3])
        // The tree head over the first 26 events (the first batch) is the digest of that batch alone.
        let first = try fixtureLedger(batches: 1)
        let proof = try Self.json(try taizhang(ledger, "prove", "1", "--digest", "26").stdout)
        #expect(proof["tree_head"] as? String == String(try taizhang(first, "digest").stdout.split(separator: " ")[3]).trimmingCharacters(in: .newlines))
    }

    @Test func theIndependentCheckerAgreesWithTheDigest() throws {
        let ledger = try fixtureLedger()
        let digest = try taizhang(ledger, "digest").stdout.split(separator: " ").map { $0.trimmingCharacters(in: .newlines) }
        let checked = try run(Self.checker, [ledger])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.trimmingCharacters(in: .newlines) == [digest[0], digest[1], digest[3]].joined(separator: " "))
        let empty = temporaryFolder()
        try taizhang(empty, "init")
        #expect(try run(Self.checker, [empty]).stdout.trimmingCharacters(in: .newlines)
                == "0 " + String(repeating: "0", count: 64) + " e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func everyInclusionProofChecksWithTaizhangAndTheIndependentChecker() throws {
        let ledger = try fixtureLedger()
        let treeHead = String(try taizhang(ledger, "digest").stdout.split(separator: " ")[3]).trimmingCharacters(in: .newlines)
        for event in ["1", "E-2021Q1-001", "E-2021Q1-039", "107", "108"] {
            let proved = try taizhang(ledger, "prove", event)
            #expect(proved.status == 0, "\(proved.stderr)")
            let file = try Self.write(proved.stdout)
            let checked = try run(taizhangBinary, ["check-proof", file, "--digest", "108:\(treeHead)", "--lang", "en"])
            #expect(checked.status == 0 && checked.stdout.hasPrefix("proof OK"), "\(event): \(checked.stdout)")
            let chinese = try run(taizhangBinary, ["check-proof", file, "--digest", "108:\(treeHead)"])
            #expect(chinese.status == 0 && chinese.stdout.hasPrefix("证明成立:"), "\(event): \(chinese.stdout)")
            let independent = try run(Self.checker, ["--proof", file, "--digest", "108:\(treeHead)"])
            #expect(independent.status == 0, "\(event): \(independent.stdout)")
        }
        // Against an older digest: the event must be in it.
        #expect(try taizhang(ledger, "prove", "E-2021Q1-001", "--digest", "60").status == 0)
        #expect(try taizhang(ledger, "prove", "108", "--digest", "60").status == 2)
        #expect(try taizhang(ledger, "prove", "no-such-event").status == 1)
    }

    @Test func anAlteredProofFailsWithOneLine() throws {
        let ledger = try fixtureLedger()
        var proof = try Self.json(try taizhang(ledger, "prove", "E-2021Q1-001").stdout)
        let data = try #require(proof["leaf_data"] as? String)
        // The event's amount changed in the proof: the record's own hash no longer holds.
        var altered = proof
        altered["leaf_data"] = String(data.prefix(140)) + (data.dropFirst(140).first == "0" ? "1" : "0") + String(data.dropFirst(141))
        altered.removeValue(forKey: "leaf_hash")
        // Another leaf index, a bent path, another tree head.
        var moved = proof
        moved["leaf_index"] = 27
        var bent = proof
        var path = try #require(proof["path"] as? [String])
        path[0] = String(repeating: "ab", count: 32)
        bent["path"] = path
        proof["tree_head"] = String(repeating: "00", count: 32)
        for (name, object) in [("altered", altered), ("moved", moved), ("bent", bent), ("other head", proof)] {
            let file = try Self.write(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
            let checked = try run(taizhangBinary, ["check-proof", file, "--lang", "en"])
            #expect(checked.status == 4, "\(name)")
            #expect(checked.stdout.hasPrefix("proof FAILED: ") && checked.stdout.split(separator: "\n").count == 1, "\(name): \(checked.stdout)")
            let chinese = try run(taizhangBinary, ["check-proof", file])
            #expect(chinese.status == 4 && chinese.stdout.hasPrefix("证明不成立:") && chinese.stdout.split(separator: "\n").count == 1, "\(name): \(chinese.stdout)")
            #expect(try run(Self.checker, ["--proof", file]).status == 4, "\(name)")
        }
        let notJSON = try Self.write("not a proof")
        #expect(try run(taizhangBinary, ["check-proof", notJSON]).status == 2)
    }

    @Test func aConsistencyProofShowsTheLogOnlyGrew() throws {
        let ledger = try fixtureLedger(batches: 2)
        let old = try taizhang(ledger, "digest").stdout.split(separator: " ").map { $0.trimmingCharacters(in: .newlines) }
        for (file, recordedAt) in fixtureBatches.dropFirst(2) {
            #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", recordedAt, file).status == 0)
        }
        #expect(try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "entered twice", "--recorded-at", "2021-08-01").status == 0)
        let proved = try taizhang(ledger, "prove", "--from", "\(old[0]):\(old[3])")
        #expect(proved.status == 0, "\(proved.stderr)")
        let object = try Self.json(proved.stdout)
        #expect(object["old_tree_size"] as? Int == 89 && object["tree_size"] as? Int == 109)
        let file = try Self.write(proved.stdout)
        let checked = try run(taizhangBinary, ["check-proof", file, "--digest", "\(old[0]):\(old[3])"])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(try run(Self.checker, ["--proof", file, "--digest", "\(old[0]):\(old[3])"]).status == 0)
        // Another old tree head is history rewritten: no proof.
        let rewritten = try taizhang(ledger, "prove", "--lang", "en", "--from", "\(old[0]):\(String(repeating: "1", count: 64))")
        #expect(rewritten.status == 4 && rewritten.stderr.contains("history was rewritten"))
        // A proof checked against a digest it is not about fails.
        #expect(try run(taizhangBinary, ["check-proof", file, "--digest", "88:\(old[3])"]).status == 4)
    }

    @Test func voidAppendsAReversingEventThatShowReplayAndSummaryHonour() throws {
        let ledger = try fixtureLedger()
        let before = try Self.json(try taizhang(ledger, "summary", "2021Q1", "--json").stdout)
        let voided = try taizhang(ledger, "void", "E-2021Q1-001", "--reason", "signed in error", "--recorded-at", "2021-08-01T09:00:00+08:00", "--lang", "en")
        // The signing has later events (a start, a disbursement): voiding it would break the history.
        #expect(voided.status == 3, "\(voided.stdout)")
        let ok = try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "entered twice", "--recorded-at", "2021-08-01T09:00:00+08:00", "--json")
        #expect(ok.status == 0, "\(ok.stderr)")
        let report = try Self.json(ok.stdout)
        #expect(report["void_sequence"] as? Int == 109 && report["voided_sequence"] as? Int == 46)
        #expect(try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "again", "--lang", "en").status == 3)
        #expect(try taizhang(ledger, "void", "NO-SUCH", "--reason", "x").status == 1)
        #expect(try taizhang(ledger, "verify").status == 0)
        let show = try taizhang(ledger, "show", "GJ-2021-001", "--lang", "en").stdout
        #expect(show.contains("VOIDED by 109") || show.contains("voided by 109"), "\(show)")
        #expect(show.contains("disbursed to date           0 yuan"))
        let replay = try taizhang(ledger, "replay", "--from", "46", "--to", "46", "--jsonl").stdout
        #expect(try Self.json(replay)["voided_by"] as? Int == 109)
        let batches = try taizhang(ledger, "batches", "--json").stdout
        #expect(batches.contains("void:E-2021Q1-020"))
        let after = try Self.json(try taizhang(ledger, "summary", "2021Q1", "--json").stdout)
        func disbursedFen(_ summary: [String: Any]) -> Int64? { ((summary["disbursed"] as? [String: Any])?["total_fen"] as? NSNumber)?.int64Value }
        #expect(disbursedFen(before).map { $0 - 8_765_432_100 } == disbursedFen(after))
    }

    @Test(arguments: ["--jsonl", "--csv"]) func anExportReplayedIntoAnEmptyLedgerGivesTheSameDigest(_ format: String) throws {
        let ledger = try fixtureLedger()
        #expect(try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "entered, twice \"quoted\"", "--recorded-at", "2021-08-01").status == 0)
        let exported = try taizhang(ledger, "export", format)
        #expect(exported.status == 0)
        let file = temporaryFolder() + (format == "--csv" ? ".csv" : ".jsonl")
        try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let copy = temporaryFolder()
        let replayed = try taizhang(copy, "import", "--replay-export", file)
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(try taizhang(copy, "digest").stdout == taizhang(ledger, "digest").stdout)
        #expect(try taizhang(copy, "verify").status == 0)
        let batches = try Self.json("{\"b\":" + taizhang(copy, "batches", "--json").stdout + "}")["b"] as? [[String: Any]]
        #expect(batches?.map { $0["file"] as? String ?? "" }.last == "void:E-2021Q1-020")
    }

    @Test func anExportSinceASequenceContinuesALedgerAndAnAlteredOneIsRejected() throws {
        let ledger = try fixtureLedger()
        let all = try taizhang(ledger, "export", "--jsonl").stdout.split(separator: "\n").map(String.init)
        #expect(all.count == 108)
        let since = try taizhang(ledger, "export", "--jsonl", "--since", "26").stdout.split(separator: "\n").map(String.init)
        #expect(since == Array(all.dropFirst(26)))
        let first = temporaryFolder() + ".jsonl", rest = temporaryFolder() + ".jsonl"
        try (all.prefix(26).joined(separator: "\n") + "\n").write(toFile: first, atomically: true, encoding: .utf8)
        try (since.joined(separator: "\n") + "\n").write(toFile: rest, atomically: true, encoding: .utf8)
        let copy = temporaryFolder()
        #expect(try taizhang(copy, "import", "--replay-export", rest).status == 2)   // does not start at 1
        #expect(try taizhang(copy, "import", "--replay-export", first).status == 0)
        #expect(try taizhang(copy, "import", "--replay-export", rest).status == 0)
        #expect(try taizhang(copy, "digest").stdout == taizhang(ledger, "digest").stdout)

        let altered = temporaryFolder() + ".jsonl"
        let changed = all.map { $0.contains("\"sequence\":40,") ? $0.replacingOccurrences(of: "\"line\":", with: "\"line\":1") : $0 }
        try (changed.joined(separator: "\n") + "\n").write(toFile: altered, atomically: true, encoding: .utf8)
        let rejected = try taizhang(temporaryFolder(), "import", "--replay-export", altered, "--lang", "en")
        #expect(rejected.status == 3)
        #expect(rejected.stderr.contains("not the export's"), "\(rejected.stderr)")
    }
}
