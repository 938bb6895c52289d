internal import CCryptoBoringSSL

/// SHA-256 with its context on the stack: BoringSSL's own functions, the ones swift-crypto calls.
///
/// swift-crypto's `SHA256` keeps its context in an object it allocates, zeroes and frees for
/// every hash. `verify` hashes every record twice (its own hash, its Merkle leaf) and the tree's
/// inner nodes once more, three million hashes at 1M events, and those objects' lives were
/// about a third of its hashing thread's SHA-256 time. BoringSSL is the C library swift-crypto
/// vendors and links into every build (module `CCryptoBoringSSL`, reached through the `Crypto`
/// product): the same code hashes, with the context a local value.
enum StackSHA256 {
    /// SHA-256 of what `feed` adds (`add`), in that order.
    @inline(__always)
    static func digest(_ feed: (inout SHA256_CTX) -> Void) -> SIMD32<UInt8> {
        var context = SHA256_CTX()
        _ = CCryptoBoringSSL_SHA256_Init(&context)
        feed(&context)
        var out = SIMD32<UInt8>()
        withUnsafeMutableBytes(of: &out) { _ = CCryptoBoringSSL_SHA256_Final($0.baseAddress!.assumingMemoryBound(to: UInt8.self), &context) }
        return out
    }

    @inline(__always)
    static func add(_ bytes: UnsafeRawBufferPointer, to context: inout SHA256_CTX) {
        if let base = bytes.baseAddress { _ = CCryptoBoringSSL_SHA256_Update(&context, base, bytes.count) }
    }

    /// SHA-256 of `bytes`.
    @inline(__always)
    static func of(_ bytes: UnsafeRawBufferPointer) -> SIMD32<UInt8> {
        digest { add(bytes, to: &$0) }
    }
}
