import Ledger
@testable import LedgerStore
import Testing

/// `verify`'s and `rebuild`'s fold by project number gives what `EventFold` gives, and numbers
/// projects exactly as String keys told them apart.
@Suite struct ProjectFoldTests {
    static func records(_ events: [Event]) -> [[UInt8]] {
        events.enumerated().map { i, e in
            var w = ByteWriter(capacity: 256)
            EventCodec.encodeUnhashed(e, sequence: UInt64(i + 1), recordedAtMs: 0, batch: 1, sourceLine: 0, previousHash: EventCodec.genesisHash, into: &w)
            w.raw([UInt8](repeating: 0, count: EventCodec.hashBytes))
            return w.bytes
        }
    }

    /// Folds `events` both ways; the violations each met, by sequence, and the states.
    static func bothFolds(_ events: [Event]) throws -> (numbered: [String: ProjectState], strings: [String: ProjectState], violations: ([UInt64], [UInt64])) {
        let voided = Event.voidedIds(events)
        var byString = EventFold(voided: voided)
        var stringViolations: [UInt64] = []
        for (i, e) in events.enumerated() {
            do { try byString.add(e, sequence: UInt64(i + 1)) } catch { stringViolations.append(UInt64(i + 1)) }
        }
        var numbered = ProjectFold(voided: voided)
        var numberedViolations: [UInt64] = []
        for record in records(events) {
            try record.withUnsafeBytes { raw in
                let view = try EventView(raw)
                if try numbered.add(view, project: numbered.number(of: view)) != nil { numberedViolations.append(view.sequence) }
            }
        }
        return (numbered.byProject, byString.states, (numberedViolations, stringViolations))
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func theNumberedFoldIsTheEventFold(seed: UInt64) throws {
        let events = SyntheticEvents.make(count: 3000, projectsMax: 300, seed: seed)
        let folds = try Self.bothFolds(events)
        #expect(folds.numbered.count > 100)
        #expect(folds.numbered == folds.strings)
        #expect(folds.violations.0.isEmpty && folds.violations.1.isEmpty)
    }

    /// Events that break their history: the same ones are refused, and a project whose only
    /// event broke it is there, empty, in both.
    @Test func brokenHistoriesAreTheSameBothWays() throws {
        var events = SyntheticEvents.make(count: 400, projectsMax: 40, seed: 9)
        let day = try BusinessDate.parse("2020-01-01")
        events.append(Event(id: "x1", kind: .disbursed, project: "never-signed", date: day, amount: Money(fen: 5)))
        events.append(Event(id: "x2", kind: .signed, project: events[0].project, date: day, amount: Money(fen: 7)))
        events.append(Event(id: "x3", kind: .commissioned, project: "never-signed", date: day))
        let folds = try Self.bothFolds(events)
        #expect(folds.violations.0 == folds.violations.1)
        #expect(folds.violations.0 == [401, 402, 403])
        #expect(folds.numbered == folds.strings)
        #expect(folds.numbered["never-signed"] == ProjectState(project: "never-signed"))
    }

    @Test func projectsAreNumberedOnFirstSightByTheirBytes() throws {
        var numbers = ProjectNumbers()
        let ids = (0..<5000).map { "P\($0 * 7919 % 100_000)" }
        for (i, id) in ids.enumerated() {
            #expect(Array(id.utf8).withUnsafeBytes { numbers.number(of: $0) } == i)
        }
        for (i, id) in ids.enumerated().reversed() {
            #expect(Array(id.utf8).withUnsafeBytes { numbers.number(of: $0) } == i)
            #expect(Array(id.utf8).withUnsafeBytes { numbers.find($0) } == i)
        }
        #expect(numbers.count == 5000)
        #expect(numbers.names == ids)
        #expect(Array("P-unseen".utf8).withUnsafeBytes { numbers.find($0) } == nil)
    }

    /// Two ids are one project exactly when their Strings are equal, as when the states were keyed by String.
    @Test(arguments: [("K", "\u{212A}"), ("\u{212A}", "K"), ("caf\u{E9}", "cafe\u{301}"), ("cafe\u{301}", "caf\u{E9}")])
    func canonicallyEquivalentIdsAreOneProject(first: String, second: String) throws {
        #expect(first == second && Array(first.utf8) != Array(second.utf8))
        var numbers = ProjectNumbers()
        let a = Array("A1".utf8).withUnsafeBytes { numbers.number(of: $0) }
        let n = Array(first.utf8).withUnsafeBytes { numbers.number(of: $0) }
        #expect(Array(second.utf8).withUnsafeBytes { numbers.find($0) } == n)
        #expect(Array(second.utf8).withUnsafeBytes { numbers.number(of: $0) } == n)
        #expect(Array("A1".utf8).withUnsafeBytes { numbers.find($0) } == a)
        #expect(Array("B2".utf8).withUnsafeBytes { numbers.number(of: $0) } == 2)
        #expect(numbers.names.map { Array($0.utf8) } == [Array("A1".utf8), Array(first.utf8), Array("B2".utf8)])
    }

    @Test func anInvalidUTF8IdIsOneProjectWithEveryIdThatReadsTheSame() throws {
        var numbers = ProjectNumbers()
        let n = [UInt8]([0x50, 0xFF]).withUnsafeBytes { numbers.number(of: $0) }
        #expect([UInt8]([0x50, 0xFE]).withUnsafeBytes { numbers.number(of: $0) } == n)
        #expect(Array("P\u{FFFD}".utf8).withUnsafeBytes { numbers.find($0) } == n)
    }
}

/// `verify` tells a `summary_days` entry that is the fact's without writing it out: it must say
/// so exactly when the written-out entry would be equal.
@Suite struct DayEntryTests {
    @Test(arguments: ["P1", "项目-长名称-超过十五个字节的项目编号"])
    func aDayEntryIsTheFactsExactlyWhenItsBytesAre(project: String) throws {
        let fact = DayFact(date: 20210315, sequence: 77, kind: 2, amountFen: -12_345, voidedSequence: 9, project: project)
        let key = SummaryIndexCodec.dayKey(date: fact.date, sequence: fact.sequence), value = SummaryIndexCodec.dayValue(fact)
        func same(_ k: [UInt8], _ v: [UInt8]) -> Bool {
            k.withUnsafeBytes { k in v.withUnsafeBytes { v in LedgerStore.dayEntry(k, v, is: fact) } }
        }
        #expect(same(key, value))
        for i in key.indices {
            var k = key
            k[i] ^= 0x01
            #expect(!same(k, value), "key byte \(i)")
        }
        for i in value.indices {
            var v = value
            v[i] ^= 0x80
            #expect(!same(key, v), "value byte \(i)")
        }
        #expect(!same(key, value + [0x41]))
        #expect(!same(key, Array(value.dropLast())))
        #expect(!same(key + [0], value))
    }
}
