import Foundation
import Testing
import TestSupport

/// Every key of `taizhang.rules/1` changes the outputs that use it: the summary's text and JSON
/// (threshold, bands, counted kinds, new-project years, targets), the pipeline's (revised,
/// terminated, fulfilment, lights), and every seal (name); and each output made under another
/// rule set still passes `check-report`.
///
/// Figures by hand from `Fixtures/projections/README.md` (2021Q1 restated, all three batches).
@Suite("Rule set keys", .serialized)
struct RuleKeyTests {
    static let ledger: String = Fixture.once { try projectionLedger() }
    static let folder: String = {
        let f = temporaryFolder()
        try! FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true)
        return f
    }()

    /// The built-in rule set with `change` applied, written to a file; its path.
    static func rules(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> String {
        let builtIn = try run(taizhangBinary, ["rules"])
        #expect(builtIn.status == 0)
        var o = try jsonObject(builtIn.stdout)
        change(&o)
        let path = folder + "/" + name + ".json"
        try JSONSerialization.data(withJSONObject: o).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// `ARGS --json` under the rules file (or the built-in rules), decoded; and check-report passes on it.
    static func json(_ rules: String?, _ arguments: [String]) throws -> [String: Any] {
        let r = try run(taizhangBinary, ["--db", ledger] + arguments + ["--json"] + (rules.map { ["--rules", $0] } ?? []))
        #expect(r.status == 0, "\(r.stderr)")
        let path = folder + "/out-\(UUID().uuidString).json"
        try r.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        let check = try taizhang(ledger, "check-report", path, "--lang", "en")
        #expect(check.status == 0 && check.stdout.hasPrefix("report OK"), "check-report \(arguments): \(check.stderr)")
        return try jsonObject(r.stdout)
    }

    static func kinds(without kind: String) -> (inout [String: Any]) -> Void {
        { $0["counted_kinds"] = ($0["counted_kinds"] as! [String]).filter { $0 != kind } }
    }

    static let q1 = ["summary", "2021Q1"]
    static let q2 = ["summary", "2021Q2"]

    @Test("threshold_fen: which signings count")
    func threshold() throws {
        let path = try Self.rules("threshold", { $0["threshold_fen"] = 50_000_000_000 })
        #expect(integer(try Self.json(nil, Self.q1), "signed.count") == 6)
        let o = try Self.json(path, Self.q1)
        // 5亿元 or more: T-2021-01 120, -02 50, -03 20, -09 8, -06 5.5 (T-2021-04's 1亿元 is below).
        #expect(integer(o, "signed.count") == 5 && integer(o, "signed.total_fen") == 2_035_000_000_000)
        #expect(integer(o, "threshold_fen") == 50_000_000_000)
    }

    @Test("bands_fen: the 其中 bands, in JSON, the sentence and the table")
    func bands() throws {
        let path = try Self.rules("bands", { $0["bands_fen"] = [100_000_000_000] })
        #expect(column(try Self.json(nil, Self.q1), "bands", "min_fen") == ["200000000000", "500000000000", "1000000000000"])
        let o = try Self.json(path, Self.q1)
        // 10亿元 or more: T-2021-01 120, -02 50, -03 20.
        #expect(column(o, "bands", "min_fen") == ["100000000000"])
        #expect(integer(o, "bands.0.count") == 3 && integer(o, "bands.0.total_fen") == 1_900_000_000_000)
        #expect(text(o, "sentence")?.contains("其中,投资10亿元以上项目3个") == true, "\(text(o, "sentence") ?? "")")
        let table = try taizhang(Self.ledger, "summary", "2021Q1", "--rules", path, "--lang", "en")
        #expect(table.status == 0 && table.stdout.contains("1 billion yuan") && !table.stdout.contains("2 billion yuan or more"), "\(table.stdout)")
    }

    @Test("new_project_years: which disbursements are to new (新签) projects")
    func newProjectYears() throws {
        let builtIn = try Self.json(nil, Self.q1)
        #expect(integer(builtIn, "disbursed.new_projects_fen") == 16_234_560_000 && integer(builtIn, "disbursed.continuing_fen") == 38_765_432_100)
        // Two years: the 2020 projects T-2020-03 and T-2020-04 are new in 2021 too.
        let o = try Self.json(try Self.rules("years", { $0["new_project_years"] = 2 }), Self.q1 + ["--explain"])
        #expect(integer(o, "disbursed.new_projects_fen") == 54_999_992_100 && integer(o, "disbursed.continuing_fen") == 0)
        #expect(column(o, "disbursed.events", "new_project").allSatisfy { $0 == "1" })
    }

    @Test("counted_kinds: a kind left out never counts", arguments: [
        ("started", "2021Q1", "started.count", 3), ("commissioned", "2021Q1", "commissioned.count", 1),
        ("terminated", "2021Q2", "terminated.count", 2), ("disbursed", "2021Q1", "disbursed.total_fen", 54_999_992_100),
    ] as [(String, String, String, Int64)])
    func countedKinds(_ kind: String, _ period: String, _ key: String, _ builtIn: Int64) throws {
        #expect(integer(try Self.json(nil, ["summary", period]), key) == builtIn)
        let o = try Self.json(try Self.rules("no-" + kind, Self.kinds(without: kind)), ["summary", period, "--explain"])
        #expect(integer(o, key) == 0)
        #expect(integer(o, "year_to_date." + key) == 0)
        if kind == "disbursed" { #expect(column(o, "disbursed.events", "sequence").isEmpty) }
        if kind == "terminated" { #expect(column(o, "terminated.events", "sequence").isEmpty) }
    }

    @Test("counted_kinds: revised decides the pipeline's money signed")
    func revised() throws {
        let cohort = ["pipeline", "--signed-in", "2021Q1", "--as-of", "2021-12-31"]
        // T-2021-02 signed at 50亿元, revised to 55亿元: 120 + 55 + 20 + 1 + 5.5 + 8 with it.
        #expect(integer(try Self.json(nil, cohort), "ratios.funds.whole_fen") == 2_095_000_000_000)
        let o = try Self.json(try Self.rules("no-revised", Self.kinds(without: "revised")), cohort)
        #expect(integer(o, "ratios.funds.whole_fen") == 2_045_000_000_000)
    }

    @Test("fulfilment: what 履约率 counts")
    func fulfilment() throws {
        let cohort = ["pipeline", "--signed-in", "2021Q1", "--as-of", "2021-12-31"]
        // Landed (started or money in): T-2021-01, T-2021-03; money in only: T-2021-01.
        #expect(integer(try Self.json(nil, cohort), "ratios.fulfilled.part") == 2)
        #expect(integer(try Self.json(try Self.rules("fulfilment", { $0["fulfilment"] = "disbursed" }), cohort), "ratios.fulfilled.part") == 1)
    }

    @Test("lights: when a late project turns yellow and red")
    func lights() throws {
        let cohort = ["pipeline", "--signed-in", "2021Q1", "--as-of", "2021-12-31"]
        func light(_ o: [String: Any], _ project: String) -> String? {
            (o["alerts"] as? [[String: Any]])?.first { $0["project"] as? String == project }?["light"] as? String
        }
        // T-2021-02, signed 2021-02-01 and never started: yellow from 2021-08-01, red from 2022-02-01.
        #expect(light(try Self.json(nil, cohort), "T-2021-02") == "yellow")
        let sooner = try Self.rules("lights", { $0["lights"] = ["not_started": ["yellow_months": 3, "red_months": 6],
                                                                "not_commissioned": ["yellow_months": 24, "red_months": 36]] })
        #expect(light(try Self.json(sooner, cohort), "T-2021-02") == "red")
    }

    @Test("targets: the year's goals and how far they are reached")
    func targets() throws {
        let path = try Self.rules("targets", { $0["targets"] = [["year": 2021, "min_fen": 300_000_000_000, "count": 4]] })
        let o = try Self.json(path, Self.q1)
        // 30亿元 or more signed in 2021 so far: T-2021-01 and T-2021-02.
        #expect(column(o, "targets", "min_fen") == ["300000000000"] && integer(o, "targets.0.actual") == 2 && text(o, "targets.0.percent") == "50%")
    }

    @Test("name: every seal names the rule set and its digest")
    func name() throws {
        let path = try Self.rules("name", { $0["name"] = "江西省-2022" })
        let sha = try run(taizhangBinary, ["rules", "--file", path, "--sha256"]).stdout.prefix(64)
        for arguments in [Self.q1, ["pipeline", "--signed-in", "2021"], ["report", "2021Q1"]] {
            let o = try Self.json(path, arguments)
            #expect(text(o, "seal.rules_name") == "江西省-2022" && text(o, "seal.rules_sha256") == String(sha), "\(arguments)")
        }
    }
}
