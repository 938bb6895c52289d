import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing

/// The Merkle tree kept as the log grows: the same tree heads and proofs as the log's leaves
/// give, after batches of every size, for ledgers that gain it late, and `verify` catches an
/// altered node.
@Suite struct MerkleNodesTests {
    /// A ledger of `sizes.reduce(+)` signings landed in batches of the given sizes.
    static func ledger(batchSizes sizes: [Int]) throws -> LedgerStore {
        let store = try temporaryLedger()
        var n = 0
        for (b, size) in sizes.enumerated() {
            let events = try (0..<size).map { i in try signed("e\(n + i)", "P\(n + i)", "2021-01-10", yi: 1) }
            try store.land(events, file: "b\(b).jsonl", recordedAt: "2021-04-\(10 + b)T17:00:00+08:00")
            n += size
        }
        return store
    }

    @Test(arguments: [[1], [2, 1], [3, 4, 1, 8], [5, 11, 1, 1, 17], [33]])
    func everyPrefixHasTheTreeHeadAndProofsOfTheLeaves(_ sizes: [Int]) throws {
        let store = try Self.ledger(batchSizes: sizes)
        let log = try store.leaves()
        let total = UInt64(log.hashes.count)
        #expect(try store.storedDigest() == log.digest)
        for size in UInt64(0)...total {
            #expect(try store.storedDigest(at: size) == store.digest(at: size), "size \(size)")
            for index in UInt64(0)..<size {
                let stored = try #require(try store.storedInclusionPath(index: index, treeSize: size))
                #expect(stored == Merkle.inclusionPath(index: Int(index), leaves: Array(log.hashes.prefix(Int(size)))))
            }
            if size > 0 {
                for old in UInt64(1)...size {
                    let stored = try #require(try store.storedConsistency(oldSize: old, treeSize: size))
                    let leaves = Array(log.hashes.prefix(Int(size)))
                    #expect(stored.oldHead == Merkle.root(leaves, 0..<Int(old)))
                    #expect(stored.path == Merkle.consistencyPath(oldSize: Int(old), leaves: leaves))
                }
            }
        }
        #expect(try store.verify().ok)
    }

    @Test func aLedgerWithoutTheTreeGainsItOnItsNextWriteWithTheSameHeads() throws {
        let store = try Self.ledger(batchSizes: [7, 6])
        let before = try store.digest()
        let path = store.path
        try Self.forgetTree(path)
        let readOnly = try LedgerStore(path: path, readOnly: true)
        #expect(try readOnly.storedDigest() == nil, "no nodes: the caller streams the log")
        #expect(try readOnly.verify().ok)
        let writable = try LedgerStore(path: path, readOnly: false)
        try writable.land([signed("late", "PL", "2021-03-01", yi: 2)], file: "late.jsonl", recordedAt: "2021-05-01T17:00:00+08:00")
        #expect(try writable.storedDigest(at: 13) == before)
        #expect(try writable.storedDigest() == writable.digest())
        #expect(try writable.verify().ok)
    }

    @Test func rebuildBuildsTheTreeOfALedgerWithoutIt() throws {
        let store = try Self.ledger(batchSizes: [9])
        let before = try store.digest()
        try Self.forgetTree(store.path)
        let writable = try LedgerStore(path: store.path, readOnly: false)
        #expect(try writable.storedDigest() == nil)
        _ = try writable.rebuild()
        #expect(try writable.storedDigest() == before)
    }

    @Test func verifyCatchesAnAlteredNodeAndAWrongFrontier() throws {
        let store = try Self.ledger(batchSizes: [6, 5])
        let path = store.path
        try Self.rawWrite(path) { txn, nodes, _ in
            var value = try #require(try txn.get(nodes, key: Self.key(3)))
            value[7] ^= 0x80
            try txn.put(nodes, key: Self.key(3), value: value)
        }
        let report = try LedgerStore(path: path, readOnly: true).verify()
        #expect(!report.ok)
        #expect(report.failures.contains { $0.contains("merkle_nodes") && $0.contains("3") && $0.contains("recomputed") }, "\(report.failures)")

        let other = try Self.ledger(batchSizes: [6, 5])
        try Self.rawWrite(other.path) { txn, _, meta in
            var frontier = try #require(try txn.get(meta, key: Array("merkle_frontier".utf8)))
            frontier[0] ^= 0x01
            try txn.put(meta, key: Array("merkle_frontier".utf8), value: frontier)
        }
        let second = try LedgerStore(path: other.path, readOnly: true).verify()
        #expect(second.failures.contains { $0.contains("merkle_frontier") }, "\(second.failures)")
    }

    static func key(_ n: UInt64) -> [UInt8] { withUnsafeBytes(of: n.bigEndian) { Array($0) } }

    /// Writes with raw LMDB calls, behind the store's back.
    static func rawWrite(_ path: String, _ body: (borrowing Transaction, Database, Database) throws -> Void) throws {
        let env = try Environment(path: path)
        let dbs = try env.openDatabases([("merkle_nodes", []), ("meta", [])], create: false)
        try env.write { txn in try body(txn, dbs[0], dbs[1]) }
    }

    /// Makes the ledger look as one written before the tree was kept: no `merkle_nodes`, no frontier.
    static func forgetTree(_ path: String) throws {
        let env = try Environment(path: path)
        let dbs = try env.openDatabases([("merkle_nodes", []), ("meta", [])], create: false)
        try env.write { txn in
            try txn.drop(dbs[0])
            _ = try txn.delete(dbs[1], key: Array("merkle_size".utf8))
            _ = try txn.delete(dbs[1], key: Array("merkle_frontier".utf8))
        }
    }
}
