internal import Crypto

/// SHA-256 of the chain and of Merkle nodes, from swift-crypto.
public enum ChainHash {
    /// SHA-256 of `bytes`.
    public static func sha256(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var h = SHA256()
        h.update(bufferPointer: bytes)
        return Array(h.finalize())
    }

    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { sha256($0) }
    }

    /// SHA-256 of the concatenation of `parts`.
    public static func sha256(parts: [[UInt8]]) -> [UInt8] {
        var h = SHA256()
        for p in parts { p.withUnsafeBytes { h.update(bufferPointer: $0) } }
        return Array(h.finalize())
    }
}
