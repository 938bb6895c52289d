import Foundation
import Testing

@Suite(.serialized) struct QuickstartTests {
    static let fiveNames = ["省转化医学研究院", "微医集团互联网慢病管理产业基地项目", "攀藤高精度环保智能检测传感器生产基地(二期)项目",
                            "云居山环境生态科技产业园项目", "华茂智能家居基地项目"]

    @Test func theFirstQuarterPrintsAsPublished() throws {
        let ledger = try fixtureLedger()
        let published = try taizhang(ledger, "summary", "2021Q1", "--as-known-at", "2021-04-15")
        #expect(published.status == 0)
        #expect(published.stdout.contains("赣江新区新签约亿元以上项目44个,总投资207.5亿元。其中,投资20亿元以上项目5个,包括直管区的省转化医学研究院、微医集团互联网慢病管理产业基地项目、经开组团的攀藤高精度环保智能检测传感器生产基地(二期)项目、永修组团的云居山环境生态科技产业园项目和华茂智能家居基地项目。"))
        let english = try taizhang(ledger, "summary", "2021Q1", "--as-known-at", "2021-04-15", "--lang", "en")
        #expect(english.stdout.contains("44 projects of 100 million yuan or more signed, worth 20.75 billion yuan in total; 5 of them at 2 billion yuan or more"))
        for name in Self.fiveNames { #expect(english.stdout.contains(name)) }
    }

    @Test func theRestatedQuarterCountsTheLateSigningAndTheVoid() throws {
        let ledger = try fixtureLedger()
        let restated = try taizhang(ledger, "summary", "2021Q1")
        #expect(restated.stdout.contains("新签约亿元以上项目44个,总投资208.8亿元"))
        let json = try taizhang(ledger, "summary", "2021Q1", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["quarter"] as? String == "2021Q1")
        let signed = try #require(object["signed"] as? [String: Any])
        #expect(signed["count"] as? Int == 44)
        #expect((signed["total_fen"] as? NSNumber)?.int64Value == 2_088_000_000_000)
        let bands = try #require(object["bands"] as? [[String: Any]])
        #expect(bands.map { ($0["min_fen"] as? NSNumber)?.int64Value } == [200_000_000_000, 500_000_000_000, 1_000_000_000_000])
        #expect(bands.map { $0["count"] as? Int } == [5, 0, 0])
    }

    @Test func verifyPassesAndDigestIsOneLine() throws {
        let ledger = try fixtureLedger()
        let verify = try taizhang(ledger, "verify")
        #expect(verify.status == 0)
        let digest = try taizhang(ledger, "digest")
        let fields = digest.stdout.split(separator: " ")
        #expect(fields.count >= 2)
        #expect(fields.first == "108")
        #expect(fields[1].prefix(64).allSatisfy { "0123456789abcdef".contains($0) } && fields[1].prefix(64).count == 64)
        #expect(verify.stdout.contains(String(fields[1].prefix(64))))
    }

    @Test func theSameImportsGiveTheSameDigestAnywhere() throws {
        let a = try fixtureLedger(), b = try fixtureLedger()
        #expect(try taizhang(a, "digest").stdout == taizhang(b, "digest").stdout)
    }

    @Test func anyLMDBReaderSeesTheNamedDatabases() throws {
        let ledger = try fixtureLedger(batches: 1)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/mdb_stat") else {
            Issue.record("mdb_stat (lmdb-utils) is missing: Tools/install-deps installs it")
            return
        }
        let stat = try run("/usr/bin/mdb_stat", ["-a", ledger])
        #expect(stat.status == 0)
        for name in ["events", "event_ids", "project_events", "voids", "batches", "batch_files", "projects", "quarters", "meta"] {
            #expect(stat.stdout.contains("Status of \(name)"))
        }
    }

    @Test func showTellsHowFastHaiyunWasCommissioned() throws {
        let ledger = try fixtureLedger(batches: 2)
        let show = try taizhang(ledger, "show", "GJ-2020-002")
        #expect(show.stdout.contains("海云智能制造产业园"))
        #expect(show.stdout.contains("签约至投产  318 天") || show.stdout.contains("318 天"))
        let english = try taizhang(ledger, "show", "GJ-2020-002", "--lang", "en")
        #expect(english.stdout.contains("318 days"))
        // The first row of the state, its status, is printed (it once fell off with the table's header).
        let stateLines = show.stdout.split(separator: "\n").map(String.init)
        #expect(stateLines.count > 1 && stateLines[1].hasPrefix("状态") && stateLines[1].hasSuffix("已投产"))
        #expect(english.stdout.split(separator: "\n").dropFirst().first?.hasSuffix("commissioned") == true)
    }

