import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing

/// The projections kept in the import's transaction are exactly what `rebuild` computes from the
/// log alone, byte for byte, after every fixture batch; `verify` passes each time; and `rebuild`
/// notices a stored quarter figure that was changed behind its back.
@Suite struct ProjectionRebuildTests {
    /// Every key and value of the `projects` and `quarters` databases, read with raw LMDB.
    static func projections(_ ledger: String) throws -> [String: [[UInt8]: [UInt8]]] {
        let env = try Environment(path: ledger, options: EnvironmentOptions(readOnly: true))
        let dbs = try env.openDatabases([("projects", []), ("quarters", [])], create: false)
        var out: [String: [[UInt8]: [UInt8]]] = [:]
        try env.read { txn in
            for (name, db) in zip(["projects", "quarters"], dbs) {
                var entries: [[UInt8]: [UInt8]] = [:]
                try txn.withCursor(db) { cursor in
                    var entry = try cursor.first()
                    while let e = entry {
                        entries[Array(e.key)] = Array(e.value)
                        entry = try cursor.next()
                    }
                }
                out[name] = entries
            }
        }
        return out
    }

    static let fixtureSets: [(name: String, zone: String, batches: [(String, String)])] = [
        ("newsletter", "赣江新区", fixtureBatches),
        ("projections", "示例区", projectionBatches),
    ]

    @Test(arguments: [0, 1]) func rebuildEqualsTheLiveProjectionsAfterEveryBatch(_ set: Int) throws {
        let fixtures = Self.fixtureSets[set]
        let ledger = temporaryFolder()
        #expect(try taizhang(ledger, "init", "--zone", fixtures.zone).status == 0)
        for (file, recordedAt) in fixtures.batches {
            #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", recordedAt, file).status == 0)
            let live = try Self.projections(ledger)
            #expect(!(live["quarters"] ?? [:]).isEmpty)
            let summaries = try ["2020Q1", "2021Q1", "2021Q2"].map { try taizhang(ledger, "summary", $0, "--json").stdout }
            let rebuilt = try taizhang(ledger, "rebuild", "--lang", "en")
            #expect(rebuilt.status == 0)
            #expect(rebuilt.stdout.contains("equal to the stored ones"), "\(fixtures.name) after \(file): \(rebuilt.stdout)")
            #expect(try Self.projections(ledger) == live, "\(fixtures.name) after \(file): rebuilt bytes differ")
            #expect(try ["2020Q1", "2021Q1", "2021Q2"].map { try taizhang(ledger, "summary", $0, "--json").stdout } == summaries)
            let verified = try taizhang(ledger, "verify")
            #expect(verified.status == 0, "\(fixtures.name) after \(file): \(verified.stderr)")
        }
    }

    @Test func rebuildNoticesAQuarterFigureChangedInPlaceAndPutsItRight() throws {
        let ledger = try projectionLedger()
        let before = try summaryJSON(ledger, "2021Q1")
        // T-2020-04's 2021Q1 contribution with one fen more disbursed: same keys, same count.
        let env = try Environment(path: ledger)
        let quarters = try env.openDatabases([("quarters", [])], create: false)[0]
        let key = ProjectionCodec.contributionKey(quarter: Quarter("2021Q1")!.index, project: "T-2020-04")
        try env.write { txn in
            let value = try #require(try txn.get(quarters, key: key))
            var c = try value.withUnsafeBytes { try ProjectionCodec.decodeContribution(project: "T-2020-04", $0) }
            c.disbursed = Money(fen: c.disbursed.fen + 1)
            try txn.put(quarters, key: key, value: ProjectionCodec.encode(c))
        }
        #expect(integer(try summaryJSON(ledger, "2021Q1"), "disbursed.total_fen") == 54_999_992_101)
        #expect(try taizhang(ledger, "verify").status == 4)
        let rebuilt = try taizhang(ledger, "rebuild", "--lang", "en")
        #expect(rebuilt.stdout.contains("DIFFERED"), "\(rebuilt.stdout)")
        #expect(try taizhang(ledger, "verify").status == 0)
        #expect(integer(try summaryJSON(ledger, "2021Q1"), "disbursed.total_fen") == integer(before, "disbursed.total_fen"))
        #expect(try taizhang(ledger, "rebuild", "--lang", "en").stdout.contains("equal to the stored ones"))
    }
}
