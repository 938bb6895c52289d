public import Ledger

/// A proof an auditor checks without the ledger: that an event is in the log a tree head
/// stands for (inclusion), or that the log a tree head stands for extends an older one
/// (consistency). The README's "Proof files" is the spec of its JSON form.
public struct AuditProof: Sendable {
    public static let format = "taizhang-proof/1"

    public enum Kind: String, Sendable { case inclusion, consistency }

    public var kind: Kind
    /// The tree the proof is against: its size (= the last sequence) and head.
    public var treeSize: UInt64
    public var treeHead: MerkleHash
    /// The chain hash and recorded time of event `treeSize`: the rest of that digest, for people.
    public var headHash: [UInt8] = []
    public var headRecordedAtMs: Int64 = 0
    /// Inclusion: the leaf's 0-based index (sequence − 1) and its data, the event's stored value.
    public var leafIndex: UInt64 = 0
    public var leafData: [UInt8] = []
    /// Consistency: the older tree.
    public var oldTreeSize: UInt64 = 0
    public var oldTreeHead: MerkleHash = Merkle.emptyRoot
    /// RFC 6962 PATH (inclusion) or PROOF (consistency), in the RFC's order.
    public var path: [MerkleHash]

    public init(inclusionOf leafIndex: UInt64, leafData: [UInt8], in digest: LedgerDigest, path: [MerkleHash]) {
        kind = .inclusion
        treeSize = digest.sequence
        treeHead = digest.treeHead
        headHash = digest.hash
        headRecordedAtMs = digest.recordedAtMs
        self.leafIndex = leafIndex
        self.leafData = leafData
        self.path = path
    }

    public init(consistencyFrom oldSize: UInt64, oldHead: MerkleHash, to digest: LedgerDigest, path: [MerkleHash]) {
        kind = .consistency
        treeSize = digest.sequence
        treeHead = digest.treeHead
        headHash = digest.hash
        headRecordedAtMs = digest.recordedAtMs
        oldTreeSize = oldSize
        oldTreeHead = oldHead
        self.path = path
    }

    /// The event the leaf data holds, when it decodes.
    public var event: RecordedEvent? { kind == .inclusion ? try? EventCodec.decode(leafData) : nil }
}

/// What checking a proof found, as one line.
public struct ProofCheck: Sendable {
    public var ok: Bool
    public var message: String

    public init(ok: Bool, message: String) {
        self.ok = ok
        self.message = message
    }
}

extension AuditProof {
    /// Checks the proof on its own: the leaf is a well-formed event record whose sequence is
    /// its place, and the path leads to the tree head (or from the old head to the new one).
    /// With `trusted`, the tree head must also be the one the auditor kept for that size.
    public func check(trusted: (size: UInt64, treeHead: MerkleHash)? = nil) -> ProofCheck {
        func failed(_ why: String) -> ProofCheck { ProofCheck(ok: false, message: "proof FAILED: \(why)") }
        if let trusted {
            let trees = kind == .inclusion ? [(treeSize, treeHead)] : [(oldTreeSize, oldTreeHead), (treeSize, treeHead)]
            guard let tree = trees.first(where: { $0.0 == trusted.size }) else {
                return failed("the proof is about a tree of \(trees.map { String($0.0) }.joined(separator: " and ")) events, not of the \(trusted.size) given")
            }
            if tree.1 != trusted.treeHead {
                return failed("the proof's tree head of \(tree.0) events is \(tree.1.hex), not the \(trusted.treeHead.hex) given")
            }
        }
        switch kind {
        case .inclusion: return checkInclusion(failed)
        case .consistency: return checkConsistency(failed)
        }
    }

    private func checkInclusion(_ failed: (String) -> ProofCheck) -> ProofCheck {
        let leaf = Merkle.leafHash(leafData)
        guard leafData.count > 64 else { return failed("leaf_data is \(leafData.count) bytes, too short for an event record") }
        let chainHash = ChainHash.sha256(Array(leafData.dropLast(32)))
        if !leafData.suffix(32).elementsEqual(chainHash) {
            return failed("the event record's hash is not the SHA-256 of its bytes: the record was altered")
        }
        guard let event = try? EventCodec.decode(leafData) else { return failed("leaf_data does not decode as an event record") }
        if event.sequence != leafIndex + 1 {
            return failed("the event record says sequence \(event.sequence), the proof places it at leaf \(leafIndex) (sequence \(leafIndex + 1))")
        }
        if event.sequence == treeSize && !headHash.isEmpty && headHash != event.envelope.hash {
            return failed("the proven event is the tree's last, but its hash is not the head hash")
        }
        guard Merkle.verifyInclusion(leaf: leaf, index: leafIndex, treeSize: treeSize, path: path, root: treeHead) else {
            return failed("the audit path of sequence \(event.sequence) does not lead to tree head \(treeHead.hex) of \(treeSize) events")
        }
        return ProofCheck(ok: true, message: "proof OK: event \(event.sequence) (\(event.event.id), \(event.event.kind.name) \(event.event.project)) is in the log of \(treeSize) events with tree head \(treeHead.hex)")
    }

    private func checkConsistency(_ failed: (String) -> ProofCheck) -> ProofCheck {
        if oldTreeSize == 0 { return failed("old_tree_size is 0: every log extends the empty one, there is nothing to prove") }
        if oldTreeSize > treeSize { return failed("the old tree (\(oldTreeSize)) is larger than the new one (\(treeSize))") }
        guard Merkle.verifyConsistency(oldSize: oldTreeSize, newSize: treeSize, oldRoot: oldTreeHead, newRoot: treeHead, path: path) else {
            return failed("the log of \(treeSize) events with tree head \(treeHead.hex) does not extend the one of \(oldTreeSize) with tree head \(oldTreeHead.hex)")
        }
        return ProofCheck(ok: true, message: "proof OK: the log of \(treeSize) events (tree head \(treeHead.hex)) extends the log of \(oldTreeSize) events (tree head \(oldTreeHead.hex)): history was only appended to")
    }
}
