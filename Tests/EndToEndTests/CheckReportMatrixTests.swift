import Foundation
import Testing
import TestSupport

/// `check-report` over every output kind, period form and time axis (each must pass), and each
/// of its three failures (a changed figure, a changed rule set, a rewritten history) in each
/// sealed format: HTML, JSON and xlsx.
@Suite("check-report: every kind, period and time; every failure in every format", .serialized)
struct CheckReportMatrixTests {
    static let ledger: String = Fixture.once { try fixtureLedger() }
    /// The same batches recorded at other times: other leaves, another tree head.
    static let rewritten: String = Fixture.once {
        try ledgerFor([("Fixtures/2020-projects.jsonl", "2021-01-06T09:00:00+08:00"), ("Fixtures/2021Q1.jsonl", "2021-04-10T17:00:00+08:00"),
                       ("Fixtures/2021-07-restatement.jsonl", "2021-07-12T10:00:00+08:00")], zone: "赣江新区")
    }
    static let folder: String = {
        let f = temporaryFolder()
        try! FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true)
        return f
    }()

    /// Runs `arguments` (`FILE` is replaced by a new path) and returns the file it wrote, or its standard output saved.
    static func output(_ arguments: [String], suffix: String) throws -> String {
        let path = folder + "/" + UUID().uuidString + suffix
        let r = try run(taizhangBinary, ["--db", ledger] + arguments.map { $0 == "FILE" ? path : $0 })
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        if !arguments.contains("FILE") { try r.stdout.write(toFile: path, atomically: true, encoding: .utf8) }
        return path
    }

    static func check(_ path: String, db: String = ledger) throws -> Run {
        try run(taizhangBinary, ["--db", db, "check-report", path, "--lang", "en"])
    }

    static let periods = ["2021Q1", "2021年一季度", "2021H1", "2021", "2021-03", "2021年3月"]
    static let times: [[String]] = [[], ["--as-of", "2021-03-31"], ["--as-known-at", "2021-04-15"], ["--as-of", "2021-03-31", "--as-known-at", "2021-07-31"]]

    @Test("Every period form and time axis passes, for each kind and format", arguments: periods)
    func everyPeriodPasses(_ period: String) throws {
        for time in Self.times {
            let outputs: [([String], String)] = [
                (["summary", period, "--json"] + time, ".json"),
                (["summary", period, "--json", "--explain"] + time, ".json"),
                (["summary", period, "--json", "--explain", "--lang", "en", "--threshold", "20亿"] + time, ".json"),
                (["summary", period, "--xlsx", "FILE"] + time, ".xlsx"),
                (["report", period, "--json"] + time, ".json"),
                (["report", period, "--html", "FILE"] + time, ".html"),
                (["pipeline", "--signed-in", period, "--json"] + time, ".json"),
            ]
            for (arguments, suffix) in outputs {
                let r = try Self.check(try Self.output(arguments, suffix: suffix))
                #expect(r.status == 0 && r.stdout.hasPrefix("report OK"), "\(arguments): \(r.stderr)")
            }
        }
    }

    @Test("projects: JSON and xlsx pass, as known now and at a time", arguments: [[], ["--as-known-at", "2021-04-15"], ["--as-of", "2021-03-31"]])
    func projectsPass(_ time: [String]) throws {
        for (arguments, suffix) in [(["projects", "--json", "--group", "永修组团", "--sort", "amount", "--descending"], ".json"),
                                    (["projects", "--xlsx", "FILE", "--signed-in", "2021Q1"], ".xlsx")] {
            let r = try Self.check(try Self.output(arguments + time, suffix: suffix))
            #expect(r.status == 0 && r.stdout.hasPrefix("report OK"), "\(arguments + time): \(r.stderr)")
        }
    }

    /// A sealed file of each format, of 2021Q1 as known at 15 April.
    static let formats: [(String, [String], String)] = [
        ("html", ["report", "2021Q1", "--as-known-at", "2021-04-15", "--html", "FILE"], ".html"),
        ("json", ["summary", "2021Q1", "--as-known-at", "2021-04-15", "--json"], ".json"),
        ("xlsx", ["summary", "2021Q1", "--as-known-at", "2021-04-15", "--xlsx", "FILE"], ".xlsx"),
    ]

    /// Rewrites the file with `python` (a script over `path`, and for xlsx an openpyxl workbook `wb`).
    static func edit(_ path: String, _ format: String, text: String, workbook: String) throws {
        let python = try officeTool("/usr/bin/python3")
        let script = format == "xlsx"
            ? "import openpyxl, sys, json\npath = sys.argv[1]\nwb = openpyxl.load_workbook(path)\n" + workbook + "\nwb.save(path)"
            : "import sys, json\npath = sys.argv[1]\ns = open(path, encoding='utf-8').read()\n" + text + "\nopen(path, 'w', encoding='utf-8').write(s)"
        let r = try run(python, ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test("A changed figure is named, exit 4", arguments: formats.map(\.0))
    func changedFigure(_ format: String) throws {
        let (_, arguments, suffix) = Self.formats.first { $0.0 == format }!
        let path = try Self.output(arguments, suffix: suffix)
        try Self.edit(path, format, text: """
            old = ">207.5亿元<" if path.endswith(".html") else '"total_fen" : 2075000000000'
            assert old in s
            s = s.replace(old, ">207.6亿元<" if path.endswith(".html") else '"total_fen" : 2076000000000', 1)
            """, workbook: "wb['汇总']['B3'] = 2076000")
        let r = try Self.check(path)
        #expect(r.status == 4 && r.stderr.contains("differs: the file says 20"), "\(format): \(r.stderr)")
    }

    @Test("A changed rule set: the rules no longer hash to the sealed SHA-256, exit 4", arguments: formats.map(\.0))
    func changedRules(_ format: String) throws {
        let (_, arguments, suffix) = Self.formats.first { $0.0 == format }!
        let path = try Self.output(arguments, suffix: suffix)
        // In the page's script and the JSON the rules are a JSON string inside the seal's JSON.
        try Self.edit(path, format, text: """
            old = '\\\\"threshold_fen\\\\":10000000000'
            assert old in s, s[:200]
            s = s.replace(old, '\\\\"threshold_fen\\\\":20000000000')
            """, workbook: """
            ws = wb['口径与校验']
            cell = next(c for row in ws.iter_rows() for c in row if c.value == 'taizhang-seal')
            right = ws.cell(row=cell.row, column=cell.column + 1)
            seal = json.loads(right.value)
            seal['rules'] = seal['rules'].replace('"threshold_fen":10000000000', '"threshold_fen":20000000000')
            right.value = json.dumps(seal, ensure_ascii=False)
            """)
        let r = try Self.check(path)
        #expect(r.status == 4 && r.stderr.contains("the rule set was changed: SHA-256 should be "), "\(format): \(r.stderr)")
    }

    @Test("A ledger that does not extend the sealed tree head: history was rewritten, exit 4", arguments: formats.map(\.0))
    func rewrittenHistory(_ format: String) throws {
        let (_, arguments, suffix) = Self.formats.first { $0.0 == format }!
        let path = try Self.output(arguments, suffix: suffix)
        #expect(try Self.check(path).status == 0)
        let r = try Self.check(path, db: Self.rewritten)
        #expect(r.status == 4 && r.stderr.contains("history was rewritten: the ledger does not extend tree head"), "\(format): \(r.stderr)")
    }
}
