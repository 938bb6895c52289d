import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing
import TestSupport

/// The bitemporal summary index gives exactly what a fold of the log gives, for any time known
/// at and any day as of; `verify` catches a changed byte of it; a ledger without it still
/// answers and gains it on its next write.
@Suite struct SummaryIndexTests {
    static let seeds: [UInt64] = [3, 7, 11, 19, 42, 77]

    /// Generated ledgers in random batches, some landing at the same recorded time as the one before.
    @Test(arguments: seeds) func theIndexGivesTheFoldsFiguresForAnyTimeAndDay(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15)
        let events = SyntheticEvents.make(count: Int.random(in: 80...500, using: &rng), projectsMax: Int.random(in: 3...40, using: &rng), seed: seed)
        let store = try temporaryLedger()
        var times: [Int64] = []
        var t = try #require(Timestamp.parse("2022-01-01T09:00:00+08:00"))
        for (i, batch) in SplitImportPropertyTests.randomSplit(events, using: &rng).enumerated() {
            if Int.random(in: 0..<3, using: &rng) > 0 { t += Int64.random(in: 1...90, using: &rng) * 86_400_000 }
            try store.land(batch, file: "part-\(i).jsonl", recordedAt: Timestamp.iso(t))
            times.append(t)
        }
        let report = try store.verify()
        #expect(report.ok, "seed \(seed): \(report.failures)")
        let days = Self.days(of: events, using: &rng)
        let knownAt: [Int64?] = [nil, times[0] - 1] + (0..<4).map { _ in times.randomElement(using: &rng)! + Int64.random(in: -1...1, using: &rng) }
        let periods = Array(Self.periods(of: events).shuffled(using: &rng).prefix(5))
        try Self.expectSameFigures(store, periods: periods, knownAt: knownAt, asOf: [nil] + days.map(Optional.some), what: "seed \(seed)")
    }

    /// The fixtures: the Q1 figures as published on 15 April and after the July restatement, on every day.
    @Test func theFixturesGiveTheFoldsFiguresForAnyTimeAndDay() throws {
        let store = try Self.fixtureLedger()
        #expect(try store.verify().ok)
        let times = ["2021-01-05T09:00:00+08:00", "2021-04-10T17:00:00+08:00", "2021-04-15T00:00:00+08:00", "2021-07-12T10:00:00+08:00"]
            .map { Timestamp.parse($0)! }
        var days: [BusinessDate] = []
        var d = BusinessDate(year: 2019, month: 12, day: 25)!
        while d < BusinessDate(year: 2021, month: 8, day: 5)! {
            days.append(d)
            for _ in 0..<23 { d = SyntheticEvents.nextDay(after: d) }
        }
        let periods = ["2021Q1", "2021Q2", "2021-03", "2021H1"].map { try! Period.parse($0) }
        try Self.expectSameFigures(store, periods: periods, knownAt: [nil] + times.flatMap { [$0 - 1, $0] } as [Int64?], asOf: [nil] + days as [BusinessDate?], what: "fixtures")
        let published = try store.summary(try Period.parse("2021Q1"), filter: FoldFilter(knownAtMs: times[2]))
        #expect(published.current.signed.count == 44 && published.current.signedTotal == Money(fen: 20_750_000_000 * 100))
    }

    /// Voids of signings, starts and commissionings, late-reported events and a second import
    /// at the same recorded time that undoes the first: what the generator does not make.
    @Test func correctionsAtOneRecordedTimeLeaveTheIndexAsABuildFromTheLogWrites() throws {
        let store = try temporaryLedger()
        let t1 = "2021-04-10T17:00:00+08:00", t2 = "2021-07-12T10:00:00+08:00"
        try store.land([try signed("a1", "A", "2021-01-10", yi: 30), try signed("b1", "B", "2021-02-01", yi: 5),
                        try event("a2", .started, "A", "2021-02-20"), try event("b2", .disbursed, "B", "2021-03-30", fen: 500)], file: "1", recordedAt: t1)
        try store.land([try event("v1", .void, "A", "2021-04-11", ref: "a2"), try event("v0", .void, "B", "2021-04-11", ref: "b2"),
                        try event("v2", .void, "B", "2021-04-11", ref: "b1"), try signed("b3", "B", "2021-03-02", yi: 7, name: "改名项目"),
                        try event("b4", .disbursed, "B", "2021-03-30", fen: 600)], file: "2", recordedAt: t1)
        try store.land([try event("a3", .started, "A", "2021-03-31"), try event("a4", .commissioned, "A", "2021-06-30"),
                        try signed("c1", "C", "2021-03-15", yi: 2), try event("c2", .terminated, "C", "2021-05-01")], file: "3", recordedAt: t2)
        try store.land([try event("v3", .void, "A", "2021-07-13", ref: "a4"), try event("a5", .commissioned, "A", "2021-07-01")], file: "4", recordedAt: t2)
        let report = try store.verify()
        #expect(report.ok, "\(report.failures)")
        #expect(try store.rebuild().equal)
        let times = [t1, t2].map { Timestamp.parse($0)! }
        let days = ["2021-01-09", "2021-01-10", "2021-02-20", "2021-03-01", "2021-03-02", "2021-03-30", "2021-03-31", "2021-05-01", "2021-06-30", "2021-07-01"]
        try Self.expectSameFigures(store, periods: ["2021Q1", "2021Q2", "2021Q3", "2021-03", "2021H1", "2021"].map { try! Period.parse($0) },
                                   knownAt: [nil] + times.flatMap { [$0 - 1, $0] }, asOf: [nil] + days.map { try date($0) }, what: "corrections")
    }

    @Test func verifyNamesAChangedByteOfEitherDatabase() throws {
        for database in ["summary_versions", "summary_days"] {
            let store = try Self.fixtureLedger()
            try Self.rawWrite(store.path, database) { txn, db in
                try txn.withCursor(db) { cursor in
                    var entry = try cursor.first()
                    for _ in 0..<20 { entry = try cursor.next() }
                    let e = try #require(entry)
                    var value = [UInt8](e.value)
                    value[value.count - 1] ^= 0x01
                    try txn.put(db, key: [UInt8](e.key), value: value)
                }
            }
            let report = try LedgerStore(path: store.path, readOnly: true).verify()
            #expect(report.failures.contains { $0.contains(database) && $0.contains("recomputed") }, "\(database): \(report.failures)")
            let writable = try LedgerStore(path: store.path, readOnly: false)
            #expect(try !writable.rebuild().equal)
            #expect(try writable.verify().ok)
        }
    }

    @Test func verifyNamesADeletedEntry() throws {
        let store = try Self.fixtureLedger()
        try Self.rawWrite(store.path, "summary_versions") { txn, db in
            let key = try txn.withCursor(db) { cursor in [UInt8](try #require(try cursor.last()).key) }
            _ = try txn.delete(db, key: key)
        }
        let report = try LedgerStore(path: store.path, readOnly: true).verify()
        #expect(report.failures.contains { $0.contains("summary_versions") }, "\(report.failures)")
    }

    @Test func aLedgerWithoutTheIndexFoldsAndGainsItOnItsNextWrite() throws {
        let store = try Self.fixtureLedger()
        let q1 = try Period.parse("2021Q1")
        let filter = FoldFilter(knownAtMs: Timestamp.parse("2021-04-15"), asOf: try date("2021-03-20"))
        let before = "\(try store.summary(q1, filter: filter))"
        try Self.rawWrite(store.path, "summary_versions") { txn, db in try txn.drop(db) }
        try Self.rawWrite(store.path, "summary_days") { txn, db in try txn.drop(db) }
        let old = try LedgerStore(path: store.path, readOnly: true)
        #expect("\(try old.summary(q1, filter: filter))" == before)
        #expect(try old.verify().ok)
        let writable = try LedgerStore(path: store.path, readOnly: false)
        try writable.land([try event("late-1", .disbursed, "GJ-2021-001", "2021-03-05", fen: 700)], file: "late", recordedAt: "2021-08-01T09:00:00+08:00")
        #expect(try writable.verify().ok)
        #expect("\(try writable.summary(q1, filter: filter))" == before)
        try Self.expectSameFigures(writable, periods: [q1], knownAt: [nil, filter.knownAtMs], asOf: [nil, try date("2021-03-05")], what: "gained")
    }

    // MARK: - Helpers

    /// Every summary of `periods` under every pair of filters equals the fold's, field for field.
    static func expectSameFigures(_ store: LedgerStore, periods: [Period], knownAt: [Int64?], asOf: [BusinessDate?], what: String) throws {
        var compared = 0
        for period in periods {
            for t in knownAt {
                for d in asOf {
                    let filter = FoldFilter(knownAtMs: t, asOf: d)
                    let targets: [(min: Money, count: Int)] = [(.yi(20), 2)]
                    let indexed = try store.summary(period, threshold: Money(fen: 1_000_000_000), targets: targets, filter: filter)
                    var rules = RuleSet.builtIn
                    rules.threshold = Money(fen: 1_000_000_000)
                    rules.targets = targets.map { RuleSet.Target(year: period.year, min: $0.min, count: $0.count) }
                    let folded = try store.foldedSummary(period, rules: rules, filter: filter)
                    #expect("\(indexed)" == "\(folded)", "\(what): \(period) known at \(t.map { Timestamp.iso($0) } ?? "now") as of \(d?.description ?? "today")")
                    compared += 1
                }
            }
        }
        #expect(compared > 0)
    }

    /// The periods the events touch: each quarter, each month of a quarter with events, halves and years.
    static func periods(of events: [Event]) -> [Period] {
        let years = Set(events.map(\.date.year)).sorted()
        return years.flatMap { y in
            (1...4).map { Period(kind: .quarter, year: y, number: $0)! } + [1, 5, 12].map { Period(kind: .month, year: y, number: $0)! }
                + [Period(kind: .half, year: y, number: 2)!, Period(kind: .year, year: y)!]
        }
    }

    /// Some days among the events' dates, and the day before the first.
    static func days(of events: [Event], using rng: inout SeededGenerator) -> [BusinessDate] {
        let all = Set(events.map(\.date)).sorted()
        let first = all[0]
        return [BusinessDate(year: first.year - 1, month: 12, day: 31)!] + (0..<4).map { _ in all.randomElement(using: &rng)! } + [all.last!]
    }

    /// The three fixture batches, each at its recorded time, read from the JSONL files.
    static func fixtureLedger() throws -> LedgerStore {
        let store = try temporaryLedger(zone: "赣江新区")
        let batches = [("2020-projects.jsonl", "2021-01-05T09:00:00+08:00"), ("2021Q1.jsonl", "2021-04-10T17:00:00+08:00"),
                       ("2021-07-restatement.jsonl", "2021-07-12T10:00:00+08:00")]
        for (file, recordedAt) in batches {
            let text = try String(contentsOf: Repository.root.appendingPathComponent("Fixtures/" + file), encoding: .utf8)
            let events = try text.split(separator: "\n").map { line in
                let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
                return Event(id: o["id"]!, kind: EventKind(name: o["kind"]!)!, project: o["project"]!, date: try BusinessDate.parse(o["date"]!),
                             amount: try o["amount"].map { try Money.parse($0) } ?? .zero, name: o["name"] ?? "", group: o["group"] ?? "",
                             industry: o["industry"] ?? "", investor: o["investor"] ?? "", ref: o["ref"] ?? "", note: o["note"] ?? "")
            }
            try store.land(events, file: file, recordedAt: recordedAt)
        }
        #expect(try store.head().sequence == 108)
        return store
    }

    /// Writes with raw LMDB calls, behind the store's back.
    static func rawWrite(_ path: String, _ name: String, _ body: (borrowing Transaction, Database) throws -> Void) throws {
        let env = try Environment(path: path)
        let db = try env.openDatabases([(name, [])], create: false)[0]
        try env.write { txn in try body(txn, db) }
    }
}
