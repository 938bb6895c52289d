public import LedgerStore
internal import Foundation

/// A tree an auditor kept: its size and head, as `SEQ:TREE_HEAD` from a digest line.
public struct KeptTree: Sendable, Equatable {
    public var size: UInt64
    public var treeHead: MerkleHash

    public init(size: UInt64, treeHead: MerkleHash) {
        self.size = size
        self.treeHead = treeHead
    }

    /// Reads `SEQ:TREE_HEAD` (or `SEQ TREE_HEAD`), as an auditor copies it from a digest line.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == " " })
        guard parts.count == 2, let size = UInt64(parts[0]), let head = MerkleHash(hex: String(parts[1])) else { return nil }
        self.init(size: size, treeHead: head)
    }
}

/// What a proof is to show.
public enum ProofRequest: Sendable {
    /// That the event (an id, or a sequence number) is in the log.
    case inclusion(event: String)
    /// That the log extends the older tree.
    case consistency(from: KeptTree)
}

/// What `rebuild` did.
public struct RebuildResult: Sendable {
    /// True when the stored projections were equal to the rebuilt ones.
    public var equal: Bool
    public var projects: Int
    public var events: UInt64
}

extension LedgerService {
    /// Recomputes the chain, every index and every projection.
    public func verify() throws -> VerifyReport { try open(readOnly: true).verify() }

    /// The digest at the head: from the Merkle tree kept with the log (O(1)), else (a ledger
    /// that has not gained it yet) by streaming the log, the chain checked on the way.
    public func digest() throws -> LedgerDigest {
        let store = try open(readOnly: true)
        return try store.storedDigest() ?? store.digest()
    }

    /// Recomputes every projection from the log alone and stores it.
    public func rebuild() throws -> RebuildResult {
        let r = try open(readOnly: false).rebuild()
        return RebuildResult(equal: r.equal, projects: r.projects, events: r.events)
    }

    /// Copies the ledger into a new or empty folder and verifies the copy.
    public func backup(to folder: String) throws -> BackupResult { try open(readOnly: true).backup(to: folder) }

    /// A Merkle proof against the digest at `digestAt` (nil: the head), its hashes read from the
    /// tree kept with the log (O(log n) nodes). A proof is checkable only against a tree head the
    /// checker trusts, so that is safe; with `verifyFirst` it is issued only from a ledger that
    /// verifies completely.
    public func prove(_ request: ProofRequest, digestAt: UInt64? = nil, verifyFirst: Bool = false) throws -> AuditProof {
        let store = try open(readOnly: true)
        if verifyFirst {
            let report = try store.verify()
            if !report.ok { throw RequestError(.proofFromBadLedger, ["failure": report.failures.first ?? ""], kind: .verifyFailed) }
        }
        let tree = try ProofSource.stored(store, at: digestAt) ?? ProofSource.log(try store.leaves(through: digestAt))
        switch request {
        case .consistency(let old):
            return try Self.consistency(from: old, tree: tree)
        case .inclusion(let text):
            let sequence = try Self.resolve(text, in: store)
            guard sequence <= tree.digest.sequence else {
                throw RequestError(.proofEventAfterDigest, ["sequence": String(sequence), "digest": String(tree.digest.sequence)])
            }
            guard let value = try store.storedValue(at: sequence) else {
                throw StoreError(.corrupt, .missingFromLog, path: path, sequence: sequence)
            }
            return AuditProof(inclusionOf: sequence - 1, leafData: value, in: tree.digest, path: try tree.inclusion(sequence - 1))
        }
    }

    /// An event id, else a sequence number.
    static func resolve(_ text: String, in store: LedgerStore) throws -> UInt64 {
        if let r = try store.event(id: text) { return r.sequence }
        if let s = UInt64(text), s > 0, try store.event(at: s) != nil { return s }
        throw RequestError(.unknownEventOrSequence, ["event": text], kind: .noSuchEvent)
    }

    static func consistency(from old: KeptTree, tree: ProofSource) throws -> AuditProof {
        guard old.size > 0 else { throw RequestError(.proofFromEmpty) }
        guard old.size <= tree.digest.sequence else {
            throw RequestError(.proofOldLonger, ["old": String(old.size), "size": String(tree.digest.sequence)], kind: .verifyFailed)
        }
        let (recomputed, path) = try tree.consistency(old.size)
        guard recomputed == old.treeHead else {
            throw RequestError(.historyRewritten, ["old": String(old.size), "recomputed": recomputed.hex, "kept": old.treeHead.hex],
                               kind: .verifyFailed)
        }
        return AuditProof(consistencyFrom: old.size, oldHead: old.treeHead, to: tree.digest, path: path)
    }

    /// Checks a proof file's bytes offline, without any ledger; `trusted` is a tree the checker kept.
    ///
    /// `RequestError.notAProof` when the bytes are not a JSON object; a malformed or wrong proof
    /// is a failed check, not an error.
    public static func checkProof(_ bytes: [UInt8], file: String, trusted: KeptTree? = nil) throws -> ProofCheck {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            throw RequestError(.notAProof, ["file": file])
        }
        do {
            return try AuditProof(jsonObject: object).check(trusted: trusted.map { ($0.size, $0.treeHead) })
        } catch {
            return .malformed(field: error.field)
        }
    }
}
