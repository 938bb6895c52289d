import Foundation
import LedgerStore
import Testing
import Transparency

/// The witness on its own: what it records, what it refuses, and a torn last line.
@Suite struct WitnessTests {
    static let zone = try! NoteSigner.generate(name: "zone.example/log")
    static let witnessKey = try! NoteSigner.generate(name: "witness.example", type: NoteVerifier.cosignatureV1)

    /// A log of `n` leaves whose leaf i is the hash of `seed ‖ i`.
    static func leaves(_ n: Int, seed: UInt8 = 0) -> [MerkleHash] {
        (0..<n).map { Merkle.leafHash([seed, UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)]) }
    }

    static func signed(_ leaves: [MerkleHash]) throws -> SignedCheckpoint {
        try SignedCheckpoint(Checkpoint(origin: "zone.example/log", size: UInt64(leaves.count), rootHash: Merkle.root(leaves)), signer: zone)
    }

    static func proof(from old: Int, _ leaves: [MerkleHash]) -> AuditProof {
        var digest = LedgerDigest.empty
        digest.sequence = UInt64(leaves.count)
        digest.hash = []
        digest.treeHead = Merkle.root(leaves)
        return AuditProof(consistencyFrom: UInt64(old), oldHead: Merkle.root(leaves, 0..<old), to: digest,
                          path: Merkle.consistencyPath(oldSize: old, leaves: leaves))
    }

    static func witness() throws -> (Witness, String) {
        let folder = NSTemporaryDirectory() + "taizhang-witness-" + UUID().uuidString
        return (Witness(key: witnessKey, state: try WitnessState(folder: folder)), folder)
    }

    static func stateBytes(_ folder: String) throws -> [String: Data] {
        var all: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            all[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return all
    }

    @Test func itCosignsWhatExtendsAndRefusesTheRestKeepingItsState() throws {
        let (witness, folder) = try Self.witness()
        let log = Self.leaves(40)
        let first = try witness.cosign(Self.signed(Array(log.prefix(13))), zoneKey: Self.zone.verifier, proof: nil)
        try SignedNote(parsing: first.note.rendered).verify(Self.witnessKey.verifier)
        try SignedNote(parsing: first.note.rendered).verify(Self.zone.verifier)
        _ = try witness.cosign(Self.signed(log), zoneKey: Self.zone.verifier, proof: Self.proof(from: 13, log))
        let kept = try Self.stateBytes(folder)

        let other = Self.leaves(40, seed: 1)
        let refusals: [(SignedCheckpoint, AuditProof?, WitnessRefusal.Reason)] = [
            (try Self.signed(other), nil, .splitView),
            (try Self.signed(Array(log.prefix(39))), nil, .notExtending),
            (try Self.signed(Self.leaves(41, seed: 1)), Self.proof(from: 40, Self.leaves(41, seed: 1)), .notExtending),
            (try Self.signed(Self.leaves(41)), nil, .needsProof),
        ]
        for (checkpoint, proof, reason) in refusals {
            let error = try #require(throws: WitnessRefusal.self) { try witness.cosign(checkpoint, zoneKey: Self.zone.verifier, proof: proof) }
            #expect(error.reason == reason)
            #expect(try Self.stateBytes(folder) == kept, "a refusal leaves the state as it was")
        }
        let stranger = try NoteSigner.generate(name: "zone.example/log")
        let forged = try SignedCheckpoint(Checkpoint(origin: "zone.example/log", size: 41, rootHash: Merkle.root(Self.leaves(41))), signer: stranger)
        let error = try #require(throws: WitnessRefusal.self) { try witness.cosign(forged, zoneKey: Self.zone.verifier, proof: nil) }
        #expect(error.reason == .badSignature)
        // The same checkpoint again is cosigned again.
        _ = try witness.cosign(Self.signed(log), zoneKey: Self.zone.verifier, proof: nil)
    }

    @Test func aTornLastLineWasNeverAcknowledgedAndIsCutOff() throws {
        let (witness, folder) = try Self.witness()
        let log = Self.leaves(20)
        _ = try witness.cosign(Self.signed(Array(log.prefix(8))), zoneKey: Self.zone.verifier, proof: nil)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        let handle = try #require(FileHandle(forWritingAtPath: folder + "/" + file))
        handle.seekToEndOfFile()
        handle.write(Data("20 W/Xvax".utf8))   // a kill in the middle of the next append
        try handle.close()
        // The state is still size 8: a checkpoint of 20 needs the proof from 8.
        #expect(throws: WitnessRefusal.self) { try witness.cosign(Self.signed(log), zoneKey: Self.zone.verifier, proof: nil) }
        _ = try witness.cosign(Self.signed(log), zoneKey: Self.zone.verifier, proof: Self.proof(from: 8, log))
        let lines = try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3 && lines[0] == "origin zone.example/log" && lines[1].hasPrefix("8 ") && lines[2].hasPrefix("20 "))
    }
}
