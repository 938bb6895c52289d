import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing

/// The Merkle tree over a ledger's log: leaves are the stored values, digests of prefixes,
/// proofs through their JSON form, and the chain checked while the tree head is computed.
@Suite struct LogMerkleTests {
    static func batches() throws -> [[Event]] { try [
        [signed("e1", "P1", "2021-01-10", yi: 25), signed("e2", "P2", "2021-02-01", yi: 3)],
        [event("e3", .started, "P1", "2021-02-15"), event("e4", .disbursed, "P1", "2021-03-01", fen: Money.yi(2).fen),
         signed("e5", "P3", "2021-03-02", yi: 60)],
        [event("e6", .void, "P1", "2021-03-05", ref: "e4"), event("e7", .commissioned, "P1", "2021-06-30")],
    ] }

    static func ledger(batches: Int = 3) throws -> LedgerStore {
        let store = try temporaryLedger()
        for (i, events) in try Self.batches().prefix(batches).enumerated() {
            try store.land(events, file: "b\(i).jsonl", recordedAt: "2021-0\(i + 4)-10T17:00:00+08:00")
        }
        return store
    }

    @Test func eachLeafIsTheStoredValueAndEachPrefixHasItsTreeHead() throws {
        let store = try Self.ledger()
        var leaves: [MerkleHash] = []
        for s in UInt64(1)...7 {
            let value = try #require(try store.storedValue(at: s))
            #expect(Merkle.leafHash(value).bytes == ChainHash.sha256([0x00] + value))
            leaves.append(Merkle.leafHash(value))
        }
        #expect(try store.digest(at: 0) == .empty)
        for s in 1...7 {
            let digest = try store.digest(at: UInt64(s))
            #expect(digest.treeHead == Merkle.root(Array(leaves.prefix(s))))
            #expect(digest.hash == Array(try #require(try store.storedValue(at: UInt64(s))).suffix(32)))
        }
        let head = try store.digest()
        let stored = try store.head()
        #expect(head.sequence == 7)
        #expect(head.hash == stored.hash)
        #expect(head.recordedAtMs == Timestamp.parse("2021-06-10T17:00:00+08:00"))
        #expect(try store.leaves().hashes == leaves)
        #expect(try store.leaves(through: 5).digest == store.digest(at: 5))
        #expect(throws: StoreError.self) { try store.digest(at: 8) }
    }

    @Test func aShorterLedgerHasTheDigestTheLongerOneHadThen() throws {
        let short = try Self.ledger(batches: 2), long = try Self.ledger()
        #expect(try long.digest(at: 5) == short.digest())
    }

    @Test func proofsRoundTripThroughTheirJSONAndCheck() throws {
        let store = try Self.ledger()
        let log = try store.leaves()
        for s in UInt64(1)...7 {
            let proof = AuditProof(inclusionOf: s - 1, leafData: try #require(try store.storedValue(at: s)), in: log.digest,
                                   path: Merkle.inclusionPath(index: Int(s - 1), leaves: log.hashes))
            let read = try AuditProof(jsonObject: Self.viaJSON(proof.jsonObject))
            #expect(read.check(trusted: (7, log.digest.treeHead)).ok, "\(s)")
            #expect(read.event?.event.id == "e\(s)")
            #expect(!read.check(trusted: (6, log.digest.treeHead)).ok)
        }
        let old = try store.digest(at: 2)
        let consistency = AuditProof(consistencyFrom: 2, oldHead: old.treeHead, to: log.digest,
                                     path: Merkle.consistencyPath(oldSize: 2, leaves: log.hashes))
        let read = try AuditProof(jsonObject: Self.viaJSON(consistency.jsonObject))
        #expect(read.check(trusted: (2, old.treeHead)).ok)
        #expect(read.check(trusted: (7, log.digest.treeHead)).ok)
        var other = read
        other.oldTreeHead = log.digest.treeHead
        #expect(!other.check().ok)
        #expect(throws: ProofFormatError.self) { try AuditProof(jsonObject: ["format": "taizhang-proof/2"]) }
    }

    @Test func theTreeHeadIsNotComputedOverABrokenChain() throws {
        let store = try Self.ledger()
        let events = try store.environment.openDatabases([("events", [])], create: false)[0]
        try store.environment.write { txn in
            let key = withUnsafeBytes(of: UInt64(3).bigEndian) { Array($0) }
            var value = try #require(try txn.get(events, key: key))
            value[60] ^= 0x80
            try txn.put(events, key: key, value: value)
        }
        #expect(try store.digest(at: 2).sequence == 2)
        let error = try #require(throws: StoreError.self) { try store.digest() }
        #expect(error.code == .corrupt && error.message.hasPrefix("sequence 3:"))
    }

    static func viaJSON(_ object: [String: Any]) throws -> [String: Any] {
        let data = try JSONSerialization.data(withJSONObject: object)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
