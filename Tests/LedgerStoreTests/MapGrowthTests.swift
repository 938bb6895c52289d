import Foundation
import Ledger
import LedgerStore
import Testing

/// The map grows by itself: a ledger started with a 1 MiB map takes 120,000 events in
/// twelve batches, growing several times (each growth aborts the batch's transaction and
/// runs it again), and comes out whole. Growth to 5,000,000 events is measured by
/// `Tools/bench` (see the README's "Durability and faults"), not here.
@Suite struct MapGrowthTests {
    static let eventCount = 120_000
    static let batchCount = 12

    @Test func aLedgerStartedWithAOneMebibyteMapGrowsByItselfAndLosesNothing() throws {
        let path = NSTemporaryDirectory() + "taizhang-growth-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LedgerStore.create(at: path, zone: "测试区", initialMapSizeBytes: 1 << 20)
        #expect(store.environment.mapSizeBytes == 1 << 20)
        let events = SyntheticEvents.make(count: Self.eventCount, projectsMax: 4_000, seed: 20_210_410)
        let perBatch = Self.eventCount / Self.batchCount
        var sizes = [store.environment.mapSizeBytes]
        for b in 0..<Self.batchCount {
            let outcome = try store.land(Array(events[(b * perBatch)..<((b + 1) * perBatch)]), file: "growth-\(b).jsonl")
            #expect(outcome.eventsAppended == UInt64(perBatch))
            sizes.append(store.environment.mapSizeBytes)
        }
        // Each growth at most quadruples the map: 64 MiB from 1 MiB took three growths or more.
        #expect(sizes.last! >= 64 << 20, "map sizes after each batch: \(sizes)")
        #expect(Set(sizes).count >= 3, "the map grew in more than one batch: \(sizes)")
        #expect(sizes == sizes.sorted(), "the map never shrinks while open: \(sizes)")

        let report = try store.verify()
        #expect(report.ok, "\(report.failures)")
        #expect(report.head.sequence == UInt64(Self.eventCount))
        #expect(try store.allBatches().map(\.eventCount) == Array(repeating: UInt64(perBatch), count: Self.batchCount))

        // Opened again with the small map asked for, LMDB keeps at least what the data needs.
        let data = try FileManager.default.attributesOfItem(atPath: path + "/data.mdb")[.size] as! Int
        let reopened = try LedgerStore(path: path, readOnly: false, initialMapSizeBytes: 1 << 20)
        #expect(reopened.environment.mapSizeBytes >= data)
        #expect(try reopened.head().sequence == UInt64(Self.eventCount))
    }
}
