import Foundation
import Testing

/// `import --snapshot --as-of`: the monthly project sheets of `Fixtures/sheets/snapshot/` derive
/// exactly the events and the Q1/Q2 figures worked out by hand in `Fixtures/sheets/README.md`.
@Suite(.serialized) struct SnapshotImportTests {
    static let folder = "Fixtures/sheets/snapshot/"

    static func snapshot(_ ledger: String, _ sheet: String, asOf: String, _ extra: String...) throws -> Run {
        try run(taizhangBinary, ["--db", ledger, "import", "--lang", "en", "--quiet", "--snapshot", "--as-of", asOf,
                                 "--columns", folder + "columns.txt", "--recorded-at", asOf] + extra + [folder + sheet])
    }

    /// The events as `kind project date amount_fen`, in log order.
    static func events(_ ledger: String) throws -> [String] {
        try taizhang(ledger, "replay", "--jsonl").stdout.split(separator: "\n").map { line in
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let project = (o["project"] as? String ?? "").hasPrefix("P-") ? "P-*" : o["project"] as? String ?? ""
            return "\(o["kind"] as? String ?? "") \(project) \(o["date"] as? String ?? "") \(o["amount_fen"] as? Int ?? 0)"
        }
    }

    static func summary(_ ledger: String, _ quarter: String) throws -> [String: Any] {
        let out = try taizhang(ledger, "summary", quarter, "--json")
        return try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    }

    static func figure(_ s: [String: Any], _ group: String, _ key: String) -> Int? { (s[group] as? [String: Any])?[key] as? Int }

    @Test func theMonthlyPairDerivesExactlyTheHandWorkedEventsAndFigures() throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let march = try Self.snapshot(ledger, "2021-03-31.xlsx", asOf: "2021-03-31")
        #expect(march.status == 0, "\(march.stderr)")
        let yi: Int = 100_000_000_00, wan: Int = 10_000_00
        let q1Events = [
            "signed SS-001 2021-01-31 \(30 * yi)", "started SS-001 2021-03-31 0", "disbursed SS-001 2021-03-31 \(5_000 * wan)",
            "signed SS-002 2021-02-28 \(55 * yi / 10)",
            "signed P-* 2021-03-10 \(2 * yi)", "disbursed P-* 2021-03-31 \(1_200 * wan)",
            "signed SS-005 2021-02-28 \(8 * yi / 10)",
        ]
        #expect(try Self.events(ledger) == q1Events)

