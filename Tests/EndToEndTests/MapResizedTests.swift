import Foundation
import LedgerStore
import Testing

/// Defect 2: when another process grows the map past this one's, `mdb_txn_begin` returns
/// `MDB_MAP_RESIZED`. A process that keeps a ledger open (the web server, for days; a replay
/// that opens several transactions) must adopt the new size and go on, for reading and writing.
@Suite struct MapResizedTests {
    @Test func aProcessKeepingTheLedgerOpenSurvivesAnotherGrowingTheMap() throws {
        let folder = temporaryFolder()
        let small = ["TAIZHANG_MAP_SIZE_INITIAL_BYTES": "1048576"]
        let created = try run(taizhangBinary, ["--db", folder, "import", "--quiet", "--recorded-at", "2021-01-05T09:00:00+08:00",
                                               "Fixtures/2020-projects.jsonl"], environment: small)
        #expect(created.status == 0, "\(created.stderr)")
        // This process keeps the ledger open with a 1 MiB map, as it was created.
        let kept = try LedgerStore(path: folder, readOnly: false, initialMapSizeBytes: 1 << 20)
        #expect(kept.environment.mapSizeBytes == 1 << 20)
        let before = try kept.digest()

        // Another process lands 20,000 events: its map grows far past 1 MiB, and so does the data.
        let generated = temporaryFolder()
        try FileManager.default.createDirectory(atPath: generated, withIntermediateDirectories: true)
        let gen = try run(repositoryRoot.path + "/Tools/generate", ["--events", "20000", "--seed", "16", "--format", "jsonl", "--out", generated])
        #expect(gen.status == 0, "\(gen.stderr)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: generated).first { $0.hasSuffix(".jsonl") })
        let grown = try run(taizhangBinary, ["--db", folder, "import", "--quiet", "--recorded-at", "2021-04-10T17:00:00+08:00",
                                             generated + "/" + file], environment: small)
        #expect(grown.status == 0, "\(grown.stderr)")
        let data = try FileManager.default.attributesOfItem(atPath: folder + "/data.mdb")[.size] as! Int
        #expect(data > 1 << 20, "the other import did not grow the data past this process's map")

        // This process reads again (several transactions), verifies and writes, on the map it adopted.
        let after = try kept.digest()
        #expect(after.sequence > before.sequence + 10_000, "\(after.sequence)")
        #expect(kept.environment.mapSizeBytes > 1 << 20)
        let report = try kept.verify()
        #expect(report.ok, "\(report.failures)")
        let source = BatchSource(fileName: "kept", sha256: ChainHash.sha256(Array("kept".utf8)), encoding: "UTF-8")
        let outcome = try kept.importBatches(sources: [source], options: ImportOptions(operatorName: "kept")) { _, _ in }
        #expect(outcome.eventsAppended == 0 && outcome.batches.isEmpty, "a source without rows is no batch")
        #expect(try run(taizhangBinary, ["--db", folder, "verify"]).status == 0)
    }
}
