import Foundation
import Testing
import TestSupport

/// `taizhang pipeline` on Fixtures/pipeline, every figure computed by hand in its README.
@Suite("Pipeline: ratios, durations and lights on a fixture built for them")
struct PipelineTests {
    static let batches = [
        ("Fixtures/pipeline/cohort-2020.jsonl", "2021-07-01T12:00:00+08:00"),
        ("Fixtures/pipeline/restatement.jsonl", "2021-08-20T10:00:00+08:00"),
    ]
    static let ledger: String = Fixture.once { try ledgerFor(PipelineTests.batches, zone: "示例区") }

    /// As the bulletin of 15 July 2021 saw it.
    func bulletin(_ extra: String...) throws -> [String: Any] {
        let r = try run(taizhangBinary, ["--db", Self.ledger, "pipeline", "--signed-in", "2020", "--as-known-at", "2021-07-15", "--json"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return try jsonObject(r.stdout)
    }

    func restated() throws -> [String: Any] {
        try jsonObject(try taizhang(Self.ledger, "pipeline", "--signed-in", "2020", "--as-of", "2021-07-15", "--json").stdout)
    }

    @Test("As known at the bulletin: the cohort of seven, its four ratios with their counts and amounts")
    func bulletinRatios() throws {
        let o = try bulletin()
        #expect(text(o, "as_of") == "2021-07-15" && integer(o, "count") == 7)
        #expect(column(o, "projects", "project") == ["P-01", "P-02", "P-03", "P-04", "P-09", "P-05", "P-06"])
        #expect(integer(o, "ratios.started.part") == 3 && integer(o, "ratios.started.whole") == 7 && text(o, "ratios.started.percent") == "42.86%")
        #expect(integer(o, "ratios.commissioned.part") == 2 && text(o, "ratios.commissioned.percent") == "28.57%")
        #expect(integer(o, "ratios.funds.part_fen") == 70_000_000_000 && integer(o, "ratios.funds.whole_fen") == 315_000_000_000)
        #expect(text(o, "ratios.funds.percent") == "22.22%")
        #expect(integer(o, "ratios.fulfilled.part") == 4 && text(o, "ratios.fulfilled.percent") == "57.14%")
    }

    @Test("Durations: each project's days, median and quartiles as QUARTILE.INC gives them")
    func bulletinDurations() throws {
        let o = try bulletin()
        #expect(lookup(o, "durations.signing_to_start.days") as? [Int] == [30, 60, 90])
        #expect(text(o, "durations.signing_to_start.q1") == "45" && text(o, "durations.signing_to_start.median") == "60" && text(o, "durations.signing_to_start.q3") == "75")
        #expect(lookup(o, "durations.start_to_commissioning.days") as? [Int] == [180, 301])
        #expect(text(o, "durations.start_to_commissioning.q1") == "210.25" && text(o, "durations.start_to_commissioning.median") == "240.5")
        #expect(text(o, "durations.signing_to_commissioning.median") == "285.5" && text(o, "durations.signing_to_commissioning.q3") == "323.25")
        let p1 = try #require((lookup(o, "projects") as? [[String: Any]])?.first { text($0, "project") == "P-01" })
        #expect(integer(p1, "days_signing_to_start") == 60 && integer(p1, "days_start_to_commissioning") == 301 && integer(p1, "days_signing_to_commissioning") == 361)
    }

    @Test("By group: each group's ratios")
    func bulletinGroups() throws {
        let groups = try #require(lookup(try bulletin(), "by_group") as? [[String: Any]])
        func group(_ name: String) throws -> [String: Any] { try #require(groups.first { text($0, "group") == name }) }
        #expect(groups.map { text($0, "group")! } == ["临空组团", "直管区", "经开组团", "共青组团"])
        let z = try group("直管区")
        #expect(text(z, "ratios.started.percent") == "100%" && text(z, "ratios.commissioned.percent") == "50%" && text(z, "ratios.funds.percent") == "33.33%")
        let j = try group("经开组团")
        #expect(text(j, "ratios.started.percent") == "0%" && text(j, "ratios.funds.percent") == "8.33%" && text(j, "ratios.fulfilled.percent") == "50%")
        let g = try group("共青组团")
        #expect(text(g, "ratios.started.percent") == "0%" && integer(g, "count") == 1)
    }

    @Test("Alerts as known at the bulletin: two red, one yellow, with days overdue and why")
    func bulletinAlerts() throws {
        let alerts = try #require(lookup(try bulletin(), "alerts") as? [[String: Any]])
        #expect(alerts.map { text($0, "project")! } == ["P-03", "P-04", "P-06"])
        #expect(alerts.map { text($0, "light")! } == ["red", "red", "yellow"])
        #expect(alerts.map { integer($0, "days_overdue")! } == [303, 197, 44])
        #expect(text(alerts[0], "due") == "2020-09-15" && text(alerts[0], "red_from") == "2021-03-15" && text(alerts[0], "stage") == "not_started")
        #expect(text(alerts[0], "reason") == "签约于 2020-03-15,应于 2020-09-15 前开工,2021-03-15 起红灯")
        let en = try jsonObject(try taizhang(Self.ledger, "pipeline", "--signed-in", "2020", "--as-known-at", "2021-07-15", "--json", "--lang", "en").stdout)
        #expect(text(en, "alerts.2.reason") == "signed 2020-12-01, start due by 2021-06-01, red from 2021-12-01")
    }

    @Test("Restated with what was recorded in August: eight projects, two late starts, other lights")
    func restatedFigures() throws {
        let o = try restated()
        #expect(integer(o, "count") == 8)
        #expect(text(o, "ratios.started.percent") == "62.5%" && text(o, "ratios.commissioned.percent") == "25%")
        #expect(integer(o, "ratios.funds.whole_fen") == 335_000_000_000 && text(o, "ratios.funds.percent") == "20.9%")
        #expect(text(o, "ratios.fulfilled.percent") == "75%")
        #expect(lookup(o, "durations.signing_to_start.days") as? [Int] == [30, 60, 90, 221, 473])
        #expect(text(o, "durations.signing_to_start.q1") == "60" && text(o, "durations.signing_to_start.median") == "90" && text(o, "durations.signing_to_start.q3") == "221")
        let alerts = try #require(lookup(o, "alerts") as? [[String: Any]])
        #expect(alerts.map { text($0, "project")! } == ["P-04", "P-10"])
        #expect(alerts.map { integer($0, "days_overdue")! } == [197, 65])
    }

    @Test("The rule set decides: 履约率 as starts only, terminated projects out, other lights")
    func rulesChangeFigures() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let builtIn = try run(taizhangBinary, ["rules"]).stdout
        let edited = builtIn.replacingOccurrences(of: "\"started_or_disbursed\"", with: "\"started\"")
            .replacingOccurrences(of: ",\"terminated\"]", with: "]")
            .replacingOccurrences(of: "\"red_months\":12,\"yellow_months\":6", with: "\"red_months\":24,\"yellow_months\":3")
        #expect(edited != builtIn)
        let path = folder + "/rules.json"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let o = try bulletin("--rules", path)
        #expect(integer(o, "count") == 6 && text(o, "fulfilment") == "started")
        #expect(integer(o, "ratios.fulfilled.part") == 3 && text(o, "ratios.fulfilled.percent") == "50%")
        let alerts = try #require(lookup(o, "alerts") as? [[String: Any]])
        // Yellow 3 months after signing, red only after 24: nobody is red; P-03 due 2020-06-15.
        #expect(alerts.map { text($0, "light")! } == ["yellow", "yellow", "yellow"])
        #expect(alerts.map { integer($0, "days_overdue")! } == [395, 288, 136])
        #expect(text(o, "seal.rules_sha256") != text(try bulletin(), "seal.rules_sha256"))
    }

    @Test("The text names the rates and ends with the seal; CSV has one line a project")
    func textAndCSV() throws {
        let out = try taizhang(Self.ledger, "pipeline", "--signed-in", "2020", "--as-known-at", "2021-07-15").stdout
        for word in ["开工率", "投产率", "资金到位率", "履约率", "42.86%", "红灯", "黄灯", "P-03", "303"] { #expect(out.contains(word), "\(word)") }
        #expect(out.split(separator: "\n").last?.hasPrefix("印记:日志前 19 条") == true, "\(out.suffix(300))")
        let csv = try taizhang(Self.ledger, "pipeline", "--signed-in", "2020", "--as-known-at", "2021-07-15", "--csv").stdout
        #expect(csv.split(separator: "\n").count == 8)
        #expect(csv.contains("P-03,新材料涂层项目,经开组团,新材料,2020-03-15,,,,20000000000,0,0,,,red,303"))
    }
}

/// A ledger of `batches` in zone `zone` (the shared helper, named for the static initialiser).
func ledgerFor(_ batches: [(String, String)], zone: String) throws -> String { try ledger(importing: batches, zone: zone) }