        let june = try Self.snapshot(ledger, "2021-06-30.xlsx", asOf: "2021-06-30")
        #expect(june.status == 0, "\(june.stderr)")
        let q2Events = [
            "revised SS-001 2021-06-30 \(32 * yi)", "commissioned SS-001 2021-06-30 0", "disbursed SS-001 2021-06-30 \(4_000 * wan)",
            "started SS-002 2021-05-31 0", "disbursed SS-002 2021-06-30 \(800 * wan)", "updated SS-002 2021-06-30 0",
            "disbursed P-* 2021-06-30 \(300 * wan)",
            "signed SS-004 2021-04-30 \(12 * yi / 10)",
            "terminated SS-005 2021-06-30 0",
        ]
        #expect(try Self.events(ledger) == q1Events + q2Events)
        // The renamed project is matched by its number; the rename is an `updated` event (record version 2)
        // whose provenance is the cell, and `show` prints the new name and every attribute.
        let show = try taizhang(ledger, "show", "SS-002", "--lang", "en")
        #expect(show.stdout.contains("SS-002  生物二号产业园项目"), "\(show.stdout)")
        #expect(show.stdout.contains("挂点领导") && show.stdout.contains("李四"), "\(show.stdout)")
        #expect(show.stdout.contains("updated") && show.stdout.contains("name → 生物二号产业园项目; 2021-06-30 \(Self.folder)2021-06-30.xlsx!C4"),
                "\(show.stdout)")
        #expect(show.stdout.contains("batch 2 \(Self.folder)2021-06-30.xlsx:4"), "\(show.stdout)")
        let projects = try taizhang(ledger, "projects", "--json").stdout
        #expect(projects.contains("\"挂点领导\"") && projects.contains("\"张三\""), "\(projects)")
        // Signings with attributes export and replay to the same digest.
        let exported = temporaryFolder() + ".jsonl", copy = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: exported); try? FileManager.default.removeItem(atPath: copy) }
        let export = try taizhang(ledger, "export", "--jsonl").stdout
        #expect(export.contains(#""attributes":"[[\"挂点领导\",\"张三\"]]""#), "\(export.prefix(600))")
        try export.write(toFile: exported, atomically: true, encoding: .utf8)
        #expect(try taizhang(copy, "import", "--quiet", "--replay-export", exported).status == 0)
        #expect(try taizhang(copy, "digest").stdout == (try taizhang(ledger, "digest").stdout))
        // The independent checker decodes version 2 by the README alone.
        let checker = try run(repositoryRoot.path + "/Tools/check-ledger", [ledger])
        #expect(checker.status == 0, "\(checker.stderr)")
        #expect(checker.stdout.hasPrefix("16 "), "\(checker.stdout)")

        let q1 = try Self.summary(ledger, "2021Q1")
        #expect(Self.figure(q1, "signed", "count") == 3)
        #expect(Self.figure(q1, "signed", "total_fen") == 375 * yi / 10)
        #expect(Self.figure(q1, "started", "count") == 1)
        #expect(Self.figure(q1, "disbursed", "total_fen") == 6_200 * wan)
        let q2 = try Self.summary(ledger, "2021Q2")
        #expect(Self.figure(q2, "signed", "count") == 1)
        #expect(Self.figure(q2, "signed", "total_fen") == 12 * yi / 10)
        #expect(Self.figure(q2, "started", "count") == 1)
        #expect(Self.figure(q2, "commissioned", "count") == 1)
        #expect(Self.figure(q2, "terminated", "count") == 1)
        #expect(Self.figure(q2, "disbursed", "total_fen") == 5_100 * wan)

        // The same sheet again derives nothing.
        let again = try Self.snapshot(ledger, "2021-06-30.xlsx", asOf: "2021-06-30", "--dry-run")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stdout.contains("SS-0"), "\(again.stdout)")

        // A lower cumulative is refused, naming the cell, the ledger's value and the event to void.
        let lastDisbursed = try taizhang(ledger, "replay", "--jsonl").stdout.split(separator: "\n").compactMap { line -> String? in
            let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return o?["kind"] as? String == "disbursed" && o?["project"] as? String == "SS-001" ? o?["id"] as? String : nil
        }.last ?? "?"
        let digest = try taizhang(ledger, "digest").stdout
        let decreased = try Self.snapshot(ledger, "2021-09-30-decreased.xlsx", asOf: "2021-09-30")
        #expect(decreased.status != 0)
        #expect(decreased.stderr.contains("2021-09-30-decreased.xlsx:3 "), "\(decreased.stderr)")
        #expect(decreased.stderr.contains("到位资金累计（万元）") && decreased.stderr.contains("8500"), "\(decreased.stderr)")
        #expect(decreased.stderr.contains("void event \(lastDisbursed) first"), "\(decreased.stderr)")
        #expect(try taizhang(ledger, "digest").stdout == digest)
    }

    @Test func strictRefusesASheetThatLeavesOutAProjectOfTheLedger() throws {
        let ledger = temporaryFolder(), sheet = temporaryFolder() + ".csv"
        defer { for p in [ledger, sheet] { try? FileManager.default.removeItem(atPath: p) } }
        #expect(try Self.snapshot(ledger, "2021-03-31.xlsx", asOf: "2021-03-31").status == 0)
        try "项目编号,项目名称,总投资(亿元),签约时间\nSS-001,光电一号项目,30,2021.1\n".write(toFile: sheet, atomically: true, encoding: .utf8)
        let digest = try taizhang(ledger, "digest").stdout
        let strict = try run(taizhangBinary, ["--db", ledger, "import", "--lang", "en", "--quiet", "--snapshot", "--as-of", "2021-04-30",
                                              "--strict", "--recorded-at", "2021-04-30", sheet])
        #expect(strict.status == 3, "\(strict.stderr)")
        #expect(strict.stderr.contains("project SS-002 of the ledger is missing from the sheet (refused under --strict"), "\(strict.stderr)")
        #expect(try taizhang(ledger, "digest").stdout == digest)
        let zh = try run(taizhangBinary, ["--db", ledger, "import", "--quiet", "--snapshot", "--as-of", "2021-04-30", "--strict", sheet])
        #expect(zh.status == 3 && zh.stderr.contains("台账中的项目 SS-005 不在本表中"), "\(zh.stderr)")
        // Without --strict the same sheet lands (nothing changed for SS-001) and names the missing projects.
        let plain = try run(taizhangBinary, ["--db", ledger, "import", "--lang", "en", "--quiet", "--snapshot", "--as-of", "2021-04-30",
                                             "--recorded-at", "2021-04-30", sheet])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("projects of the ledger missing from the sheet") && plain.stderr.contains("SS-005"), "\(plain.stderr)")
    }

    /// The sheet's 计划开工时间 moves the pipeline's light: the dates of `PlannedStartLightTests`, through the binary.
    @Test func aPlannedStartFromTheSheetCountsInThePipelinesLights() throws {
        let ledger = temporaryFolder(), sheet = temporaryFolder() + ".csv"
        defer { for p in [ledger, sheet] { try? FileManager.default.removeItem(atPath: p) } }
        try "项目编号,项目名称,总投资(亿元),签约时间,计划开工时间\nPL-1,计划项目,2,2021-01-15,2021.9\nPL-2,无计划项目,2,2021-01-15,\n"
            .write(toFile: sheet, atomically: true, encoding: .utf8)
        #expect(try run(taizhangBinary, ["--db", ledger, "import", "--quiet", "--snapshot", "--as-of", "2021-03-31", "--recorded-at", "2021-03-31", sheet]).status == 0)
        let en = try taizhang(ledger, "pipeline", "--signed-in", "2021", "--as-of", "2022-10-01", "--lang", "en").stdout
        #expect(en.contains("planned start 2021-09-30, start due by 2022-03-30, red from 2022-09-30"), "\(en)")
        #expect(en.contains("signed 2021-01-15, start due by 2021-07-15, red from 2022-01-15"), "\(en)")
        let zh = try taizhang(ledger, "pipeline", "--signed-in", "2021", "--as-of", "2022-10-01").stdout
        #expect(zh.contains("计划于 2021-09-30 开工,应于 2022-03-30 前开工,2022-09-30 起红灯"), "\(zh)")
        let json = try taizhang(ledger, "pipeline", "--signed-in", "2021", "--as-of", "2022-10-01", "--json").stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let alerts = try #require(object["alerts"] as? [[String: Any]])
        let planned = try #require(alerts.first { $0["project"] as? String == "PL-1" })
        #expect(planned["reference"] as? String == "2021-09-30" && planned["days_overdue"] as? Int == 185 && planned["light"] as? String == "red")
        #expect(alerts.first { $0["project"] as? String == "PL-2" }?["days_overdue"] as? Int == 443)
    }

    @Test func aDryRunPrintsTheDerivedEventsWithTheirCellsAndLandsNothing() throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        #expect(try taizhang(ledger, "init").status == 0)
        let dry = try Self.snapshot(ledger, "2021-03-31.xlsx", asOf: "2021-03-31", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("SS-001") && dry.stdout.contains("K3") && dry.stdout.contains("I3"), "\(dry.stdout)")
        #expect(dry.stdout.contains("dry run: nothing was written."))
        #expect(try Self.events(ledger).isEmpty)
    }
}
