internal import Ledger
/// A proof file that is not a proof: a missing or malformed field.
public struct ProofFormatError: Error, Sendable, CustomStringConvertible {
    /// The field that is missing or malformed, as the file spells it (`tree_size`, `path`).
    public let field: String
    /// What is wrong with it, in English (the catalogue's line names only the field).
    public let message: String
    public var description: String { message }
}

extension AuditProof {
    /// The JSON object of a proof file (see the README's "Proof files"); hashes as lowercase hex.
    public var jsonObject: [String: Any] {
        var o: [String: Any] = [
            "format": AuditProof.format, "type": kind.rawValue, "hash_algorithm": "sha-256",
            "tree_size": treeSize, "tree_head": treeHead.hex, "path": path.map(\.hex),
        ]
        if !headHash.isEmpty {
            o["head_hash"] = Hex.string(headHash)
            o["head_recorded_at"] = Timestamp.iso(headRecordedAtMs)
        }
        switch kind {
        case .inclusion:
            o["leaf_index"] = leafIndex
            o["sequence"] = leafIndex + 1
            o["leaf_data"] = Hex.string(leafData)
            o["leaf_hash"] = Merkle.leafHash(leafData).hex
            if let e = event { o["event_id"] = e.event.id }
        case .consistency:
            o["old_tree_size"] = oldTreeSize
            o["old_tree_head"] = oldTreeHead.hex
        }
        return o
    }

    /// Reads a proof file's JSON object. Fields for people (`event_id`, `head_recorded_at`)
    /// are not trusted: `check` recomputes what it needs from the hashes and the leaf data.
    public init(jsonObject o: [String: Any]) throws(ProofFormatError) {
        func fail(_ field: String, _ m: String) -> ProofFormatError { ProofFormatError(field: field, message: m) }
        func string(_ k: String) throws(ProofFormatError) -> String {
            guard let s = o[k] as? String else { throw fail(k, "the proof has no \(k) string") }
            return s
        }
        func count(_ k: String) throws(ProofFormatError) -> UInt64 {
            guard let n = o[k] as? Int, n >= 0 else { throw fail(k, "the proof has no \(k) (a whole number ≥ 0)") }
            return UInt64(n)
        }
        func hash(_ k: String) throws(ProofFormatError) -> MerkleHash {
            guard let h = MerkleHash(hex: try string(k)) else { throw fail(k, "\(k) is not 64 hex digits") }
            return h
        }
        let format = try string("format")
        guard format == AuditProof.format else { throw fail("format", "format \(format) is not \(AuditProof.format)") }
        if let algorithm = o["hash_algorithm"] as? String, algorithm.lowercased() != "sha-256" {
            throw fail("hash_algorithm", "hash_algorithm \(algorithm) is not sha-256")
        }
        guard let kind = Kind(rawValue: try string("type")) else { throw fail("type", "type must be inclusion or consistency") }
        guard let rawPath = o["path"] as? [String] else { throw fail("path", "the proof has no path (an array of hex strings)") }
        var path: [MerkleHash] = []
        for (i, p) in rawPath.enumerated() {
            guard let h = MerkleHash(hex: p) else { throw fail("path[\(i)]", "path[\(i)] is not 64 hex digits") }
            path.append(h)
        }
        let size = try count("tree_size"), head = try hash("tree_head")
        let digest = LedgerDigest(sequence: size, hash: (o["head_hash"] as? String).flatMap(Hex.bytes) ?? [],
                                  recordedAtMs: (o["head_recorded_at"] as? String).flatMap(Timestamp.parse) ?? 0, treeHead: head)
        switch kind {
        case .inclusion:
            guard let data = Hex.bytes(try string("leaf_data")) else { throw fail("leaf_data", "leaf_data is not hex") }
            self.init(inclusionOf: try count("leaf_index"), leafData: data, in: digest, path: path)
            if let given = o["leaf_hash"] as? String, given.lowercased() != Merkle.leafHash(data).hex {
                throw fail("leaf_hash", "leaf_hash is not SHA-256(0x00 ‖ leaf_data)")
            }
        case .consistency:
            self.init(consistencyFrom: try count("old_tree_size"), oldHead: try hash("old_tree_head"), to: digest, path: path)
        }
    }
}
