import Foundation
import Testing

/// `import` of workbooks and office files as they come, through the binary: one batch per sheet,
/// what was skipped named, and files that are not batch files refused in one line.
@Suite struct SheetImportTests {
    static let recordedAt = "2021-08-02T09:00:00+08:00"

    @Test func aWorkbookLandsOneBatchPerVisibleSheetAndNamesWhatItSkipped() throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let imported = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--recorded-at", Self.recordedAt, "Fixtures/sheets/multi-sheet.xlsx")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("batch 1: Fixtures/sheets/multi-sheet.xlsx[2020年] (xlsx), 2 rows, 2 new events"), "\(imported.stdout)")
        #expect(imported.stdout.contains("batch 2: Fixtures/sheets/multi-sheet.xlsx[2021年] (xlsx), 2 rows, 2 new events"), "\(imported.stdout)")
        #expect(imported.stdout.contains("Fixtures/sheets/multi-sheet.xlsx: skipped hidden sheet 辅助"), "\(imported.stdout)")
        #expect(imported.stdout.contains("skipped empty sheet 空白"))
        // The same workbook again lands nothing: each sheet is known by its own identity.
        let again = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--json", "--recorded-at", Self.recordedAt, "Fixtures/sheets/multi-sheet.xlsx")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(report["events"] as? Int == 0)
        #expect((report["already_landed"] as? [Any])?.count == 2)
        #expect((report["sheets"] as? [[String: Any]])?.contains { ($0["message_en"] as? String)?.contains("skipped hidden sheet 辅助") == true } == true)
    }

    @Test func anODSWorkbookLandsAsItsXLSXTwinDoes() throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let imported = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--recorded-at", Self.recordedAt, "Fixtures/sheets/ods/multi-sheet.ods")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("batch 1: Fixtures/sheets/ods/multi-sheet.ods[2020年] (ods), 2 rows, 2 new events"), "\(imported.stdout)")
        #expect(imported.stdout.contains("batch 2: Fixtures/sheets/ods/multi-sheet.ods[2021年] (ods), 2 rows, 2 new events"), "\(imported.stdout)")
        #expect(imported.stdout.contains("skipped hidden sheet 辅助"), "\(imported.stdout)")
        // The xlsx twin's events are the same facts: every row is a duplicate.
        let twin = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--json", "--recorded-at", Self.recordedAt, "Fixtures/sheets/multi-sheet.xlsx")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(twin.stdout.utf8)) as? [String: Any])
        #expect(report["events"] as? Int == 0 && report["duplicates"] as? Int == 4, "\(twin.stdout)")
    }

    @Test func aTotalRowOfAnEventCSVIsSkippedAndNamed() throws {
        let ledger = temporaryFolder(), file = temporaryFolder() + ".csv"
        defer { for p in [ledger, file] { try? FileManager.default.removeItem(atPath: p) } }
        try "序号,事件,项目编号,日期,金额,项目名称\n1,签约,TT-2021-001,2021-01-05,1亿元,合计测试项目\n2,资金到位,TT-2021-001,2021-02-01,5000万元,\n合计,,,,1.5亿元,\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try taizhang(ledger, "init").status == 0)
        let dry = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--dry-run", "--recorded-at", Self.recordedAt, file)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\(file): line 4 is a total (合计), not imported"), "\(dry.stdout)")
        let zh = try taizhang(ledger, "import", "--quiet", "--recorded-at", Self.recordedAt, file)
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.contains("\(file): 第 4 行是合计行(合计),未导入"), "\(zh.stdout)")
        let replay = try taizhang(ledger, "replay", "--jsonl").stdout
        #expect(replay.split(separator: "\n").count == 2, "\(replay)")
    }

    @Test func theSheetOptionChoosesSheets() throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let imported = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--recorded-at", Self.recordedAt,
                                    "--sheet", "2020年", "Fixtures/sheets/multi-sheet.xlsx")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("[2020年]") && !imported.stdout.contains("[2021年]"), "\(imported.stdout)")
        let missing = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--sheet", "2019年", "Fixtures/sheets/multi-sheet.xlsx")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("the workbook has no sheet named 2019年 (sheets: 2020年, 辅助, 2021年, 空白)"), "\(missing.stderr)")
    }

    @Test func anExportGivenToImportPointsToReplayExport() throws {
        let ledger = temporaryFolder(), exported = temporaryFolder() + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: ledger); try? FileManager.default.removeItem(atPath: exported) }
        #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", Self.recordedAt, "Fixtures/twins/twins.jsonl").status == 0)
        let export = try taizhang(ledger, "export", "--jsonl")
        #expect(export.status == 0, "\(export.stderr)")
        try export.stdout.write(toFile: exported, atomically: true, encoding: .utf8)
        let other = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: other) }
        let plain = try taizhang(other, "import", "--quiet", exported)
        #expect(plain.status != 0)
        let lines = plain.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(plain.stderr)")   // the problem, and the line saying nothing was written
        #expect(plain.stderr.contains("这是 taizhang 导出文件:请用 `taizhang import --replay-export` 导入"), "\(plain.stderr)")
    }

    @Test(arguments: ["Fixtures/sheets/legacy.xls"])
    func officeFilesAreRefusedInOneLine(file: String) throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let refused = try taizhang(ledger, "import", "--quiet", file)
        #expect(refused.status != 0)
        #expect(refused.stderr.split(separator: "\n").count == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("另存为 .xlsx 或 CSV"), "\(refused.stderr)")
    }

    @Test func aCorrectedRowWithoutIdIsWarnedAboutAndRefusedWhenStrict() throws {
        let ledger = temporaryFolder(), first = temporaryFolder() + ".csv", second = temporaryFolder() + ".csv"
        defer { for p in [ledger, first, second] { try? FileManager.default.removeItem(atPath: p) } }
        let header = "事件,项目编号,日期,金额,项目名称\n签约,CR-2021-001,2021-01-05,1亿元,更正测试项目\n"
        try (header + "资金到位,CR-2021-001,2021-02-01,5000万元,\n").write(toFile: first, atomically: true, encoding: .utf8)
        try (header + "资金到位,CR-2021-001,2021-02-01,5500万元,\n").write(toFile: second, atomically: true, encoding: .utf8)
        #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", Self.recordedAt, first).status == 0)
        let landed = try taizhang(ledger, "replay", "--jsonl").stdout.split(separator: "\n").last.map(String.init) ?? ""
        let landedObject = try #require(try JSONSerialization.jsonObject(with: Data(landed.utf8)) as? [String: Any])
        let landedId = try #require(landedObject["id"] as? String)

        let strict = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--strict", "--recorded-at", Self.recordedAt, second)
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("void that event first (`taizhang void \(landedId) --reason …`)"), "\(strict.stderr)")

        let warned = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--json", "--recorded-at", Self.recordedAt, second)
        #expect(warned.status == 0, "\(warned.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(warned.stdout.utf8)) as? [String: Any])
        let warnings = try #require(report["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        #expect(warnings.first?["code"] as? String == "likely_correction")
        #expect(warnings.first?["event"] as? String == landedId)
        #expect(warnings.first?["line"] as? Int == 3)
        #expect((warnings.first?["message_en"] as? String)?.contains("same project, kind and date as event \(landedId)") == true)
    }
}
