public import Catalogue
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
        self.init(.inclusion, digest, path)
        self.leafIndex = leafIndex
        self.leafData = leafData
    }

    public init(consistencyFrom oldSize: UInt64, oldHead: MerkleHash, to digest: LedgerDigest, path: [MerkleHash]) {
        self.init(.consistency, digest, path)
        oldTreeSize = oldSize
        oldTreeHead = oldHead
    }

    /// A proof of either kind against `digest`'s tree, its head event named for people.
    private init(_ kind: Kind, _ digest: LedgerDigest, _ path: [MerkleHash]) {
        self.kind = kind
        treeSize = digest.sequence
        treeHead = digest.treeHead
        headHash = digest.hash
        headRecordedAtMs = digest.recordedAtMs
        self.path = path
    }

    /// The event the leaf data holds, when it decodes.
    public var event: RecordedEvent? { kind == .inclusion ? try? EventCodec.decode(leafData) : nil }
}

/// What checking a proof found, as one line.
public struct ProofCheck: Sendable {
    public var ok: Bool
    /// The verdict: `inclusionOK`, `consistencyOK` or `failed`.
    public var phrase: ProofText
    /// For `failed`: why.
    public var why: ProofText?
    public var arguments: [String: String]

    public init(ok: Bool, _ phrase: ProofText, why: ProofText? = nil, _ arguments: [String: String] = [:]) {
        self.ok = ok
        self.phrase = phrase
        self.why = why
        self.arguments = arguments
    }

    /// A failed check: `proof FAILED` and why.
    static func failed(_ why: ProofText, _ arguments: [String: String] = [:]) -> ProofCheck {
        ProofCheck(ok: false, .failed, why: why, arguments)
    }

    /// A proof file whose `field` is missing or malformed.
    public static func malformed(field: String) -> ProofCheck { .failed(.malformed, ["field": field]) }

    /// The verdict in one line, in `language`.
    public func message(_ language: Language) -> String {
        guard let why else { return phrase.phrase.text(language, filling: arguments) }
        return phrase.phrase.text(language, filling: ["why": why.phrase.text(language, filling: arguments)])
    }
}

extension AuditProof {
    /// Checks the proof on its own: the leaf is a well-formed event record whose sequence is
    /// its place, and the path leads to the tree head (or from the old head to the new one).
    /// With `trusted`, the tree head must also be the one the auditor kept for that size.
    public func check(trusted: (size: UInt64, treeHead: MerkleHash)? = nil) -> ProofCheck {
        if let trusted {
            let trees = kind == .inclusion ? [(treeSize, treeHead)] : [(oldTreeSize, oldTreeHead), (treeSize, treeHead)]
            guard let tree = trees.first(where: { $0.0 == trusted.size }) else {
                return .failed(.trustedSize, ["sizes": trees.map { String($0.0) }.joined(separator: ", "), "given": String(trusted.size)])
            }
            if tree.1 != trusted.treeHead {
                return .failed(.trustedHead, ["size": String(tree.0), "head": tree.1.hex, "given": trusted.treeHead.hex])
            }
        }
        switch kind {
        case .inclusion: return checkInclusion()
        case .consistency: return checkConsistency()
        }
    }

    private func checkInclusion() -> ProofCheck {
        let leaf = Merkle.leafHash(leafData)
        guard leafData.count > 64 else { return .failed(.leafShort, ["count": String(leafData.count)]) }
        let chainHash = ChainHash.sha256(Array(leafData.dropLast(32)))
        if !leafData.suffix(32).elementsEqual(chainHash) {
            return .failed(.leafAltered)
        }
        guard let event = try? EventCodec.decode(leafData) else { return .failed(.leafUndecodable) }
        if event.sequence != leafIndex + 1 {
            return .failed(.leafPlace, ["sequence": String(event.sequence), "leaf": String(leafIndex), "placed": String(leafIndex + 1)])
        }
        if event.sequence == treeSize && !headHash.isEmpty && headHash != event.envelope.hash {
            return .failed(.lastNotHead)
        }
        guard Merkle.verifyInclusion(leaf: leaf, index: leafIndex, treeSize: treeSize, path: path, root: treeHead) else {
            return .failed(.pathWrong, ["sequence": String(event.sequence), "head": treeHead.hex, "size": String(treeSize)])
        }
        return ProofCheck(ok: true, .inclusionOK, ["sequence": String(event.sequence), "id": event.event.id, "kind": event.event.kind.name,
                                                   "project": event.event.project, "size": String(treeSize), "head": treeHead.hex])
    }

    private func checkConsistency() -> ProofCheck {
        if oldTreeSize == 0 { return .failed(.oldEmpty) }
        if oldTreeSize > treeSize { return .failed(.oldLarger, ["old": String(oldTreeSize), "size": String(treeSize)]) }
        guard Merkle.verifyConsistency(oldSize: oldTreeSize, newSize: treeSize, oldRoot: oldTreeHead, newRoot: treeHead, path: path) else {
            return .failed(.notExtending, ["size": String(treeSize), "head": treeHead.hex, "old": String(oldTreeSize), "oldHead": oldTreeHead.hex])
        }
        return ProofCheck(ok: true, .consistencyOK, ["size": String(treeSize), "head": treeHead.hex, "old": String(oldTreeSize), "oldHead": oldTreeHead.hex])
    }
}
