import Catalogue
import Foundation
import Testing
import TestSupport

/// Every file in `Fixtures/bad/` is one kind of mistake a clerk makes. Each is imported into a
/// fresh copy of a small ledger (`_base.jsonl`) and must be rejected with exactly the problems
/// in its `.expected` file, every one of them, and leave the ledger's digest as it was.
///
/// `NAME.expected` holds one JSON object per problem, as `import --json --lang en` reports it
/// without the file: `{"code", "column", "line", "message", "value"}`. `NAME.args` (optional)
/// holds extra import arguments, one a line. Set `TAIZHANG_UPDATE_EXPECTED=1` to rewrite the
/// expected files from what the binary reports (then read the diff before committing it).
@Suite struct BadFixtureTests {
    static let folder = "Fixtures/bad"

    /// The bad files, without the base ledger and the sidecar files.
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && !$0.hasSuffix(".expected") && !$0.hasSuffix(".args") && !$0.hasSuffix(".md") }
            .sorted()
    }()

    /// A ledger holding `_base.jsonl`, built once and copied for every case.
    static let baseLedger: String = Fixture.once {
        let ledger = temporaryFolder()
        let r = try taizhang(ledger, "import", "--quiet", "--recorded-at", "2021-04-10T17:00:00+08:00", "\(folder)/_base.jsonl")
        precondition(r.status == 0, "the base of the bad fixtures must import: \(r.stderr)")
        return ledger
    }

    static func freshLedger() throws -> String {
        let copy = temporaryFolder()
        try FileManager.default.copyItem(atPath: baseLedger, toPath: copy)
        return copy
    }

    @Test func thereIsOneFileForEachOfAtLeastTwentyFiveMistakes() throws {
        #expect(Self.cases.count >= 25)
        for name in Self.cases {
            #expect(FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("\(Self.folder)/\(name).expected").path),
                    "\(name) has no .expected report")
        }
    }

    @Test(arguments: cases)
    func isRejectedWithEveryProblemAndLandsNothing(name: String) throws {
        let path = "\(Self.folder)/\(name)"
        let argsFile = repositoryRoot.appendingPathComponent(path + ".args").path
        let extra = (try? String(contentsOfFile: argsFile, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        let ledger = try Self.freshLedger()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let before = try taizhang(ledger, "digest").stdout

        // The machine-readable report: every problem, each with its place, value and code.
        let json = try run(taizhangBinary, ["--db", ledger, "import", "--lang", "en", "--json"] + extra + [path])
        #expect(json.status == 3, "\(name): exit status \(json.status), \(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["landed"] as? Bool == false)
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(!problems.isEmpty)
        for p in problems { #expect(p["file"] as? String == path) }
        let reported = try problems.map { p in
            var p = p
            p["file"] = nil
            return try canonical(p)
        }
        let expectedURL = repositoryRoot.appendingPathComponent(path + ".expected")
        if ProcessInfo.processInfo.environment["TAIZHANG_UPDATE_EXPECTED"] == "1" {
            try Data((reported.joined(separator: "\n") + "\n").utf8).write(to: expectedURL)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8).split(separator: "\n").map { line in
            try canonical(try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]))
        }
        #expect(reported == expected, "\(name): the report differs from \(name).expected")

        // The text report says the same, one line per problem, and then that nothing landed.
        let english = try run(taizhangBinary, ["--db", ledger, "import", "--lang", "en"] + extra + [path])
        #expect(english.status == 3)
        let lines = problems.map { Self.line(file: path, $0) }
            + ["import rejected: \(problems.count) problem(s) found; nothing was written."]
        #expect(english.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == lines)

        // In Chinese (the default), the same number of lines, each naming the file and its line.
        let chinese = try run(taizhangBinary, ["--db", ledger, "import"] + extra + [path])
        #expect(chinese.status == 3)
        let chineseLines = chinese.stderr.split(separator: "\n").map(String.init)
        #expect(chineseLines.count == problems.count + 1)
        for (line, p) in zip(chineseLines, problems) {
            #expect(line.hasPrefix(path))
            if let n = p["line"] as? Int, n > 0 { #expect(line.contains("第\(n)行")) }
            // A column of ours is named in Chinese (`项目编号列`), whatever the file's header said.
            if let c = p["column"] as? String, !c.isEmpty { #expect(line.contains(" \(FieldText.named(c, .zh))列"), "\(line)") }
        }
        #expect(chineseLines.last == "导入被拒绝:发现 \(problems.count) 个问题,未写入任何内容。")

        #expect(try taizhang(ledger, "digest").stdout == before, "\(name): something landed")
    }

    /// A problem as the text report prints it: `file:line column C value "v": reason`, a
    /// column of ours named in English whatever the file's header said (`日期` is `date`).
    static func line(file: String, _ p: [String: Any]) -> String {
        var place = file
        if let n = p["line"] as? Int, n > 0 { place += ":\(n)" }
        if let c = p["column"] as? String, !c.isEmpty { place += " column \(FieldText.named(c, .en))" }
        let value = (p["value"] as? String ?? "")
        var flat = ""
        for c in value {
            switch c {
            case "\n", "\r\n": flat += "\\n"
            case "\r": flat += "\\r"
            default: flat.append(c)
            }
        }
        let shown = flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
        return place + (value.isEmpty ? "" : " value \"\(shown)\"") + ": " + (p["message"] as? String ?? "")
    }
}

/// A JSON object as one line with sorted keys, so that two reports compare as strings.
func canonical(_ object: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
}
