public import Transparency
internal import Catalogue
internal import Foundation
internal import Ledger
public import LedgerStore

/// The zone's side of the transparency log: its origin, its checkpoint, signed or not.
extension LedgerService {
    /// The ledger's checkpoint origin: set at `init --origin`, else derived from the zone's name.
    public func origin() throws -> String { try Self.origin(of: open(readOnly: true)) }

    static func origin(of store: LedgerStore) throws -> String {
        try store.origin() ?? Checkpoint.defaultOrigin(zone: try store.zone())
    }

    /// The checkpoint of the whole log, or of the prefix recorded at or before `knownAtMs`.
    public func checkpoint(knownAtMs: Int64? = nil) throws -> Checkpoint {
        try Self.checkpoint(of: open(readOnly: true), knownAtMs: knownAtMs)
    }

    static func checkpoint(of store: LedgerStore, knownAtMs: Int64?) throws -> Checkpoint {
        let sequence = try knownAtMs.map { try store.lastSequence(recordedAtOrBefore: $0) }
        // The stored tree answers in O(1); a ledger that has not gained it yet is read whole.
        let digest = try store.storedDigest(at: sequence) ?? store.digest(at: sequence)
        return Checkpoint(origin: try origin(of: store), size: digest.sequence, rootHash: digest.treeHead)
    }

    /// The checkpoint as printed: a C2SP signed note when `signingKeyFile` is given, else the
    /// checkpoint text alone; without its final newline.
    public func checkpointNote(knownAtMs: Int64? = nil, signingKeyFile: String?) throws -> String {
        let signer = try signingKeyFile.map(KeyFiles.signer)
        let checkpoint = try checkpoint(knownAtMs: knownAtMs)
        let note = try signer.map { try SignedCheckpoint(checkpoint, signer: $0).note.rendered } ?? checkpoint.text
        return String(note.dropLast())
    }
}

/// What a signed checkpoint says, once its signature and origin hold.
public struct CheckedCheckpoint: Sendable {
    public var origin: String
    public var tree: KeptTree
    /// The verifier key that signed it.
    public var key: String
}

extension LedgerService {
    /// Writes a new Ed25519 signing key to `file` (mode 0600, never over an existing file) and
    /// returns its verifier key; `witness` makes a cosigning key (type 0x04).
    public static func generateKey(name: String, witness: Bool, file: String) throws -> String {
        let signer = try NoteSigner.generate(name: name, type: witness ? NoteVerifier.cosignatureV1 : NoteVerifier.ed25519)
        try KeyFiles.writeNew(file, text: signer.skey + "\n")
        return signer.verifier.vkey
    }

    /// The tree of the signed checkpoint in `file` (`-`: standard input) when its signature by
    /// `key` (a verifier key, or a file holding one) holds and its origin is the key's name.
    public static func checkCheckpoint(file: String, key: String) throws -> CheckedCheckpoint {
        let verifier = try KeyFiles.verifier(key)
        let signed = try SignedCheckpoint(parsing: try KeyFiles.read(file))
        do {
            try signed.verify(verifier)
        } catch let e as TransparencyError where e.code == .badSignature {
            throw TransparencyError(.badSignature) { ProvinceText.checkpointBadSignature.text($0, filling: ["detail": e.message($0)]) }
        }
        let origin = signed.checkpoint.origin
        guard origin == verifier.name else {
            throw TransparencyError(.badSignature) { ProvinceText.checkpointOriginIsNotKey.text($0, filling: ["origin": origin, "key": verifier.name]) }
        }
        return CheckedCheckpoint(origin: origin, tree: KeptTree(size: signed.checkpoint.size, treeHead: signed.checkpoint.rootHash), key: verifier.vkey)
    }

    /// Checks the proof in `file` (`-`: standard input), as `checkProof(_:file:trusted:)` does.
    public static func checkProof(file: String, trusted: KeptTree?) throws -> ProofCheck {
        try checkProof(try KeyFiles.bytes(file), file: file, trusted: trusted)
    }

    /// The witness's use case: checks the zone's signed checkpoint (`checkpointFile`, `-`:
    /// standard input) and that it extends what the witness cosigned for its origin (the
    /// consistency proof in `proofFile`), records it in `stateFolder`, and returns it cosigned.
    public static func cosign(checkpointFile: String, proofFile: String?, witnessKeyFile: String,
                              zoneKey: String, stateFolder: String) throws -> String {
        let signed = try SignedCheckpoint(parsing: try KeyFiles.read(checkpointFile))
        let witness = Witness(key: try KeyFiles.signer(witnessKeyFile), state: try WitnessState(folder: stateFolder))
        let zone = try KeyFiles.verifier(zoneKey)
        let proof = try proofFile.map(KeyFiles.proof)
        return String(try witness.cosign(signed, zoneKey: zone, proof: proof).note.rendered.dropLast())
    }
}
