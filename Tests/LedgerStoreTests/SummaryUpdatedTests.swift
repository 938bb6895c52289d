import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing
import TestSupport

/// `summary_updated` lists every `updated` event by day, so "as of D" finds a later renaming in
/// a few reads; its figures stay the fold's, `verify` names a changed or missing entry, and a
/// ledger whose index was written before it was kept answers by the walk and gains it.
@Suite struct SummaryUpdatedTests {
    /// A generated ledger in several imports, with renamings (`updated`) among its events.
    static func generatedLedger(seed: UInt64) throws -> (store: LedgerStore, events: [Event], times: [Int64]) {
        var rng = SeededGenerator(seed: seed)
        let events = SyntheticEvents.make(count: 400, projectsMax: 25, seed: seed)
        let store = try temporaryLedger()
        var times: [Int64] = []
        var t = try #require(Timestamp.parse("2022-01-01T09:00:00+08:00"))
        for (i, batch) in SplitImportPropertyTests.randomSplit(events, using: &rng).enumerated() {
            t += Int64.random(in: 0...40, using: &rng) * 86_400_000
            try store.land(batch, file: "part-\(i).jsonl", recordedAt: Timestamp.iso(t))
            times.append(t)
        }
        return (store, events, times)
    }

    /// The entries of `name`, read with raw LMDB calls.
    static func entries(_ path: String, _ name: String) throws -> [(key: [UInt8], value: [UInt8])] {
        let env = try Environment(path: path, options: .init(readOnly: true))
        let db = try env.openDatabases([(name, [])], create: false)[0]
        return try env.read { txn in
            try txn.withCursor(db) { cursor in
                var out: [(key: [UInt8], value: [UInt8])] = []
                var entry = try cursor.first()
                while let e = entry {
                    out.append(([UInt8](e.key), [UInt8](e.value)))
                    entry = try cursor.next()
                }
                return out
            }
        }
    }

    /// The database holds its mark, then one entry per `updated` event: its day, its sequence, its project.
    @Test func itListsEveryUpdatedEventByDayAndSequence() throws {
        let (store, events, _) = try Self.generatedLedger(seed: 42)
        let stored = try Self.entries(store.path, "summary_updated")
        var expected: [(key: [UInt8], value: [UInt8])] = [([0, 0, 0, 0], [])]
        for (i, e) in events.enumerated() where e.kind == .updated {
            expected.append((Self.dayKey(e.date.yyyymmdd, UInt64(i + 1)), Array(e.project.utf8)))
        }
        expected.sort { $0.key.lexicographicallyPrecedes($1.key) }
        #expect(expected.count > 5)
        #expect(stored.map(\.key) == expected.map(\.key))
        #expect(stored.map(\.value) == expected.map(\.value))
    }

    /// Over every period, many times known at and days as of, the indexed figures are the fold's.
    @Test(arguments: [5, 42, 99] as [UInt64]) func asOfWithRenamingsGivesTheFoldsFigures(seed: UInt64) throws {
        let (store, events, times) = try Self.generatedLedger(seed: seed)
        #expect(try store.verify().ok)
        let dates = Set(events.filter { $0.kind == .updated }.map(\.date)).sorted()
        #expect(!dates.isEmpty)
        let days = dates.flatMap { [BusinessDate(dayNumber: $0.dayNumber - 1)!, $0] } + [events.last!.date]
        let knownAt: [Int64?] = [nil, times[0], times[times.count / 2] - 1, times.last!]
        try SummaryIndexTests.expectSameFigures(store, periods: SummaryIndexTests.periods(of: events).filter { $0.kind != .month },
                                                knownAt: knownAt, asOf: days.map(Optional.some), what: "seed \(seed)")
    }

    @Test func verifyNamesAChangedAMissingAndAnExtraEntry() throws {
        let cases: [(String, (borrowing Transaction, Database) throws -> Void)] = [
            ("changed", { txn, db in
                let e = try Self.entry(txn, db, at: 2)
                try txn.put(db, key: e.key, value: e.value + [0x41])
            }),
            ("missing", { txn, db in _ = try txn.delete(db, key: try Self.entry(txn, db, at: 1).key) }),
            ("extra", { txn, db in try txn.put(db, key: Self.dayKey(20_991_231, 7), value: Array("P".utf8)) }),
        ]
        for (what, tamper) in cases {
            let (store, _, _) = try Self.generatedLedger(seed: 42)
            try SummaryIndexTests.rawWrite(store.path, "summary_updated", tamper)
            let report = try LedgerStore(path: store.path, readOnly: true).verify()
            #expect(!report.ok, "\(what)")
            #expect(report.failures.contains { $0.contains("summary_updated") }, "\(what): \(report.failures)")
            let writable = try LedgerStore(path: store.path, readOnly: false)
            #expect(try !writable.rebuild().equal, "\(what)")
            #expect(try writable.verify().ok, "\(what)")
        }
    }

    /// A ledger whose index predates `summary_updated`: summaries walk the days, and the next write builds it.
    @Test func aLedgerWithoutItWalksTheDaysAndGainsItOnItsNextWrite() throws {
        let (store, events, times) = try Self.generatedLedger(seed: 5)
        let built = try Self.entries(store.path, "summary_updated")
        try SummaryIndexTests.rawWrite(store.path, "summary_updated") { txn, db in try txn.drop(db) }
        let old = try LedgerStore(path: store.path, readOnly: true)
        #expect(try old.verify().ok)
        let days = Set(events.filter { $0.kind == .updated }.map(\.date)).sorted().prefix(4).map(Optional.some)
        try SummaryIndexTests.expectSameFigures(old, periods: Array(SummaryIndexTests.periods(of: events).prefix(4)),
                                                knownAt: [nil, times.last!], asOf: days, what: "without it")
        let writable = try LedgerStore(path: store.path, readOnly: false)
        #expect(try Self.entries(store.path, "summary_updated").isEmpty)
        try writable.land([Event(id: "late-1", kind: .signed, project: "ZP1", date: events.last!.date, amount: .yi,
                                 name: "新项目", group: "直管区", industry: "新材料")], file: "late", recordedAt: Timestamp.iso(times.last!))
        let after = try Self.entries(store.path, "summary_updated")
        #expect(after.map(\.key) == built.map(\.key) && after.map(\.value) == built.map(\.value))
        #expect(try writable.verify().ok)
    }

    static func dayKey(_ date: UInt32, _ sequence: UInt64) -> [UInt8] {
        withUnsafeBytes(of: date.bigEndian) { Array($0) } + withUnsafeBytes(of: sequence.bigEndian) { Array($0) }
    }

    static func entry(_ txn: borrowing Transaction, _ db: Database, at index: Int) throws -> (key: [UInt8], value: [UInt8]) {
        try txn.withCursor(db) { cursor in
            var entry = try cursor.first()
            for _ in 0..<index { entry = try cursor.next() }
            let e = try #require(entry)
            return ([UInt8](e.key), [UInt8](e.value))
        }
    }
}
