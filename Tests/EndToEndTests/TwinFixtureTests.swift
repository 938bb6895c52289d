import Foundation
import Testing

/// `Fixtures/twins/`: a JSONL file and its twins (GB18030 CSV, UTF-8-with-BOM CRLF CSV, a
/// LibreOffice workbook and its source) import to the same events, and each report names
/// the encoding it read.
@Suite struct TwinFixtureTests {
    static let recordedAt = "2021-08-02T09:00:00+08:00"
    static let twins: [(file: String, encoding: String)] = [
        ("Fixtures/twins/twins-gb18030.csv", "GB18030"),
        ("Fixtures/twins/twins-utf8-bom-crlf.csv", "UTF-8 with BOM"),
        ("Fixtures/twins/twins-libreoffice-source.csv", "UTF-8"),
        ("Fixtures/twins/twins-libreoffice.xlsx", "xlsx"),
    ]

    /// The events of a new ledger holding only `file`, as `replay --jsonl` prints them
    /// without what depends on the file (batch, file, line) or on the line (the hashes).
    static func events(of file: String) throws -> (report: String, events: [String]) {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let imported = try taizhang(ledger, "import", "--lang", "en", "--quiet", "--recorded-at", recordedAt, file)
        #expect(imported.status == 0, "\(file): \(imported.stderr)")
        let replay = try taizhang(ledger, "replay", "--jsonl")
        #expect(replay.status == 0)
        let events = try replay.stdout.split(separator: "\n").map { line in
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["batch", "file", "line", "hash", "previous_hash"] { object[key] = nil }
            return try canonical(object)
        }
        return (imported.stdout, events)
    }

    @Test(arguments: twins)
    func importsToTheSameEventsAsTheJSONL(file: String, encoding: String) throws {
        let jsonl = try Self.events(of: "Fixtures/twins/twins.jsonl")
        #expect(jsonl.events.count == 12)
        #expect(jsonl.report.contains("(UTF-8)"))
        let twin = try Self.events(of: file)
        #expect(twin.report.contains("batch 1: \(file) (\(encoding)), 12 rows, 12 new events"), "\(twin.report)")
        #expect(twin.events == jsonl.events)
    }

    @Test func afterTheJSONLEveryTwinIsOnlyDuplicates() throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", Self.recordedAt, "Fixtures/twins/twins.jsonl").status == 0)
        let digest = try taizhang(ledger, "digest").stdout
        let twins = try run(taizhangBinary, ["--db", ledger, "import", "--lang", "en", "--quiet", "--json", "--recorded-at", Self.recordedAt] + Self.twins.map(\.file))
        #expect(twins.status == 0, "\(twins.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(twins.stdout.utf8)) as? [String: Any])
        #expect(report["events"] as? Int == 0)
        #expect(report["duplicates"] as? Int == 12 * Self.twins.count)
        let batches = try #require(report["batches"] as? [[String: Any]])
        #expect(batches.compactMap { $0["encoding"] as? String } == Self.twins.map(\.encoding))
        #expect(try taizhang(ledger, "digest").stdout == digest)
    }

    /// The stored encoding name is a code for scripts (`--json`); the Chinese report says it in Chinese.
    @Test func theChineseReportNamesTheBOMInChinese() throws {
        let ledger = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let imported = try taizhang(ledger, "import", "--quiet", "--recorded-at", Self.recordedAt, "Fixtures/twins/twins-utf8-bom-crlf.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("(UTF-8,带 BOM)") && !imported.stdout.contains("with BOM"), "\(imported.stdout)")
        let batches = try taizhang(ledger, "batches")
        #expect(batches.stdout.contains("UTF-8,带 BOM") && !batches.stdout.contains("with BOM"), "\(batches.stdout)")
    }
}
