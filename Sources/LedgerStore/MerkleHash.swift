internal import Crypto
internal import Ledger

/// One SHA-256 value of the Merkle tree: a leaf hash, a node hash or a tree head.
///
/// A value type of 32 bytes held inline (no heap allocation), so that a million leaf
/// hashes are one contiguous array and the tree head of a large log is cheap to compute.
public struct MerkleHash: Hashable, Sendable, CustomStringConvertible {
    var storage: SIMD32<UInt8>

    /// The hash from exactly 32 bytes; nil for any other length.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        var s = SIMD32<UInt8>()
        for (i, b) in bytes.enumerated() { s[i] = b }
        storage = s
    }

    /// The hash from 64 hex digits (either case); nil for anything else.
    public init?(hex: String) {
        guard hex.utf8.count == 64, let bytes = Hex.bytes(hex) else { return nil }
        self.init(bytes: bytes)
    }

    init(storage: SIMD32<UInt8>) {
        self.storage = storage
    }

    init(digest: SHA256.Digest) {
        var s = SIMD32<UInt8>()
        digest.withUnsafeBytes { raw in withUnsafeMutableBytes(of: &s) { $0.copyMemory(from: raw) } }
        storage = s
    }

    public var bytes: [UInt8] { withUnsafeBytes(of: storage) { Array($0) } }

    /// 64 lowercase hex digits.
    public var hex: String { Hex.string(bytes) }

    public var description: String { hex }
}
