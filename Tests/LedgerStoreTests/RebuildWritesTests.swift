import Foundation
import LMDB
import Ledger
@testable import LedgerStore
import Testing

/// `rebuild` compares each derived database with what the log gives and writes only those that
/// differ: whatever was changed behind its back, what it leaves is every entry exactly as the
/// import wrote it, and a ledger that already agrees is left as it was.
@Suite struct RebuildWritesTests {
    static let derived = ["projects", "quarters", "summary_versions", "summary_days", "summary_updated", "merkle_nodes", "meta"]

    /// Every key and value of the derived databases and meta, read with raw LMDB, in key order.
    static func dump(_ path: String) throws -> [String: [[UInt8]]] {
        let env = try Environment(path: path, options: EnvironmentOptions(readOnly: true))
        let dbs = try env.openDatabases(derived.map { ($0, []) }, create: false)
        var out: [String: [[UInt8]]] = [:]
        try env.read { txn in
            for (name, db) in zip(derived, dbs) {
                var entries: [[UInt8]] = []
                try txn.withCursor(db) { cursor in
                    var entry = try cursor.first()
                    while let e = entry {
                        entries.append(Array(e.key))
                        entries.append(Array(e.value))
                        entry = try cursor.next()
                    }
                }
                out[name] = entries
            }
        }
        return out
    }

    /// The ways a database is changed: a flipped byte of an entry's value, an entry too many, an entry deleted.
    enum Change: CaseIterable { case flipped, added, deleted }

    static func change(_ path: String, _ name: String, _ how: Change) throws {
        try SummaryIndexTests.rawWrite(path, name) { txn, db in
            let e = try txn.withCursor(db) { cursor -> ([UInt8], [UInt8]) in
                var entry = try cursor.first()
                for _ in 0..<3 { if let next = try cursor.next() { entry = next } }
                let found = try #require(entry)
                return (Array(found.key), Array(found.value))
            }
            switch how {
            case .flipped:
                var value = e.1
                if value.isEmpty { value = [0x01] } else { value[value.count - 1] ^= 0x01 }
                try txn.put(db, key: e.0, value: value)
            case .added: try txn.put(db, key: e.0 + [0x00], value: e.1)
            case .deleted: _ = try txn.delete(db, key: e.0)
            }
        }
    }

    @Test func aLedgerThatAgreesWithItsLogIsLeftAsItWas() throws {
        let store = try SummaryIndexTests.fixtureLedger()
        let before = try Self.dump(store.path)
        #expect(before.values.allSatisfy { !$0.isEmpty })
        let result = try store.rebuild()
        #expect(result.equal)
        #expect(result.events == 108)
        #expect(try Self.dump(store.path) == before)
        #expect(try store.verify().ok)
    }

    @Test(arguments: derived.filter { $0 != "meta" }) func eachDerivedDatabaseIsPutBackAsTheImportWroteIt(_ name: String) throws {
        for how in Change.allCases {
            let store = try SummaryIndexTests.fixtureLedger()
            let before = try Self.dump(store.path)
            try Self.change(store.path, name, how)
            #expect(try Self.dump(store.path) != before, "\(name) \(how)")
            let writable = try LedgerStore(path: store.path, readOnly: false)
            _ = try writable.rebuild()
            #expect(try Self.dump(store.path) == before, "\(name) \(how)")
            #expect(try writable.verify().ok, "\(name) \(how)")
        }
    }

    @Test func aWrongMerkleFrontierIsPutBack() throws {
        let store = try SummaryIndexTests.fixtureLedger()
        let before = try Self.dump(store.path)
        try SummaryIndexTests.rawWrite(store.path, "meta") { txn, meta in
            var frontier = try #require(try txn.get(meta, key: Array("merkle_frontier".utf8)))
            frontier[0] ^= 0x01
            try txn.put(meta, key: Array("merkle_frontier".utf8), value: frontier)
        }
        _ = try LedgerStore(path: store.path, readOnly: false).rebuild()
        #expect(try Self.dump(store.path) == before)
    }
}
