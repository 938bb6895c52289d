import Foundation
import LMDB
import Ledger
@testable import LedgerStore
import Testing

/// Store-level regressions of issue 16: verify's way out, lengths that trapped, ids that could
/// be dropped, recorded times ahead of the clock, the edge of "as known at", and verify's reach.
@Suite struct ReliabilityStoreTests {
    struct Fault: Error {}

    /// Defect 1: when a check after the scan threw, verify returned while its hashing thread still
    /// read records of the ended transaction (and `backup` closed the copy's environment under it).
    @Test func verifyWaitsForItsHashingThreadWhenACheckThrows() throws {
        let store = try temporaryLedger()
        try store.land(SyntheticEvents.make(count: 20_000, projectsMax: 200, seed: 16))
        store.verifyProbe.fault = { throw Fault() }
        #expect(throws: Fault.self) { try store.verify() }
        let hashing = try #require(store.verifyProbe.lastHashing)
        #expect(hashing.isFinished, "verify returned while its hashing thread was still reading the transaction's records")
        store.verifyProbe.fault = nil
        #expect(try store.verify().ok)
    }

    /// A stored length of 2^31 or more made `EventView` trap in `Int32()` before its bounds check.
    @Test(arguments: [UInt32(0x8000_0000), 0xFFFF_FFFF, 0x7FFF_FFFF])
    func aStoredLengthBeyondTheRecordIsAnErrorNotATrap(_ length: UInt32) throws {
        var w = ByteWriter()
        EventCodec.encodeUnhashed(Event(id: "E1", kind: .signed, project: "P", date: BusinessDate(year: 2021, month: 1, day: 1)!,
                                        amount: .yi(1), name: "n"),
                                  sequence: 1, recordedAtMs: 0, batch: 1, sourceLine: 1, previousHash: EventCodec.genesisHash, into: &w)
        w.raw([UInt8](repeating: 0, count: 32))
        var bytes = w.bytes
        bytes.replaceSubrange(74..<78, with: withUnsafeBytes(of: length.bigEndian) { Array($0) })
        bytes.withUnsafeBytes { value in
            #expect(throws: CodecError.self) { _ = try EventView(value) }
        }
    }

    /// Defect 6: a row whose id was in `event_ids` but could not be read back was dropped
    /// without a problem (or, with a damaged value, trapped). The id's entry is now read in the
    /// same call that finds it taken, and a damaged one is a damaged ledger, never a lost row.
    @Test func aRowWhoseIdEntryIsDamagedIsAnErrorNotADroppedRow() throws {
        let store = try temporaryLedger()
        try store.land([signed("E1", "P1", "2021-01-05", yi: 2)])
        try store.environment.write { txn in
            let ids = try txn.openDatabase("event_ids")
            try txn.put(ids, key: Array("E1".utf8), value: [1, 2, 3])
        }
        let again = try [signed("E1", "P1", "2021-01-05", yi: 2), event("E2", .started, "P1", "2021-02-01")]
        #expect { try store.land(again, file: "again.jsonl") } throws: { ($0 as? StoreError)?.code == .corrupt }
        #expect(try store.head().sequence == 1)
        // An id taken by a different event is a conflict, reported, never dropped.
        let store2 = try temporaryLedger()
        try store2.land([signed("E1", "P1", "2021-01-05", yi: 2)])
        #expect { try store2.land([signed("E1", "P1", "2021-01-05", yi: 3)], file: "b.jsonl") } throws: {
            ($0 as? StoreError)?.problems.map(\.code) == ["id_conflict"]
        }
    }

    /// Defect 5: a recorded time more than a day ahead of the clock is refused unless allowed.
    @Test func aRecordedTimeAheadOfTheClockIsRefusedUnlessAllowed() throws {
        let store = try temporaryLedger()
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        let source = BatchSource(fileName: "f", sha256: ChainHash.sha256(Array("f".utf8)), encoding: "UTF-8")
        func land(aheadMs: Int64, allowed: Bool) throws {
            var options = ImportOptions(recordedAtMs: nowMs + aheadMs, operatorName: "t")
            options.futureRecordedTimeAllowed = allowed
            _ = try store.importBatches(sources: [source], options: options) { _, sink in
                try sink(.event(signed("E1", "P1", "2021-01-05", yi: 2), line: 1))
            }
        }
        #expect { try land(aheadMs: Limits.recordedTimeAheadMsMax + 60_000, allowed: false) } throws: {
            ($0 as? StoreError)?.code == .recordedTimeAhead
        }
        #expect(try store.head().sequence == 0)
        try land(aheadMs: Limits.recordedTimeAheadMsMax + 60_000, allowed: true)
        #expect(try store.head().sequence == 1)
    }

    /// Blind spot: "as known at T" takes an event recorded exactly at T (`>` on the recorded time, not `>=`).
    @Test func eventsRecordedExactlyAtTAreKnownAtT() throws {
        let store = try temporaryLedger()
        try store.land([signed("E1", "P1", "2021-01-05", yi: 2)], file: "a", recordedAt: "2021-01-05T09:00:00+08:00")
        try store.land([event("E2", .started, "P1", "2021-03-01")], file: "b", recordedAt: "2021-04-10T17:00:00+08:00")
        let t = try #require(Timestamp.parse("2021-04-10T17:00:00+08:00"))
        let atT = try store.activeEvents(ofProject: "P1", filter: FoldFilter(knownAtMs: t))
        #expect(atT.map(\.event.id) == ["E1", "E2"])
        #expect(try store.activeEvents(ofProject: "P1", filter: FoldFilter(knownAtMs: t - 1)).map(\.event.id) == ["E1"])
        #expect(try store.fold(FoldFilter(knownAtMs: t))["P1"]?.startedDate != nil)
        #expect(try store.fold(FoldFilter(knownAtMs: t - 1))["P1"]?.startedDate == nil)
    }

    /// A named database added to the ledger must get a check in verify (the province's Merkle nodes next).
    @Test func verifyHasACheckForEveryNamedDatabase() {
        #expect(LedgerStore.verifiedDatabases == LedgerStore.databaseNames)
    }

    /// An empty ledger's meta is format, zone and created_at_ms only, and it verifies.
    @Test func anEmptyLedgerVerifiesWithItsDocumentedMeta() throws {
        let store = try temporaryLedger()
        let report = try store.verify()
        #expect(report.ok, "\(report.failures)")
        var keys: [String] = []
        try store.reading { txn in
            try txn.withCursor(store.meta) { c in
                var e = try c.first()
                while let entry = e { keys.append(String(decoding: entry.key, as: UTF8.self)); e = try c.next() }
            }
        }
        #expect(keys == ["created_at_ms", "format", "zone"])
    }
}
