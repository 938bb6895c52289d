import Foundation
import LMDB
import Testing

/// A fresh environment in its own temporary folder.
func temporaryEnvironment(mapSizeBytes: Int = 1 << 20) throws -> (Environment, String) {
    let path = NSTemporaryDirectory() + "lmdb-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    var options = EnvironmentOptions()
    options.initialMapSizeBytes = mapSizeBytes
    return (try Environment(path: path, options: options), path)
}

@Suite struct EnvironmentTests {
    @Test func writeThenReadBack() throws {
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("things", [])], create: true)[0]
        try env.write { txn in try txn.put(db, key: Array("a".utf8), value: [1, 2, 3]) }
        let value = try env.read { txn in try txn.get(db, key: Array("a".utf8)) }
        #expect(value == [1, 2, 3])
        let missing = try env.read { txn in try txn.get(db, key: Array("b".utf8)) }
        #expect(missing == nil)
    }

    @Test func aThrowAbortsTheWholeTransaction() throws {
        struct Stop: Error {}
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("things", [])], create: true)[0]
        #expect(throws: Stop.self) {
            try env.write { txn in
                try txn.put(db, key: Array("a".utf8), value: [1])
                throw Stop()
            }
        }
        let value = try env.read { txn in try txn.get(db, key: Array("a".utf8)) }
        #expect(value == nil)
    }

    @Test func noOverwriteReportsKeyExistsWithItsCode() throws {
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("ids", [])], create: true)[0]
        try env.write { txn in try txn.put(db, key: [1], value: [1], flags: .noOverwrite) }
        do {
            try env.write { txn in try txn.put(db, key: [1], value: [2], flags: .noOverwrite) }
            Issue.record("a second put with noOverwrite must fail")
        } catch let e as LMDBError {
            #expect(e.isKeyExists)
            #expect(e.call.hasPrefix("mdb_put"))
            #expect(!e.message.isEmpty)
        }
    }

    @Test func appendRejectsAKeyOutOfOrder() throws {
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("log", [])], create: true)[0]
        try env.write { txn in
            try txn.put(db, key: UInt64(1).bigEndianBytes, value: [1], flags: .append)
            try txn.put(db, key: UInt64(2).bigEndianBytes, value: [2], flags: .append)
        }
        #expect(throws: LMDBError.self) {
            try env.write { txn in try txn.put(db, key: UInt64(1).bigEndianBytes, value: [9], flags: .append) }
        }
    }

    @Test func theMapGrowsWhenAWriteFillsIt() throws {
        let (env, _) = try temporaryEnvironment(mapSizeBytes: 64 << 10)
        let db = try env.openDatabases([("big", [])], create: true)[0]
        let before = env.mapSizeBytes
        var runs = 0
        try env.write { txn in
            runs += 1
            for i in 0..<20_000 as Range<UInt64> {
                try txn.put(db, key: i.bigEndianBytes, value: [UInt8](repeating: 7, count: 100), flags: .append)
            }
        }
        #expect(env.mapSizeBytes > before)
        #expect(runs > 1)
        let count = try env.read { txn in try txn.statistics(db).entries }
        #expect(count == 20_000)
    }

    @Test func cursorWalksDuplicatesInOrder() throws {
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("dups", [.duplicateSort, .duplicateFixed])], create: true)[0]
        let values: [UInt64] = [5, 1, 3, 9, 7]
        var bytes: [UInt8] = []
        for v in values.sorted() { bytes += v.bigEndianBytes }
        try env.write { txn in
            try Array("p".utf8).withUnsafeBytes { key in
                try bytes.withUnsafeBytes { try txn.putMultiple(db, key: key, values: $0, size: 8, count: values.count) }
            }
            try txn.put(db, key: Array("q".utf8), value: UInt64(2).bigEndianBytes)
        }
        let read: [UInt64] = try env.read { txn in
            try txn.withCursor(db) { cursor in
                var out: [UInt64] = []
                var entry = try cursor.find(Array("p".utf8))
                #expect(try cursor.duplicateCount() == 5)
                while let e = entry {
                    out.append(UInt64(bigEndianBytes: e.value))
                    entry = try cursor.nextDuplicate()
                }
                return out
            }
        }
        #expect(read == [1, 3, 5, 7, 9])
    }

    @Test func readOnlyEnvironmentRefusesWrites() throws {
        let (env, path) = try temporaryEnvironment()
        let db = try env.openDatabases([("things", [])], create: true)[0]
        try env.write { txn in try txn.put(db, key: [1], value: [1]) }
        let reader = try Environment(path: path, options: EnvironmentOptions(readOnly: true))
        let rdb = try reader.openDatabases([("things", [])], create: false)[0]
        #expect(try reader.read { txn in try txn.get(rdb, key: [1]) } == [1])
        #expect(throws: LMDBError.self) { try reader.write { txn in try txn.put(rdb, key: [2], value: [2]) } }
    }

    @Test func openingAMissingNamedDatabaseIsNotFound() throws {
        let (env, _) = try temporaryEnvironment()
        do {
            _ = try env.openDatabases([("absent", [])], create: false)
            Issue.record("opening a missing database must fail")
        } catch let e as LMDBError {
            #expect(e.isNotFound)
        }
    }

    @Test func compactingCopyHoldsTheSameData() throws {
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("things", [])], create: true)[0]
        try env.write { txn in for i in 0..<100 as Range<UInt64> { try txn.put(db, key: i.bigEndianBytes, value: [UInt8(i)]) } }
        let copy = NSTemporaryDirectory() + "lmdb-copy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        try env.copy(to: copy, compact: true)
        let other = try Environment(path: copy, options: EnvironmentOptions(readOnly: true))
        let odb = try other.openDatabases([("things", [])], create: false)[0]
        #expect(try other.read { txn in try txn.statistics(odb).entries } == 100)
        #expect(try other.read { txn in try txn.get(odb, key: UInt64(42).bigEndianBytes) } == [42])
    }
}
