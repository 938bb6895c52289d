internal import LedgerStore

/// Where a proof's hashes come from: the tree kept with the log (O(log n) reads), else every
/// leaf of the log (a ledger that has not gained the stored tree yet).
struct ProofSource {
    var digest: LedgerDigest
    /// PATH of a leaf index in the tree of `digest`.
    var inclusion: (UInt64) throws -> [MerkleHash]
    /// MTH of the first `oldSize` leaves and PROOF(oldSize) to the tree of `digest`.
    var consistency: (UInt64) throws -> (MerkleHash, [MerkleHash])

    /// The stored tree at `sequence` (nil: the head); nil when the ledger has no nodes yet.
    static func stored(_ store: LedgerStore, at sequence: UInt64?) throws -> ProofSource? {
        guard let digest = try store.storedDigest(at: sequence) else { return nil }
        let size = digest.sequence
        func uncovered() -> StoreError { StoreError(.corrupt, .merkleUncovered, ["size": String(size)], path: store.path) }
        return ProofSource(
            digest: digest,
            inclusion: { index in
                guard let path = try store.storedInclusionPath(index: index, treeSize: size) else { throw uncovered() }
                return path
            },
            consistency: { oldSize in
                guard let c = try store.storedConsistency(oldSize: oldSize, treeSize: size) else { throw uncovered() }
                return c
            })
    }

    static func log(_ log: LogLeaves) -> ProofSource {
        ProofSource(
            digest: log.digest,
            inclusion: { Merkle.inclusionPath(index: Int($0), leaves: log.hashes) },
            consistency: { (Merkle.root(log.hashes, 0..<Int($0)), Merkle.consistencyPath(oldSize: Int($0), leaves: log.hashes)) })
    }
}
