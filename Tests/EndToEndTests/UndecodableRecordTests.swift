import Foundation
import LMDB
import TestSupport
import Testing

/// A stored projection that no longer decodes is a damaged ledger to every reader: one line
/// and exit 4, as `verify` says of it, never exit 1 as if the machine had failed.
@Suite struct UndecodableRecordTests {
    /// Replaces every value of `projects` and `quarters` with bytes no codec reads.
    static func damageProjections(_ folder: String) throws {
        let env = try Environment(path: folder)
        let dbs = try env.openDatabases([("projects", []), ("quarters", [])], create: false)
        try env.write { txn in
            for db in dbs {
                var keys: [[UInt8]] = []
                try txn.withCursor(db) { cursor in
                    var entry = try cursor.first()
                    while let e = entry { keys.append(Array(e.key)); entry = try cursor.next() }
                }
                #expect(!keys.isEmpty)
                for key in keys { try txn.put(db, key: key, value: [0xFF, 0xFE, 0x00]) }
            }
        }
    }

    @Test(arguments: [["summary", "2021Q1"], ["projects"], ["show", "GJ-2021-001"]])
    func aReaderOfADamagedProjectionExitsFourInOneLine(_ command: [String]) throws {
        let ledger = try TamperCatalogueTests.copyOfFixture()
        try Self.damageProjections(ledger)
        for lang in ["zh", "en"] {
            let r = try run(taizhangBinary, ["--db", ledger] + command + ["--lang", lang])
            #expect(r.status == 4, "\(command) --lang \(lang) exited \(r.status): \(r.stdout) \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(command): \(r.stderr)")
            let words = r.stderr.replacingOccurrences(of: "taizhang:", with: "").replacingOccurrences(of: "GJ-2021-001", with: "")
            if lang == "zh" { #expect(!words.contains { $0.isLetter && $0.isASCII }, "English in the Chinese line: \(r.stderr)") }
        }
    }
}
