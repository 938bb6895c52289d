import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing

@Suite struct ChainTests {
    let events: [Event]

    init() throws {
        events = try [
            signed("e1", "P1", "2021-01-10", yi: 25),
            signed("e2", "P2", "2021-02-01", yi: 3),
            event("e3", .started, "P1", "2021-02-15"),
            event("e4", .disbursed, "P1", "2021-03-01", fen: Money.yi(2).fen),
        ]
    }

    @Test func eachHashIsSHA256OfThePreviousHashAndTheBody() throws {
        let store = try temporaryLedger()
        try store.land(events)
        var previous = EventCodec.genesisHash
        var count = 0
        try store.forEachEvent { r in
            var w = ByteWriter()
            EventCodec.encodeUnhashed(r.event, sequence: r.sequence, recordedAtMs: r.envelope.recordedAtMs, batch: r.envelope.batch,
                                      sourceLine: r.envelope.sourceLine, previousHash: previous, into: &w)
            #expect(r.envelope.previousHash == previous)
            #expect(r.envelope.hash == ChainHash.sha256(w.bytes))
            previous = r.envelope.hash
            count += 1
            return true
        }
        #expect(count == 4)
        let head = try store.head()
        #expect(head.sequence == 4)
        #expect(head.hash == previous)
    }

    @Test func theSameEventsAndRecordedTimeGiveTheSameDigest() throws {
        let a = try temporaryLedger(), b = try temporaryLedger(zone: "another zone")
        try a.land(events)
        try b.land(events)
        #expect(try a.head() == b.head())
        let c = try temporaryLedger()
        try c.land(events, recordedAt: "2021-04-10T17:00:01+08:00")
        #expect(try c.head().hash != a.head().hash)
    }

    @Test func sequencesAreDenseFromOneAcrossBatches() throws {
        let store = try temporaryLedger()
        try store.land(Array(events.prefix(2)), file: "a")
        try store.land(Array(events.suffix(2)), file: "b", recordedAt: "2021-04-11")
        var sequences: [UInt64] = []
        try store.forEachEvent { sequences.append($0.sequence); return true }
        #expect(sequences == [1, 2, 3, 4])
        #expect(try store.allBatches().map(\.firstSequence) == [1, 3])
        #expect(try store.verify().ok)
    }

    @Test func aFlippedByteIsNamedByItsSequence() throws {
        let store = try temporaryLedger()
        try store.land(events)
        let path = store.path
        let env = try Environment(path: path)
        let db = try env.openDatabases([("events", [])], create: false)[0]
        try env.write { txn in
            var value = try #require(try txn.get(db, key: UInt64(3).bigEndianBytes))
            value[50] ^= 0x01
            try txn.put(db, key: UInt64(3).bigEndianBytes, value: value)
        }
        let reopened = try LedgerStore(path: path, readOnly: true)
        let report = try reopened.verify()
        #expect(!report.ok)
        #expect(report.firstBadSequence == 3)
    }

    @Test func recordedTimeNeverGoesBackwards() throws {
        let store = try temporaryLedger()
        try store.land(Array(events.prefix(2)), recordedAt: "2021-04-10T17:00:00+08:00")
        do {
            try store.land(Array(events.suffix(2)), file: "late", recordedAt: "2021-04-01T00:00:00+08:00")
            Issue.record("a batch recorded before the head must be refused")
        } catch let e as StoreError {
            #expect(e.code == .recordedTimeBeforeHead)
        }
        #expect(try store.head().sequence == 2)
    }
}
