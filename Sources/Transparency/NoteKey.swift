internal import Crypto
internal import Foundation

/// An Ed25519 verifier key of a signed note (C2SP signed-note, "Verifier keys"):
/// `NAME+HEX(key ID)+BASE64(signature type ‖ 32-byte public key)`.
///
/// The signature type is 0x01 for a note signature (a log's checkpoint) and 0x04 for a
/// timestamped witness cosignature (C2SP tlog-cosignature); the key ID depends on it.
public struct NoteVerifier: Sendable, Equatable {
    public static let ed25519: UInt8 = 0x01
    public static let cosignatureV1: UInt8 = 0x04

    public var name: String
    public var type: UInt8
    public var publicKey: [UInt8]

    public init(name: String, type: UInt8, publicKey: [UInt8]) throws {
        guard NoteVerifier.isValidName(name) else { throw TransparencyError(.malformed, .keyName, ["name": name]) }
        guard type == NoteVerifier.ed25519 || type == NoteVerifier.cosignatureV1 else {
            throw TransparencyError(.malformed, .keyType, ["type": "0x" + String(type, radix: 16)])
        }
        guard publicKey.count == 32 else { throw TransparencyError(.malformed, .keyLength, ["count": String(publicKey.count)]) }
        self.name = name
        self.type = type
        self.publicKey = publicKey
    }

    /// Parses a verifier key, checking that its key ID is the one its name, type and key give.
    public init(vkey: String) throws {
        let parts = vkey.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].utf8.count == 8, let id = UInt32(parts[1], radix: 16),
              let material = Data(base64Encoded: String(parts[2])), material.count == 33 else {
            throw TransparencyError(.malformed, .notVerifierKey, ["key": vkey])
        }
        try self.init(name: String(parts[0]), type: material[material.startIndex], publicKey: Array(material.dropFirst()))
        guard id == keyID else { throw TransparencyError(.malformed, .verifierKeyID, ["key": vkey]) }
    }

    /// SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian.
    public var keyID: UInt32 {
        let digest = Array(SHA256.hash(data: Array(name.utf8) + [0x0A, type] + publicKey))
        return digest.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    public var vkey: String {
        "\(name)+\(NoteVerifier.hex(keyID))+\(Data([type] + publicKey).base64EncodedString())"
    }

    /// Whether `signature` (the bytes after the key ID) signs `message` with this key.
    func isValid(signature: [UInt8], message: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: message)
    }

    static func hex(_ id: UInt32) -> String {
        let digits = String(id, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Non-empty, with no Unicode space and no plus (signed-note, "Format").
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0 == "+" || $0.properties.isWhitespace }
    }
}

/// An Ed25519 signing key, in the form Go's `golang.org/x/mod/sumdb/note` reads and writes:
/// `PRIVATE+KEY+NAME+HEX(key ID)+BASE64(signature type ‖ 32-byte seed)`.
public struct NoteSigner: Sendable {
    public var verifier: NoteVerifier
    /// The 32-byte Ed25519 seed (RFC 8032's private key).
    let seed: [UInt8]

    var privateKey: Curve25519.Signing.PrivateKey {
        // The seed was a valid private key when this signer was made.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }

    /// A new random key.
    public static func generate(name: String, type: UInt8 = NoteVerifier.ed25519) throws -> NoteSigner {
        let key = Curve25519.Signing.PrivateKey()
        return NoteSigner(verifier: try NoteVerifier(name: name, type: type, publicKey: Array(key.publicKey.rawRepresentation)), privateKey: key)
    }

    init(verifier: NoteVerifier, privateKey: Curve25519.Signing.PrivateKey) {
        self.verifier = verifier
        seed = Array(privateKey.rawRepresentation)
    }

    public init(skey: String) throws {
        let text = skey.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY", parts[3].utf8.count == 8, let id = UInt32(parts[3], radix: 16),
              let material = Data(base64Encoded: String(parts[4])), material.count == 33,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: material.dropFirst()) else {
            throw TransparencyError(.malformed, .notSigningKey)
        }
        let verifier = try NoteVerifier(name: String(parts[2]), type: material[material.startIndex],
                                        publicKey: Array(key.publicKey.rawRepresentation))
        guard verifier.keyID == id else { throw TransparencyError(.malformed, .signingKeyID, ["name": String(parts[2])]) }
        self.init(verifier: verifier, privateKey: key)
    }

    public var skey: String {
        "PRIVATE+KEY+\(verifier.name)+\(NoteVerifier.hex(verifier.keyID))+\(Data([verifier.type] + Array(privateKey.rawRepresentation)).base64EncodedString())"
    }

    func sign(_ message: [UInt8]) throws -> [UInt8] {
        Array(try privateKey.signature(for: message))
    }
}
