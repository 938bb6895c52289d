import Crypto
import Foundation
import Testing

/// `taizhang rules` (canonical bytes, SHA-256, refusals) and the two kinds of CSV.
@Suite("Rule sets and CSV for Excel")
struct RulesAndCSVTests {
    static let ledger: String = try! fixtureLedger()

    func rules(_ args: String...) throws -> Run { try run(taizhangBinary, ["rules"] + args) }

    func write(_ text: String) throws -> String {
        let path = temporaryFolder() + ".json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("The built-in rule set prints as canonical bytes whose SHA-256 `rules --sha256` names")
    func canonicalAndDigest() throws {
        let canonical = try rules().stdout
        #expect(canonical.hasPrefix(#"{"bands_fen":[200000000000,500000000000,1000000000000],"counted_kinds":["#))
        #expect(canonical.contains(#""lights":{"not_commissioned":{"red_months":36,"yellow_months":24},"not_started":{"red_months":12,"yellow_months":6}}"#))
        let bytes = Array(canonical.dropLast().utf8)   // the newline is not part of the rule set
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        #expect(try rules("--sha256").stdout == "\(digest)  taizhang-default-2021\n")
        // The same rules written another way (pretty, keys in another order) have the same digest.
        let object = try jsonObject(canonical)
        let pretty = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]), as: UTF8.self)
        #expect(try rules("--file", try write(pretty), "--sha256").stdout == "\(digest)  taizhang-default-2021\n")
        #expect(try rules("--file", try write(pretty)).stdout == canonical)
    }

    @Test("A bad rules file is one line naming the key, exit 2", arguments: [
        (#""threshold_fen":10000000000"#, #""threshold_fen":"1亿元""#, "`threshold_fen` 须为整数"),
        (#""fulfilment":"started_or_disbursed""#, #""fulfilment":"landed""#, "`fulfilment` 不是履约率的定义之一"),
        (#""red_months":12,"yellow_months":6"#, #""red_months":3,"yellow_months":6"#, "`lights.not_started.red_months` 红灯月数不得少于黄灯月数"),
        (#""new_project_years":1"#, #""new_project_years":1,"extra":true"#, "`extra` 不是规则集的键"),
        (#""rounding":"yi-2-half-up""#, #""rounding":"yi-1""#, "`rounding` 须为 `yi-2-half-up`"),
        (#""counted_kinds":["signed""#, #""counted_kinds":["signed","void""#, "`counted_kinds[1]` 不是可计数的事件种类"),
    ])
    func refusals(original: String, replacement: String, message: String) throws {
        let canonical = try rules().stdout
        #expect(canonical.contains(original))
        let path = try write(canonical.replacingOccurrences(of: original, with: replacement))
        let r = try run(taizhangBinary, ["--db", Self.ledger, "pipeline", "--rules", path])
        #expect(r.status == 2)
        #expect(r.stderr == "taizhang: 规则文件 \(path):\(message)\n", "\(r.stderr)")
    }

    @Test("--rules changes the figures and the seal names the other rule set")
    func rulesChangeTheSummary() throws {
        let canonical = try rules().stdout
        let path = try write(canonical.replacingOccurrences(of: #""threshold_fen":10000000000"#, with: #""threshold_fen":50000000000"#)
            .replacingOccurrences(of: "taizhang-default-2021", with: "五亿元口径"))
        let o = try jsonObject(try taizhang(Self.ledger, "summary", "2021Q1", "--as-known-at", "2021-04-15", "--json", "--rules", path).stdout)
        #expect(integer(o, "threshold_fen") == 50_000_000_000 && integer(o, "signed.count") == 6)
        #expect(text(o, "seal.rules_name") == "五亿元口径" && text(o, "seal.command")?.contains("--rules \(path)") == true)
    }

    @Test("CSV for Excel: a BOM, Chinese headers, amounts as 万元 numbers, the seal last; GB18030 on request")
    func excelCSV() throws {
        let r = try run(taizhangBinary, ["--db", Self.ledger, "summary", "2021Q1", "--as-known-at", "2021-04-15", "--excel-csv"])
        let bytes = Array(Data(r.stdout.utf8))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(r.stdout.dropFirst()).components(separatedBy: "\r\n")
        #expect(lines[0] == "指标,本期,年初至今,上年同期,同比")
        #expect(lines[2] == "签约总投资(万元),2075000,2075000,45000,4511.11%")
        #expect(lines.contains { $0.hasPrefix("\"印记:日志前 89 条") })
        let gb = try run("/bin/sh", ["-c", "'\(taizhangBinary)' --db '\(Self.ledger)' summary 2021Q1 --as-known-at 2021-04-15 --excel-csv --csv-encoding gb18030 | iconv -f GB18030 -t UTF-8"])
        #expect(gb.stdout.hasPrefix("指标,本期,年初至今,上年同期,同比\r\n"), "\(gb.stdout.prefix(80))")
        let bad = try run(taizhangBinary, ["--db", Self.ledger, "summary", "2021Q1", "--excel-csv", "--csv-encoding", "latin1"])
        #expect(bad.status == 2 && bad.stderr.split(separator: "\n").count == 1)
    }

    @Test("CSV for scripts stays clean: no BOM, English codes, fen")
    func scriptCSV() throws {
        let r = try taizhang(Self.ledger, "summary", "2021Q1", "--as-known-at", "2021-04-15", "--csv")
        #expect(r.stdout.hasPrefix("quarter,figure,key,count,total_fen,total\n") || r.stdout.hasPrefix("period,figure,key,count,total_fen,total\n"))
        #expect(!r.stdout.contains("印记"))
    }
}
