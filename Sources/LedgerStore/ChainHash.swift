internal import Crypto

/// SHA-256 of the chain and of Merkle nodes, from swift-crypto's BoringSSL.
public enum ChainHash {
    /// SHA-256 of `bytes` (the context on the stack: `StackSHA256`).
    public static func sha256(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        withUnsafeBytes(of: StackSHA256.of(bytes)) { Array($0) }
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
