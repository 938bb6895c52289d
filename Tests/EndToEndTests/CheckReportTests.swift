import Foundation
import Testing

/// `taizhang check-report`: every sealed output kind passes, and a changed figure, a changed rule
/// set or a rewritten history fails with exit 4 and one line naming it.
@Suite("check-report", .serialized)
struct CheckReportTests {
    /// Two batches now; the third is imported by `theLedgerGrowingKeepsOldReportsTrue`.
    static let ledger: String = try! fixtureLedger(batches: 2)
    static let folder: String = {
        let f = temporaryFolder()
        try! FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true)
        return f
    }()

    /// Writes `args`' output (stdout, or the file an option names) and returns the file's path.
    static func output(_ name: String, _ args: [String]) throws -> String {
        let path = folder + "/" + name
        var arguments = args
        if let i = arguments.firstIndex(of: "FILE") { arguments[i] = path }
        let r = try run(taizhangBinary, ["--db", ledger] + arguments)
        precondition(r.status == 0, r.stderr)
        if !args.contains("FILE") { try r.stdout.write(toFile: path, atomically: true, encoding: .utf8) }
        return path
    }

    static let outputs: [(String, [String])] = [
        ("report.html", ["report", "2021Q1", "--as-known-at", "2021-04-15", "--html", "FILE"]),
        ("report.xlsx", ["report", "2021Q1", "--xlsx", "FILE"]),
        ("report.json", ["report", "2021Q1", "--json", "--as-of", "2021-03-31"]),
        ("report-en.html", ["report", "2021H1", "--html", "FILE", "--lang", "en"]),
        ("summary.json", ["summary", "2021Q1", "--json", "--as-known-at", "2021-04-15"]),
        ("summary.xlsx", ["summary", "2021Q1", "--threshold", "5亿元", "--xlsx", "FILE"]),
        ("pipeline.json", ["pipeline", "--signed-in", "2021", "--json", "--as-of", "2021-06-30"]),
        ("pipeline.xlsx", ["pipeline", "--signed-in", "2021Q1", "--xlsx", "FILE"]),
        ("projects.xlsx", ["projects", "--group", "经开组团", "--sort", "amount", "--descending", "--xlsx", "FILE"]),
    ]

    func check(_ path: String, db: String = CheckReportTests.ledger, lang: String = "en") throws -> Run {
        try run(taizhangBinary, ["--db", db, "check-report", path, "--lang", lang])
    }

    @Test("Every output kind passes, in both languages")
    func everyKindPasses() throws {
        for (name, args) in Self.outputs {
            let path = try Self.output(name, args)
            let r = try check(path)
            #expect(r.status == 0 && r.stdout == "report OK: \(path)\n", "\(name): \(r.stderr)")
        }
        let zh = try check(try Self.output("again.html", Self.outputs[0].1), lang: "zh")
        #expect(zh.stdout.hasPrefix("报告核对一致:"))
    }

    @Test("A changed figure in a page is named, exit 4")
    func changedHTMLFigure() throws {
        let path = try Self.output("edited.html", Self.outputs[0].1)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains(">207.5亿元<"))
        try html.replacingOccurrences(of: ">207.5亿元<", with: ">208.5亿元<").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try check(path)
        #expect(r.status == 4)
        #expect(r.stderr == "taizhang: \(path): figure signed.total.now differs: the file says 208.5亿元, the ledger gives 207.5亿元\n", "\(r.stderr)")
    }

    @Test("A changed number in JSON is named by its path, exit 4")
    func changedJSONFigure() throws {
        let path = try Self.output("edited.json", Self.outputs[4].1)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"total_fen\" : 2075000000000", with: "\"total_fen\" : 2075000000001").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try check(path)
        #expect(r.status == 4 && r.stderr.contains("figure signed.total_fen differs: the file says 2075000000001, the ledger gives 2075000000000"), "\(r.stderr)")
    }

    @Test("A cell changed and saved again by openpyxl is named by sheet and cell, exit 4")
    func changedWorkbookCell() throws {
        let path = try Self.output("edited.xlsx", Self.outputs[1].1)
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "run Tools/install-deps")
        let resaved = try run("/usr/bin/python3", ["-c", "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[1])", path])
        #expect(resaved.status == 0, "\(resaved.stderr)")
        #expect(try check(path).status == 0, "a workbook saved again unchanged still checks")
        let edit = try run("/usr/bin/python3", ["-c", "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); wb['汇总']['B2']=45; wb.save(sys.argv[1])", path])
        #expect(edit.status == 0, "\(edit.stderr)")
        let r = try check(path)
        #expect(r.status == 4 && r.stderr.contains("figure 汇总!B2 differs: the file says 45, the ledger gives 44"), "\(r.stderr)")
    }

    @Test("A changed rule set: the digest no longer matches, or the figures under it differ")
    func changedRules() throws {
        let path = try Self.output("rules.json", Self.outputs[4].1)
        var o = try jsonObject(try String(contentsOfFile: path, encoding: .utf8))
        var seal = try #require(o["seal"] as? [String: Any])
        let rules = try #require(seal["rules"] as? String)
        let lowered = rules.replacingOccurrences(of: "\"threshold_fen\":10000000000", with: "\"threshold_fen\":500000000000")
        #expect(lowered != rules)
        seal["rules"] = lowered
        o["seal"] = seal
        try String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self).write(toFile: path, atomically: true, encoding: .utf8)
        let digest = try check(path)
        #expect(digest.status == 4 && digest.stderr.contains("the rule set was changed: SHA-256 should be "), "\(digest.stderr)")
        // The digest recomputed too: the figures under the other rules differ from the file's.
        let sha = try run(taizhangBinary, ["rules", "--file", try write(lowered, "lowered.json"), "--sha256"]).stdout.prefix(64)
        seal["rules_sha256"] = String(sha)
        o["seal"] = seal
        try String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self).write(toFile: path, atomically: true, encoding: .utf8)
        let figures = try check(path)
        #expect(figures.status == 4 && figures.stderr.contains("differs"), "\(figures.stderr)")
    }

    func write(_ text: String, _ name: String) throws -> String {
        let path = Self.folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("A ledger that does not extend the sealed tree head: history was rewritten, exit 4")
    func rewrittenHistory() throws {
        let path = try Self.output("history.html", Self.outputs[0].1)
        // The same batches recorded at other times: other leaves, another tree head.
        let other = try ledgerFor([("Fixtures/2020-projects.jsonl", "2021-01-06T09:00:00+08:00"),
                                           ("Fixtures/2021Q1.jsonl", "2021-04-10T17:00:00+08:00")], zone: "赣江新区")
        let r = try check(path, db: other)
        #expect(r.status == 4 && r.stderr.contains("history was rewritten: the ledger does not extend tree head"), "\(r.stderr)")
        let shorter = try ledgerFor([fixtureBatches[0]], zone: "赣江新区")
        #expect(try check(path, db: shorter).stderr.contains("history was rewritten"))
    }

    @Test("Reports made before the ledger grew still check, over the prefix they name")
    func theLedgerGrowingKeepsOldReportsTrue() throws {
        let before = try Self.output("before.json", ["summary", "2021Q1", "--json"])
        let page = try Self.output("before.html", ["report", "2021Q1", "--html", "FILE"])
        let imported = try taizhang(Self.ledger, "import", "--quiet", "--recorded-at", fixtureBatches[2].1, fixtureBatches[2].0)
        #expect(imported.status == 0)
        #expect(try check(before).status == 0)
        #expect(try check(page).status == 0)
        // Printed again now, the restated figures differ from the old page's.
        let now = try Self.output("after.html", ["report", "2021Q1", "--html", "FILE"])
        #expect(try String(contentsOfFile: now, encoding: .utf8).contains("208.8亿元"))
    }

    @Test("A file without a seal is refused in one line, exit 4")
    func noSeal() throws {
        let r = try check(try write("{\"schema\": \"taizhang.summary/1\"}", "bare.json"))
        #expect(r.status == 4 && r.stderr == "taizhang: \(Self.folder)/bare.json: carries no seal to check\n")
    }
}