    @Test func aProjectWhoseSigningWasVoidedShowsAsVoidWithItsName() throws {
        let ledger = try fixtureLedger()
        let show = try taizhang(ledger, "show", "GJ-2021-032", "--lang", "en")
        let lines = show.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("GJ-2021-032  ") == true && lines.first!.count > "GJ-2021-032  ".count)
        #expect(lines.contains { $0.hasPrefix("status") && $0.hasSuffix("void") })
    }

    @Test func replayNamesBatchLineAndTheVoid() throws {
        let ledger = try fixtureLedger()
        let replay = try taizhang(ledger, "replay", "--project", "GJ-2021-032", "--lang", "en")
        #expect(replay.status == 0)
        #expect(replay.stdout.contains("voided by"))
        #expect(replay.stdout.contains("Fixtures/2021Q1.jsonl:"))
        let verified = try taizhang(ledger, "replay", "--verify", "--jsonl")
        #expect(verified.status == 0)
        #expect(verified.stdout.split(separator: "\n").count == 108)
    }
}

@Suite struct CommandErrorTests {
    @Test func aMissingLedgerIsOneLineAndNonZero() throws {
        let r = try taizhang(temporaryFolder(), "summary", "--lang", "en", "2021Q1")
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("no ledger at"))
    }

    @Test func aBadQuarterIsAUsageError() throws {
        let ledger = try fixtureLedger(batches: 1)
        let r = try taizhang(ledger, "summary", "2021Q7")
        #expect(r.status == 2)
        #expect(r.stderr.contains("2021Q7"))
    }

    @Test func commandLineMistakesAreOneLineWithStatusTwo() throws {
        for arguments in [["summary"], ["summary", "2021Q1", "--bogus"], ["nosuch"]] {
            let r = try run(taizhangBinary, arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(arguments): \(r.stderr)")
            #expect(r.stderr.hasPrefix("taizhang: ") && r.stderr.contains("--help"))
        }
        let help = try run(taizhangBinary, ["summary", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--as-known-at"))
    }

    @Test func aMissingFileIsNamed() throws {
        let ledger = temporaryFolder()
        let r = try taizhang(ledger, "import", "no-such-file.jsonl")
        #expect(r.status == 3)
        #expect(r.stderr.contains("no-such-file.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: ledger + "/data.mdb"))
    }

    @Test func aBatchWithABadRowLandsNothing() throws {
        let ledger = try fixtureLedger(batches: 1)
        let before = try taizhang(ledger, "digest").stdout
        let bad = """
        {"id": "x1", "kind": "signed", "project": "X-1", "date": "2021-01-05", "amount": "2亿元", "name": "甲"}
        {"id": "x2", "kind": "started", "project": "X-1", "date": "2021-02-30"}
        {"id": "x3", "kind": "commissioned", "project": "X-2", "date": "2021-03-01"}
        """
        let r = try taizhang(ledger, "import", "-", "--lang", "en", stdin: Data(bad.utf8))
        #expect(r.status == 3)
        #expect(r.stderr.contains("-:2 column date value \"2021-02-30\": no such day in the calendar"))
        #expect(r.stderr.contains("-:3"))
        #expect(try taizhang(ledger, "digest").stdout == before)
    }
}

/// Tools/quickstart writes the quarter's report and workbook beside the ledger, says where, and both open right.
@Suite("Tools/quickstart's report and workbook") struct QuickstartReportTests {
    @Test func theReportAndTheWorkbookAreWrittenBesideTheLedgerAndOpen() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let r = try run(repositoryRoot.path + "/Tools/quickstart", [folder + "/ledger"], environment: ["QUICKSTART_NO_BUILD": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = folder + "/report-2021Q1.html", xlsx = folder + "/summary-2021Q1.xlsx"
        #expect(r.stdout.contains(html) && r.stdout.contains(xlsx), "\(r.stdout.suffix(600))")
        #expect(r.stdout.contains("报告核对一致:\(html)") && r.stdout.contains("报告核对一致:\(xlsx)"))
        let dom = try chromiumText(html, profile: folder + "/chromium-profile")
        for text in ["新签约亿元以上项目44个,总投资207.5亿元"] + QuickstartTests.fiveNames { #expect(dom.contains(text), "\(text)") }
        let cells = try #require(lookup(try openpyxlRead(xlsx, cells: [("汇总", "B2"), ("汇总", "B3"), ("项目", "F2")]), "cells") as? [String: [String: Any]])
        #expect(cells["汇总!B2"]?["value"] as? Int == 44)
        #expect((cells["汇总!B3"]?["value"] as? NSNumber)?.doubleValue == 2_075_000)
        #expect(cells["项目!F2"]?["is_date"] as? Bool == true)
        let csv = try libreOfficeCSV(xlsx, into: folder + "/lo")
        #expect(csv.count == 4, "\(csv)")
    }
}
