import Foundation
import LedgerStore
import Testing
import Transparency

/// Signed notes and checkpoints against the specs' published examples, byte for byte.
@Suite struct SignedNoteTests {
    // C2SP signed-note, "Verifier keys", Example.
    static let specVKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
    static let specNote = "This is an example message.\n\n\u{2014} example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
    // The example of golang.org/x/mod/sumdb/note, the reference implementation the spec grew from.
    static let goSKey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let goVKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let goText = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let goNote = goText + "\n\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"

    @Test func theSpecsExampleNoteVerifiesWithItsVerifierKey() throws {
        let key = try NoteVerifier(vkey: Self.specVKey)
        #expect(key.name == "example.com/foo" && key.keyID == 0x530d903a && key.vkey == Self.specVKey)
        let note = try SignedNote(parsing: Self.specNote)
        #expect(note.text == "This is an example message.\n")
        #expect(try note.verify(key).keyID == 0x530d903a)
        #expect(note.rendered == Self.specNote)
    }

    @Test func signingTheGoExampleGivesItsNoteByteForByte() throws {
        let signer = try NoteSigner(skey: Self.goSKey)
        #expect(signer.skey == Self.goSKey)
        #expect(signer.verifier.vkey == Self.goVKey)
        var note = try SignedNote(text: Self.goText)
        try note.sign(with: signer)
        #expect(note.rendered == Self.goNote)
        try SignedNote(parsing: Self.goNote).verify(try NoteVerifier(vkey: Self.goVKey))
    }

    @Test func anAlteredTextOrAnotherKeyIsRefusedAndUnknownSignaturesIgnored() throws {
        let altered = Self.specNote.replacingOccurrences(of: "example message", with: "example massage")
        let key = try NoteVerifier(vkey: Self.specVKey)
        #expect(throws: TransparencyError.self) { try SignedNote(parsing: altered).verify(key) }
        #expect(throws: TransparencyError.self) { try SignedNote(parsing: Self.specNote).verify(try NoteVerifier(vkey: Self.goVKey)) }
        // A second signature by an unknown key does not stop the known one from verifying.
        let other = try NoteSigner.generate(name: "someone.example/else")
        var note = try SignedNote(parsing: Self.specNote)
        try note.sign(with: other)
        try SignedNote(parsing: note.rendered).verify(key)
    }

    @Test(arguments: [
        "example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",   // key ID not the hash
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2",    // key cut short
        "example.com/foo+530d903a",
        "example com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    ])
    func malformedVerifierKeysAreRefused(_ vkey: String) {
        #expect(throws: TransparencyError.self) { try NoteVerifier(vkey: vkey) }
    }

    @Test func theSpecsCheckpointParsesAndRendersAsItIs() throws {
        let text = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
        let checkpoint = try Checkpoint(text: text)
        #expect(checkpoint.origin == "example.com/behind-the-sofa" && checkpoint.size == 20852163)
        #expect(checkpoint.text == text)
        let note = "\(text)\n\u{2014} example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
        let signed = try SignedCheckpoint(parsing: note)
        #expect(signed.checkpoint == checkpoint && signed.note.rendered == note)
        for bad in ["origin\n012\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n", "origin\n12\nnot-base64\n", "origin\n12\n"] {
            #expect(throws: TransparencyError.self) { try Checkpoint(text: bad) }
        }
    }

    @Test func aCosignatureSignsTheSpecsMessageWithItsTimestamp() throws {
        let witness = try NoteSigner.generate(name: "witness.example/w1", type: NoteVerifier.cosignatureV1)
        var note = try SignedNote(text: "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n")
        try note.cosign(with: witness, timestampSeconds: 1679315147)
        let signature = try SignedNote(parsing: note.rendered).verify(witness.verifier)
        #expect(signature.timestampSeconds == 1679315147)
        #expect(signature.bytes.count == 8 + 64)
        // The key ID of a cosigner is over type 0x04, not 0x01.
        let asNoteKey = try NoteVerifier(name: witness.verifier.name, type: NoteVerifier.ed25519, publicKey: witness.verifier.publicKey)
        #expect(asNoteKey.keyID != witness.verifier.keyID)
        #expect(throws: TransparencyError.self) { try note.sign(with: witness) }
    }
}
