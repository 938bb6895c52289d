import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing

/// The limits the store enforces, at their edges: events per import, and ids as long as
/// `Limits.idBytesMax` stored as LMDB keys.
@Suite struct LimitsEnforcementTests {
    static func events(_ count: Int, prefix: String) throws -> [Event] {
        try [signed("\(prefix)-S", "\(prefix)-P", "2021-01-05", yi: 2)]
            + (1..<count).map { try event("\(prefix)-D\($0)", .disbursed, "\(prefix)-P", "2021-02-01", fen: Int64($0) * 100) }
    }

    static func land(_ store: LedgerStore, _ events: [Event], eventsMax: Int, file: String) throws -> ImportOutcome {
        var options = ImportOptions(recordedAtMs: Timestamp.parse("2021-04-10T17:00:00+08:00"), operatorName: "tester")
        options.batchEventsMax = eventsMax
        let source = BatchSource(fileName: file, sha256: ChainHash.sha256(Array(file.utf8)), encoding: "UTF-8")
        return try store.importBatches(sources: [source], options: options) { _, sink in
            for (i, e) in events.enumerated() { try sink(.event(e, line: UInt32(i + 2))) }
        }
    }

    @Test func anImportTakesItsLastEventAndRejectsTheNextNamingTheLimit() throws {
        let store = try temporaryLedger()
        #expect(try Self.land(store, Self.events(5, prefix: "A"), eventsMax: 5, file: "five.csv").eventsAppended == 5)
        let before = try store.head()
        var rejection: StoreError?
        do { _ = try Self.land(store, Self.events(6, prefix: "B"), eventsMax: 5, file: "six.csv") } catch let e as StoreError { rejection = e }
        let e = try #require(rejection)
        #expect(e.code == .rejected)
        #expect(e.problems.map(\.code) == ["batch_events_max"])
        #expect(e.problems.first?.line == 7, "the sixth event, on line 7")
        #expect(e.problems.first?.english == "more than 5 events in one import")
        #expect(try store.head() == before, "nothing of the rejected import landed")
    }

    @Test func idsOfTheLongestLengthAreStoredAsKeysAndFoundAgain() throws {
        let store = try temporaryLedger()
        let id = String(repeating: "编", count: Limits.idBytesMax / 3) + String(repeating: "x", count: Limits.idBytesMax % 3)
        #expect(id.utf8.count == Limits.idBytesMax)
        let p = "项目" + String(repeating: "p", count: Limits.idBytesMax - 6)
        #expect(p.utf8.count == Limits.idBytesMax)
        try store.land([
            Event(id: id, kind: .signed, project: p, date: date("2021-01-05"), amount: .yi(3), name: "长编号项目"),
            Event(id: "V", kind: .void, project: p, date: date("2021-01-06"), ref: id, note: "录入错误"),
        ])
        #expect(try store.event(id: id)?.event.project == p)
        #expect(try store.verify().ok)
    }

    /// The key size `LimitsTests` assumes: LMDB takes a 511-byte key and refuses 512.
    @Test func lmdbTakesKeysOf511BytesAndNoMore() throws {
        let path = NSTemporaryDirectory() + "taizhang-keys-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let env = try Environment(path: path)
        let db = try env.openDatabases([("k", [])], create: true)[0]
        try env.write { txn in try txn.put(db, key: Array(repeating: 7, count: 511), value: [1]) }
        #expect(throws: LMDBError.self) { try env.write { txn in try txn.put(db, key: Array(repeating: 7, count: 512), value: [1]) } }
    }
}
