import Foundation
import Testing
import TestSupport

/// `pipeline --xlsx` and `projects --xlsx` as openpyxl and LibreOffice read them: numbers are
/// numbers in 万元, dates are dates, the seal sheet last (the report's and summary's workbooks
/// are read in `ReportTests` and `QuickstartReportTests`).
@Suite("Workbooks of pipeline and projects in openpyxl and LibreOffice", .serialized)
struct WorkbookKindsTests {
    static let ledger: String = Fixture.once { try fixtureLedger() }

    static func workbook(_ arguments: [String]) throws -> String {
        let path = temporaryFolder() + ".xlsx"
        let r = try run(taizhangBinary, ["--db", ledger] + arguments + ["--xlsx", path])
        #expect(r.status == 0, "\(r.stderr)")
        return path
    }

    func cell(_ o: [String: Any], _ ref: String) -> [String: Any] { ((lookup(o, "cells") as? [String: [String: Any]]) ?? [:])[ref] ?? [:] }

    @Test("pipeline: the ratios as numbers, the cohort's amounts in 万元 and its signing dates as dates")
    func pipeline() throws {
        let path = try Self.workbook(["pipeline", "--signed-in", "2021Q1", "--as-known-at", "2021-04-15"])
        let o = try openpyxlRead(path, cells: [("推进", "B2"), ("推进", "C2"), ("推进项目明细", "A2"), ("推进项目明细", "E2"), ("推进项目明细", "G2")])
        #expect(lookup(o, "sheets") as? [String] == ["推进", "组团", "预警", "推进项目明细", "口径与校验"])
        // 开工率 as known at 15 April: 3 of the 44 signed in Q1 had started (GJ-2021-004, -005, -007).
        #expect(cell(o, "推进!B2")["value"] as? Int == 3 && cell(o, "推进!C2")["value"] as? Int == 44)
        #expect(cell(o, "推进项目明细!A2")["value"] as? String == "GJ-2021-001")
        #expect((cell(o, "推进项目明细!E2")["value"] as? NSNumber)?.doubleValue == 300_000 && (cell(o, "推进项目明细!E2")["format"] as? String)?.contains("万元") == true)
        #expect(cell(o, "推进项目明细!G2")["is_date"] as? Bool == true && cell(o, "推进项目明细!G2")["value"] as? String == "2021-01-06T00:00:00")
        let folder = temporaryFolder()
        #expect(try libreOfficeCSV(path, into: folder).count == 5)
    }

    @Test("projects: total and disbursed in 万元, dates as dates")
    func projects() throws {
        let path = try Self.workbook(["projects", "--signed-in", "2021Q1"])
        let o = try openpyxlRead(path, cells: [("项目", "A2"), ("项目", "G2"), ("项目", "H2"), ("项目", "I2")])
        #expect(lookup(o, "sheets") as? [String] == ["项目", "口径与校验"])
        #expect(cell(o, "项目!A2")["value"] as? String == "GJ-2021-001" && cell(o, "项目!G2")["is_date"] as? Bool == true)
        #expect((cell(o, "项目!H2")["value"] as? NSNumber)?.doubleValue == 300_000 && (cell(o, "项目!H2")["format"] as? String)?.contains("万元") == true)
        // 8765.4321万元 disbursed: exact in the cell, two decimals in the format.
        #expect((cell(o, "项目!I2")["value"] as? NSNumber)?.doubleValue == 8765.4321)
        let folder = temporaryFolder()
        #expect(try libreOfficeCSV(path, into: folder).count == 2)
    }
}
