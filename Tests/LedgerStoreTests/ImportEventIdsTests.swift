import Foundation
import Testing
import Ledger
@testable import LedgerStore

/// The import's in-memory id table and the sorted write of `event_ids` it replaced a put per event with.
@Suite struct ImportEventIdsTests {
    /// Ids of many lengths, sharing long prefixes (the first eight bytes decide nothing), out of key order.
    static func shuffledIds(_ count: Int, tag: String) -> [String] {
        (0..<count).map { i in "\(tag)-LONGPREFIX-\((i * 7919) % count)" + String(repeating: "x", count: i % 13) }
    }

    @Test func everyIdIsFoundAtItsSequenceAndNoOtherIs() {
        var ids = ImportEventIds(firstSequence: 11)
        let names = ImportEventIdsTests.shuffledIds(5000, tag: "A")
        for (i, name) in names.enumerated() {
            #expect(ids.sequence(of: name) == nil)
            ids.insert(name, sequence: 11 + UInt64(i))
        }
        #expect(ids.count == 5000)
        for (i, name) in names.enumerated() { #expect(ids.sequence(of: name) == 11 + UInt64(i)) }
        for absent in ["", "A", "A-LONGPREFIX-", "B-LONGPREFIX-1", names[0] + "y", String(names[1].dropLast())] {
            #expect(ids.sequence(of: absent) == nil)
        }
    }

    @Test func idsInKeyOrderNeedNoTableUntilOneIsLookedUpOrAddedOutOfOrder() {
        var ids = ImportEventIds(firstSequence: 1)
        let ordered = (0..<3000).map { "E" + String(100_000 + $0) }
        for (i, name) in ordered.enumerated() {
            #expect(ids.sequence(of: name) == nil)
            ids.insert(name, sequence: 1 + UInt64(i))
        }
        // A repeat of an earlier id is out of order: it is found, and the table answers from then on.
        #expect(ids.sequence(of: ordered[1234]) == 1235)
        ids.insert("A-first-in-key-order", sequence: 3001)
        ids.insert("F-after-all", sequence: 3002)
        for (i, name) in (ordered + ["A-first-in-key-order", "F-after-all"]).enumerated() { #expect(ids.sequence(of: name) == 1 + UInt64(i)) }
        #expect(ids.sequence(of: "E099999") == nil)
        #expect(ids.sequence(of: "G") == nil)
    }

    @Test func idsOutOfKeyOrderAndAroundTheStoredOnesLandAtTheirSequences() throws {
        let store = try temporaryLedger()
        // Every first signing needs its project; one project per id keeps the ids the point.
        let first = ImportEventIdsTests.shuffledIds(600, tag: "M")
        try store.land(first.enumerated().map { try signed($1, "P\($0)", "2021-01-10", yi: 1) }, file: "a")
        // Ids that sort before, between and after the stored ones: no MDB_APPEND, sorted puts.
        let second = ImportEventIdsTests.shuffledIds(300, tag: "A") + ImportEventIdsTests.shuffledIds(300, tag: "Z") + ["M-LONGPREFIX-0-between"]
        let outcome = try store.land(second.enumerated().map { try signed($1, "Q\($0)", "2021-01-10", yi: 1) }, file: "b", recordedAt: "2021-04-11")
        #expect(outcome.eventsAppended == UInt64(second.count))
        for (i, id) in (first + second).enumerated() { #expect(try store.event(id: id)?.envelope.sequence == UInt64(i + 1)) }
        #expect(try store.event(id: "M-LONGPREFIX-0-betweenx") == nil)
        #expect(try store.verify().ok)
    }

    @Test func aRepeatWithinTheImportIsADuplicateAndAnAlteredOneAConflict() throws {
        let store = try temporaryLedger()
        let e1 = try signed("e1", "P1", "2021-01-10", yi: 5)
        let outcome = try store.land([e1, event("e2", .started, "P1", "2021-02-01"), e1])
        #expect(outcome.duplicates == 1)
        #expect(outcome.eventsAppended == 2)
        var changed = e1
        changed.amount = .yi(6)
        do {
            try store.land([try signed("f1", "P2", "2021-01-10", yi: 5), changed, try signed("f1", "P2", "2021-01-10", yi: 7)], file: "b", recordedAt: "2021-04-11")
            Issue.record("an id with other content, in the ledger or earlier in the import, is a conflict")
        } catch let e as StoreError {
            #expect(e.problems.map(\.code) == ["id_conflict", "id_conflict"])
            #expect(e.problems.map(\.line) == [2, 3])
        }
        #expect(try store.head().sequence == 2)
        #expect(try store.verify().ok)
    }
}
