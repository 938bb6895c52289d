internal import Foundation

/// One signature line of a note: `— NAME BASE64(key ID ‖ signature)`.
public struct NoteSignature: Sendable, Equatable {
    public var name: String
    public var keyID: UInt32
    /// The bytes after the key ID: an Ed25519 signature, or a cosignature's timestamp and signature.
    public var bytes: [UInt8]

    public var line: String {
        let id = (0..<4).map { UInt8(truncatingIfNeeded: keyID >> (24 - 8 * $0)) }
        return "\u{2014} \(name) \(Data(id + bytes).base64EncodedString())"
    }

    /// For a cosignature (type 0x04): the POSIX time it was made, the first 8 bytes, big-endian.
    public var timestampSeconds: UInt64? {
        bytes.count == 72 ? bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) } : nil
    }
}

/// A text signed by one or more keys, as C2SP signed-note defines it: the text (ending in a
/// newline), a blank line, then one signature line per key.
public struct SignedNote: Sendable, Equatable {
    /// Verifiers must accept at least 16 signatures; more than this is refused as malformed.
    public static let signaturesMax = 100

    public var text: String
    public var signatures: [NoteSignature]

    public init(text: String, signatures: [NoteSignature] = []) throws {
        guard text.hasSuffix("\n"), !SignedNote.hasControlCharacters(text) else {
            throw TransparencyError(.malformed, .noteText)
        }
        self.text = text
        self.signatures = signatures
    }

    /// Parses a signed note; the text ends at the note's last blank line.
    public init(parsing note: String) throws {
        guard !SignedNote.hasControlCharacters(note), note.hasSuffix("\n"), let split = note.range(of: "\n\n", options: .backwards) else {
            throw TransparencyError(.malformed, .notSignedNote)
        }
        let text = String(note[..<split.lowerBound]) + "\n"
        let lines = note[split.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard !lines.isEmpty, lines.count <= SignedNote.signaturesMax else {
            throw TransparencyError(.malformed, .signatureCount, ["max": String(SignedNote.signaturesMax), "count": String(lines.count)])
        }
        try self.init(text: text, signatures: try lines.map(SignedNote.parseSignature))
    }

    static func parseSignature(_ line: Substring) throws -> NoteSignature {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "\u{2014}", NoteVerifier.isValidName(String(parts[1])),
              let raw = Data(base64Encoded: String(parts[2])), raw.count > 4 else {
            throw TransparencyError(.malformed, .notSignatureLine, ["line": String(line)])
        }
        let bytes = Array(raw)
        return NoteSignature(name: String(parts[1]), keyID: bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }, bytes: Array(bytes.dropFirst(4)))
    }

    static func hasControlCharacters(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
    }

    /// The note as bytes on the wire: text, blank line, signature lines.
    public var rendered: String {
        text + "\n" + signatures.map { $0.line + "\n" }.joined()
    }

    /// Adds an Ed25519 note signature (type 0x01) over the text.
    public mutating func sign(with signer: NoteSigner) throws {
        guard signer.verifier.type == NoteVerifier.ed25519 else {
            throw TransparencyError(.malformed, .witnessKeySigns, ["name": signer.verifier.name])
        }
        signatures.append(NoteSignature(name: signer.verifier.name, keyID: signer.verifier.keyID, bytes: try signer.sign(Array(text.utf8))))
    }

    /// Adds a timestamped Ed25519 cosignature (C2SP tlog-cosignature, type 0x04).
    public mutating func cosign(with signer: NoteSigner, timestampSeconds: UInt64) throws {
        guard signer.verifier.type == NoteVerifier.cosignatureV1 else {
            throw TransparencyError(.malformed, .notWitnessKey, ["name": signer.verifier.name])
        }
        let time = (0..<8).map { UInt8(truncatingIfNeeded: timestampSeconds >> (56 - 8 * $0)) }
        let signature = try signer.sign(SignedNote.cosignedMessage(text, timestampSeconds))
        signatures.append(NoteSignature(name: signer.verifier.name, keyID: signer.verifier.keyID, bytes: time + signature))
    }

    /// `cosignature/v1\ntime T\n` followed by the note text: what an Ed25519 cosignature signs.
    static func cosignedMessage(_ text: String, _ timestampSeconds: UInt64) -> [UInt8] {
        Array("cosignature/v1\ntime \(timestampSeconds)\n\(text)".utf8)
    }

    /// The signature by `verifier`, checked. Signatures by other keys are ignored, as the
    /// spec requires; one whose name and key ID match but that does not verify is refused.
    @discardableResult
    public func verify(_ verifier: NoteVerifier) throws -> NoteSignature {
        let mine = signatures.filter { $0.name == verifier.name && $0.keyID == verifier.keyID }
        guard !mine.isEmpty else { throw TransparencyError(.badSignature, .noSignatureBy, ["name": verifier.name, "id": NoteVerifier.hex(verifier.keyID)]) }
        for signature in mine {
            let valid: Bool
            if verifier.type == NoteVerifier.cosignatureV1 {
                valid = signature.timestampSeconds.map { time in
                    verifier.isValid(signature: Array(signature.bytes.dropFirst(8)), message: SignedNote.cosignedMessage(text, time))
                } ?? false
            } else {
                valid = verifier.isValid(signature: signature.bytes, message: Array(text.utf8))
            }
            if !valid { throw TransparencyError(.badSignature, .signatureFails, ["name": verifier.name]) }
        }
        return mine[0]
    }
}
