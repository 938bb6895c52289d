public import LedgerStore
internal import Foundation

/// An offline witness (C2SP tlog-witness semantics, files in and out): cosigns a zone's
/// checkpoint only when it extends the last one it cosigned for that origin.
public struct Witness {
    public let key: NoteSigner
    public let state: WitnessState
    /// POSIX seconds for the cosignature's timestamp.
    public var now: () -> UInt64 = { UInt64(Date().timeIntervalSince1970) }

    public init(key: NoteSigner, state: WitnessState) {
        self.key = key
        self.state = state
    }

    /// Checks `signed` against the zone's key and the consistency `proof` from the last
    /// checkpoint cosigned for its origin, records it, and returns it with the cosignature added.
    ///
    /// Throws `.badSignature` when the zone's signature is missing or wrong, and `.inconsistent`
    /// for a checkpoint of the same size with another root (a split view), a smaller one, or
    /// one the proof does not lead to from the recorded tree; the state is then left as it was.
    public func cosign(_ signed: SignedCheckpoint, zoneKey: NoteVerifier, proof: AuditProof?) throws -> SignedCheckpoint {
        do { try signed.verify(zoneKey) } catch let e as TransparencyError where e.code == .badSignature {
            throw WitnessRefusal(.badSignature, origin: signed.checkpoint.origin, size: signed.checkpoint.size, detail: e.message)
        }
        let new = signed.checkpoint
        if new.size == 0 && new.rootHash != Merkle.emptyRoot {
            throw WitnessRefusal(.splitView, origin: new.origin, size: 0, detail: "a checkpoint of size 0 must have the empty tree's root hash")
        }
        return try state.update(origin: new.origin) { last in
            if let last { try Witness.checkExtends(new, last: last, proof: proof) }
            var cosigned = signed
            try cosigned.note.cosign(with: key, timestampSeconds: now())
            return ((new.size, new.rootHash), cosigned)
        }
    }

    static func checkExtends(_ new: Checkpoint, last: (size: UInt64, root: MerkleHash), proof: AuditProof?) throws {
        if new.size == last.size {
            guard new.rootHash == last.root else {
                throw WitnessRefusal(.splitView, origin: new.origin, size: new.size, old: last.size,
                                     detail: "root \(new.rootHash.hex), but the witness cosigned \(last.root.hex) for that size")
            }
            return
        }
        guard new.size > last.size else {
            throw WitnessRefusal(.notExtending, origin: new.origin, size: new.size, old: last.size, detail: "smaller than the cosigned one")
        }
        guard last.size > 0 else { return }
        guard let proof, proof.kind == .consistency else {
            throw WitnessRefusal(.needsProof, origin: new.origin, size: new.size, old: last.size, detail: "taizhang prove --from \(last.size):\(last.root.hex)")
        }
        guard proof.oldTreeSize == last.size, proof.treeSize == new.size, proof.treeHead == new.rootHash,
              Merkle.verifyConsistency(oldSize: last.size, newSize: new.size, oldRoot: last.root, newRoot: new.rootHash, path: proof.path) else {
            throw WitnessRefusal(.notExtending, origin: new.origin, size: new.size, old: last.size, detail: "the proof does not lead from the cosigned tree to this one")
        }
    }
}

/// Why a witness refused to cosign: the state is left as it was.
public struct WitnessRefusal: Error, Sendable, CustomStringConvertible {
    public enum Reason: String, Sendable { case badSignature, splitView, notExtending, needsProof }

    public var reason: Reason
    public var origin: String
    public var size: UInt64
    /// The size of the last checkpoint cosigned for the origin.
    public var old: UInt64
    public var detail: String

    public init(_ reason: Reason, origin: String, size: UInt64, old: UInt64 = 0, detail: String) {
        self.reason = reason
        self.origin = origin
        self.size = size
        self.old = old
        self.detail = detail
    }

    public var description: String { "\(reason.rawValue): \(origin) size \(size) (cosigned \(old)): \(detail)" }
}
