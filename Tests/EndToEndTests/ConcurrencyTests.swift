import Foundation
import Testing

/// Several processes on one ledger at once: readers during imports see whole batches only,
/// concurrent imports queue behind LMDB's writer lock, and a reader killed mid-read leaves
/// nothing behind that a later write cannot clear.
@Suite struct ConcurrencyTests {
    /// A running `taizhang` (or other) process whose output is collected when it ends.
    final class Child {
        let process = Process()
        let out = Pipe(), err = Pipe()

        init(_ executable: String, _ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = repositoryRoot
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "TAIZHANG_DB")
            process.environment = env
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        func finish() -> Run {
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
        }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `Tools/generate --events N` cut into `parts` consecutive CSV files, each with the header;
    /// every prefix of the generated file is a valid ledger, so the parts land in order.
    static func generatedParts(events: Int, parts: Int) throws -> [String] {
        let folder = temporaryFolder()
        #expect(try run("/usr/bin/env", ["python3", "Tools/generate", "--events", String(events), "--out", folder, "--format", "csv"]).status == 0)
        let lines = try String(contentsOfFile: folder + "/events-\(events).csv", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        let perPart = (lines.count - 1) / parts
        return try (0..<parts).map { p in
            let rows = lines[(1 + p * perPart)..<(p == parts - 1 ? lines.count : 1 + (p + 1) * perPart)]
            let path = folder + "/part-\(p + 1).csv"
            try ([String(lines[0])] + rows.map(String.init)).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    static let recordedTimes = ["2022-01-10T09:00:00+08:00", "2022-01-11T09:00:00+08:00", "2022-01-12T09:00:00+08:00"]

    /// What one reader process saw.
    struct Observation {
        var command: String
        var state: String
        var duringImports: Bool
    }

    /// `digest`, `summary` and `verify` in a loop, and whole `replay`s, while three imports land.
    @Test func readersDuringImportsSeeWholeBatchesOnly() throws {
        let parts = try Self.generatedParts(events: 24_000, parts: 3)
        // The state at every batch boundary, from a ledger fed the same batches one by one.
        let reference = try fixtureLedger()
        var boundaries = [try Self.states(reference)]
        for (part, recordedAt) in zip(parts, Self.recordedTimes) {
            #expect(try taizhang(reference, "import", "--quiet", "--recorded-at", recordedAt, part).status == 0)
            boundaries.append(try Self.states(reference))
        }

        let ledger = try fixtureLedger()
        let script = zip(parts, Self.recordedTimes).map { "\"$0\" --db \"$1\" import --quiet --recorded-at \($1) \($0)" }.joined(separator: " && ")
        let imports = try Child("/bin/sh", ["-c", script, taizhangBinary, ledger])
        var seen: [Observation] = []
        var replays: [Child] = []
        var round = 0
        while imports.process.isRunning || round < 2 {
            let during = imports.process.isRunning
            // A few whole replays too, left running: each reads its snapshot to the end.
            if round % 2 == 0 && replays.count < 3 { replays.append(try Child(taizhangBinary, ["--db", ledger, "replay", "--jsonl"])) }
            for (name, state) in try Self.states(ledger) {
                seen.append(Observation(command: name, state: state, duringImports: during && imports.process.isRunning))
            }
            round += 1
        }
        #expect(imports.finish().status == 0)
        // One more round once the imports have ended: a round above may have started just
        // before the last commit, and seen the batch before it.
        for (name, state) in try Self.states(ledger) {
            seen.append(Observation(command: name, state: state, duringImports: false))
        }

        for o in seen {
            let matches = boundaries.contains { $0[o.command] == o.state }
            #expect(matches, "`\(o.command)` saw a state that is no batch boundary: \(o.state.prefix(300))")
        }
        let sequences = Set(boundaries.compactMap { $0["digest"]?.split(separator: " ").first.flatMap { Int($0) } })
        for replay in replays {
            let r = replay.finish()
            #expect(r.status == 0, "\(r.stderr)")
            let lines = r.stdout.split(separator: "\n").count
            #expect(sequences.contains(lines), "a replay printed \(lines) events, no batch boundary of \(sequences.sorted())")
        }
        let during = seen.filter(\.duringImports)
        #expect(during.count >= 3, "readers ran while the imports did: \(during.count) observations")
        #expect(seen.last.map { boundaries.last![$0.command] == $0.state } ?? false, "the last reader sees every batch")
    }

    /// What each reader command prints, by command: `digest --json` (the sequence, hash and
    /// Merkle tree size must agree), `summary --json`, `verify --json` (must pass).
    static func states(_ ledger: String) throws -> [String: String] {
        let digest = try taizhang(ledger, "digest", "--json")
        let d = try json(digest.stdout)
        #expect(d["sequence"] as? Int == d["tree_size"] as? Int, "digest read its head and tree in one snapshot")
        let summary = try taizhang(ledger, "summary", "2022Q1", "--json")
        let verify = try taizhang(ledger, "verify", "--json")
        #expect(verify.status == 0, "\(verify.stdout)")
        let v = try json(verify.stdout)
        let head = try #require(v["head"] as? [String: Any])
        return [
            "digest": "\(d["sequence"] ?? "") \(d["hash"] ?? "")",
            "summary": summary.stdout,
            "verify": "\(head["sequence"] ?? "") \(head["hash"] ?? "") \(v["ok"] ?? "")",
        ]
    }

    /// A copy of a generated CSV with every event and project id renamed, so that it lands
    /// beside the original as a different batch with different events.
    static func renamed(_ path: String, letter: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\\bE([0-9]{7})\\b", with: letter + "$1", options: .regularExpression)
            .replacingOccurrences(of: "\\bP([0-9]{6})\\b", with: letter + "P$1", options: .regularExpression)
        let out = path.replacingOccurrences(of: ".csv", with: "-\(letter).csv")
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        return out
    }

    @Test func twoImportsOfDifferentFilesStartedTogetherBothLandOneAfterTheOther() throws {
        let original = try Self.generatedParts(events: 6_000, parts: 1)[0]
        let files = [try Self.renamed(original, letter: "A"), try Self.renamed(original, letter: "B")]
        let ledger = try fixtureLedger()
        let children = try files.map { try Child(taizhangBinary, ["--db", ledger, "import", "--quiet", "--json", "--recorded-at", "2022-02-01", $0]) }
        let runs = children.map { $0.finish() }
        for r in runs { #expect(r.status == 0, "\(r.stderr)") }
        for r in runs { #expect(try Self.json(r.stdout)["events"] as? Int == 6_000, "\(r.stdout.prefix(300))") }

        let batches = try #require(try JSONSerialization.jsonObject(with: Data(try taizhang(ledger, "batches", "--json").stdout.utf8)) as? [[String: Any]])
        #expect(batches.count == 5)
        let landed = batches.suffix(2)
        #expect(Set(landed.compactMap { $0["file"] as? String }) == Set(files))
        // One after the other: the second batch's sequences start where the first's end.
        let first = try #require(landed.first), second = try #require(landed.last)
        #expect((first["first_sequence"] as? Int ?? 0) + (first["events"] as? Int ?? 0) == second["first_sequence"] as? Int)
        #expect(try taizhang(ledger, "verify").status == 0)
        #expect(try taizhang(ledger, "digest").stdout.hasPrefix("\(108 + 12_000) "))
    }

    @Test func theSameFileStartedTwiceAtOnceLandsOnce() throws {
        let file = try Self.generatedParts(events: 6_000, parts: 1)[0]
        let ledger = try fixtureLedger()
        let children = try (0..<2).map { _ in try Child(taizhangBinary, ["--db", ledger, "import", "--quiet", "--json", "--recorded-at", "2022-02-01", file]) }
        let reports = try children.map { c in
            let r = c.finish()
            #expect(r.status == 0, "\(r.stderr)")
            return try Self.json(r.stdout)
        }
        let events = reports.map { $0["events"] as? Int ?? -1 }.sorted()
        #expect(events == [0, 6_000], "one import lands the file, the other finds it landed: \(events)")
        let skipped = try #require(reports.first { $0["events"] as? Int == 0 })
        #expect((skipped["already_landed"] as? [Any])?.count == 1)
        #expect(try taizhang(ledger, "digest").stdout.hasPrefix("\(108 + 6_000) "))
        #expect(try taizhang(ledger, "verify").status == 0)
    }

    /// The pids `mdb_stat -r` lists as holding reader slots.
    static func readerPids(_ ledger: String) throws -> [Int32] {
        try run("/usr/bin/mdb_stat", ["-r", ledger]).stdout.split(separator: "\n").compactMap { line in
            line.split(separator: " ", omittingEmptySubsequences: true).first.flatMap { Int32($0) }
        }
    }

    /// Waits until `pid` holds a reader slot of `ledger` (a read transaction is open).
    static func waitForReader(_ pid: Int32, of child: Child, ledger: String) throws {
        let deadline = Date().addingTimeInterval(20)
        while try !readerPids(ledger).contains(pid) && child.process.isRunning && Date() < deadline { usleep(2_000) }
    }

    /// LMDB resets the reader table when a process opens a ledger nobody else has open, so a
    /// dead reader's slot only lingers while another process keeps the ledger open: here a
    /// `replay` whose output nobody reads, stalled on a full pipe with its snapshot open.
    @Test(arguments: [["replay", "--jsonl"], ["verify"]]) func aReaderKilledMidReadLeavesTheLedgerUsable(reader: [String]) throws {
        let part = try Self.generatedParts(events: 12_000, parts: 1)[0]
        let ledger = try fixtureLedger()
        #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", "2022-02-01", part).status == 0)
        let holder = try Child(taizhangBinary, ["--db", ledger, "replay", "--jsonl"])
        try Self.waitForReader(holder.process.processIdentifier, of: holder, ledger: ledger)

        let child = try Child(taizhangBinary, ["--db", ledger] + reader)
        let pid = child.process.processIdentifier
        try Self.waitForReader(pid, of: child, ledger: ledger)
        try #require(child.process.isRunning, "the reader finished before it could be killed; make the ledger bigger")
        kill(pid, SIGKILL)
        _ = child.finish()
        #expect(try Self.readerPids(ledger).contains(pid), "the dead reader's slot is still taken")

        // Other readers still read, and the next write clears the dead slot and lands.
        #expect(try taizhang(ledger, "verify").status == 0)
        let more = temporaryFolder() + ".jsonl"
        try #"{"id": "K-1", "kind": "signed", "project": "K-001", "date": "2022-03-01", "amount": "2亿元", "name": "杀进程之后的项目"}"#
            .appending("\n").write(toFile: more, atomically: true, encoding: .utf8)
        let write = try taizhang(ledger, "import", "--quiet", "--recorded-at", "2022-03-01", more)
        #expect(write.status == 0, "\(write.stderr)")
        let readers = try Self.readerPids(ledger)
        #expect(!readers.contains(pid), "the write cleared the dead reader's slot: \(readers)")
        #expect(readers.contains(holder.process.processIdentifier), "and left the live reader's")
        #expect(try taizhang(ledger, "digest").stdout.hasPrefix("\(108 + 12_000 + 1) "))

        // The stalled reader read its own snapshot to the end: the ledger before the write.
        let held = holder.finish()
        #expect(held.status == 0)
        #expect(held.stdout.split(separator: "\n").count == 108 + 12_000)
    }
}
