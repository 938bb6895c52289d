import Foundation
import Testing
import TestSupport

/// Every output that carries figures carries a seal naming the prefix the figures were computed
/// over: text a footer line, JSON a `seal` object, CSV for scripts a companion line of seal JSON
/// on standard error, CSV for Excel a last row; with `--as-known-at` the prefix recorded by then.
@Suite("Seals on every output")
struct SealCoverageTests {
    static let ledger: String = Fixture.once { try fixtureLedger() }
    /// Events recorded by 2021-04-15 (the first two batches), and all of them.
    static let published: Int64 = 89, everything: Int64 = 108

    func sealed(_ arguments: String...) throws -> Run {
        let r = try run(taizhangBinary, ["--db", Self.ledger] + arguments)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return r
    }

    @Test("JSON: a seal object on summary, pipeline, report and projects, with the prefix --as-known-at names")
    func json() throws {
        for command in [["summary", "2021Q1"], ["pipeline", "--signed-in", "2021"], ["report", "2021Q1"], ["projects"]] {
            for (time, size) in [([String](), Self.everything), (["--as-known-at", "2021-04-15"], Self.published)] {
                let o = try jsonObject(try run(taizhangBinary, ["--db", Self.ledger] + command + ["--json"] + time).stdout)
                #expect(text(o, "seal.schema") == "taizhang.seal/1" && integer(o, "seal.tree_size") == size, "\(command + time)")
                #expect(text(o, "seal.tree_head")?.count == 64, "\(command + time)")
            }
        }
    }

    @Test("projects --as-known-at: the list and the seal are the prefix recorded by then")
    func projectsAsKnownAt() throws {
        let o = try jsonObject(try sealed("projects", "--json", "--as-known-at", "2021-04-15").stdout)
        let ids = column(o, "projects", "project")
        // GJ-2021-046 was reported late (July); GJ-2021-032 was voided in July: both as known in April.
        #expect(!ids.contains("GJ-2021-046") && ids.contains("GJ-2021-032"))
        #expect(integer(o, "seal.tree_size") == Self.published && text(o, "seal.command")?.contains("--as-known-at 2021-04-15T23:59:59.999+08:00") == true)
        let now = try jsonObject(try sealed("projects", "--json").stdout)
        #expect(column(now, "projects", "project").contains("GJ-2021-046") && !column(now, "projects", "project").contains("GJ-2021-032"))
        let table = try sealed("projects", "--as-known-at", "2021-04-15").stdout
        #expect(table.split(separator: "\n").last?.hasPrefix("印记:日志前 89 条") == true, "\(table.suffix(300))")
    }

    @Test("CSV for scripts: standard output stays the table, the seal is one JSON line on standard error")
    func scriptCSV() throws {
        for command in [["summary", "2021Q1"], ["pipeline", "--signed-in", "2021"], ["projects"]] {
            let r = try run(taizhangBinary, ["--db", Self.ledger] + command + ["--csv", "--as-known-at", "2021-04-15"])
            #expect(r.status == 0 && !r.stdout.contains("taizhang.seal"), "\(command)")
            let seal = try jsonObject(r.stderr)
            #expect(text(seal, "schema") == "taizhang.seal/1" && integer(seal, "tree_size") == Self.published, "\(command)")
            #expect(text(seal, "kind") == command[0])
        }
    }

    @Test("Text: one footer line naming the prefix, on summary, pipeline and projects")
    func textFooters() throws {
        for command in [["summary", "2021Q1"], ["pipeline", "--signed-in", "2021"], ["projects"]] {
            let out = try run(taizhangBinary, ["--db", Self.ledger] + command + ["--as-known-at", "2021-04-15", "--lang", "en"]).stdout
            #expect(out.split(separator: "\n").last?.hasPrefix("Seal: log prefix of 89 events") == true, "\(command): \(out.suffix(300))")
        }
    }
}

/// `--excel-csv` on each command with figures: a BOM, the headers in the language, amounts in 万元, the seal last; GB18030 on request.
@Suite("CSV for Excel on summary, pipeline and projects")
struct ExcelCSVTests {
    static let ledger: String = Fixture.once { try fixtureLedger() }

    @Test("A BOM, Chinese headers, numbers in 万元, the seal as the last row", arguments: [
        (["summary", "2021Q1"], "指标,本期,年初至今,上年同期,同比"),
        (["pipeline", "--signed-in", "2021Q1"], "项目编号,项目名称,组团,产业链,签约金额(万元),到位资金(万元),签约日期"),
        (["projects", "--signed-in", "2021Q1"], "项目编号,项目名称,组团,产业链,投资方"),
    ])
    func utf8(_ command: [String], _ header: String) throws {
        let r = try run(taizhangBinary, ["--db", Self.ledger] + command + ["--excel-csv", "--as-known-at", "2021-04-15"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Array(Data(r.stdout.utf8)).starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(r.stdout.dropFirst()).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix(header) == true, "\(lines.first ?? "")")
        #expect(lines.last?.hasPrefix("\"印记:日志前 89 条") == true, "\(lines.last ?? "")")
        if command[0] == "projects" {
            // GJ-2021-001 省转化医学研究院, 30亿元 = 300000万元, as a plain number.
            #expect(lines.contains { $0.hasPrefix("GJ-2021-001,省转化医学研究院,") && $0.contains(",300000,") }, "\(lines.prefix(3))")
        }
        let gb = try run("/bin/sh", ["-c", "'\(taizhangBinary)' --db '\(Self.ledger)' " + command.joined(separator: " ")
                                         + " --excel-csv --csv-encoding gb18030 --as-known-at 2021-04-15 | iconv -f GB18030 -t UTF-8"])
        #expect(gb.status == 0 && gb.stdout.hasPrefix(header), "\(gb.stdout.prefix(80))")
    }
}
