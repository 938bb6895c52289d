import Foundation
import Testing
import LMDB
@testable import LedgerStore

/// The end-of-import writes in key order (`SortedWrites`) and the day facts' key order (`DayFactOrder`).
@Suite struct SortedWritesTests {
    /// Keys that share their first sixteen bytes, differ only in length or trailing zeros, or only after byte 16.
    static let awkwardKeys: [[UInt8]] = {
        let long = [UInt8](repeating: 7, count: 16)
        return [[1], [1, 0], [1, 0, 0], [0], [255], [1, 1], long, long + [0], long + [1], long + [0, 5], long + [200],
                [7, 7, 7], [UInt8](repeating: 7, count: 15), [UInt8](repeating: 7, count: 17), [2] + [UInt8](repeating: 0, count: 20)]
    }()

    /// Every entry of `db`, in LMDB's order.
    static func contents(_ store: LedgerStore, _ db: Database) throws -> [[UInt8]: [UInt8]] {
        try store.reading { txn in
            try txn.withCursor(db) { cursor in
                var out: [[UInt8]: [UInt8]] = [:]
                var entry = try cursor.first()
                while let e = entry {
                    out[[UInt8](e.key)] = [UInt8](e.value)
                    entry = try cursor.next()
                }
                return out
            }
        }
    }

    @Test func writesLandInKeyOrderAndRepeatedKeysKeepTheOrderTheyWereMadeIn() throws {
        let store = try temporaryLedger()
        var model: [[UInt8]: [UInt8]] = [:]
        var writes = SortedWrites()
        // Each key written three times, interleaved with the others: put, delete or put again.
        for round in 0..<3 {
            for (i, key) in SortedWritesTests.awkwardKeys.enumerated().reversed() {
                if (i + round) % 3 == 1 {
                    writes.delete(key)
                    model[key] = nil
                } else {
                    let value = [UInt8(round), UInt8(i)]
                    writes.put(key, value)
                    model[key] = value
                }
            }
        }
        try store.writing { txn in try writes.apply(store.voids, txn) }
        #expect(try SortedWritesTests.contents(store, store.voids) == model)
    }

    @Test func distinctKeysAfterTheStoredOnesAreAppendedInByteOrder() throws {
        let store = try temporaryLedger()
        var first = SortedWrites()
        first.put([0], [9])
        try store.writing { txn in try first.apply(store.voids, txn) }
        // No deletes and every key after [0]: applied with MDB_APPEND, which fails on any key out of order.
        var writes = SortedWrites()
        let keys = SortedWritesTests.awkwardKeys.filter { $0 != [0] }
        for key in keys.shuffled() { writes.put(key, key.reversed()) }
        try store.writing { txn in try writes.apply(store.voids, txn) }
        var model = Dictionary(uniqueKeysWithValues: keys.map { ($0, [UInt8]($0.reversed())) })
        model[[0]] = [9]
        #expect(try SortedWritesTests.contents(store, store.voids) == model)
    }

    static func facts(dates: [UInt32], sequences: [UInt64]) -> [DayFact] {
        zip(dates, sequences).map { DayFact(date: $0, sequence: $1, kind: 1, amountFen: 0, voidedSequence: 0, project: "P\($0 % 7)") }
    }

    static func sortedByComparison(_ facts: [DayFact]) -> [UInt32] {
        facts.indices.sorted { DayFact.precedes(facts[$0], facts[$1]) }.map(UInt32.init)
    }

    @Test func dayFactsInSequenceOrderAreCountedIntoTheOrderAComparisonSortGives() {
        var generator = SystemRandomNumberGenerator()
        let dates = (0..<5000).map { _ in UInt32.random(in: 20_190_101...20_291_231, using: &generator) }
        let facts = SortedWritesTests.facts(dates: dates, sequences: (0..<5000).map { 100 + UInt64($0) * 3 })
        #expect(DayFactOrder.of(facts) == SortedWritesTests.sortedByComparison(facts))
        #expect(DayFactOrder.of([]) == [])
    }

    @Test func dayFactsOutOfSequenceOrderOrFarApartAreSortedByComparison() {
        let shuffled = SortedWritesTests.facts(dates: [20_210_105, 20_210_101, 20_210_105, 20_210_101], sequences: [9, 3, 2, 8])
        #expect(DayFactOrder.of(shuffled) == [1, 3, 2, 0])
        let farApart = SortedWritesTests.facts(dates: [99_991_231, 10_101, 99_991_231, 10_101], sequences: [1, 2, 3, 4])
        #expect(DayFactOrder.of(farApart) == [1, 3, 0, 2])
    }
}
