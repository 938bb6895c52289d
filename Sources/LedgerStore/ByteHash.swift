/// A fast hash of a short byte string for open-addressing tables keyed by stored bytes.
///
/// `Hasher` seeds itself and runs SipHash for every key: for ids of ten-odd bytes that was
/// most of a table lookup. No attacker picks these keys (they are the ledger's own), so
/// FNV-1a, mixed so that the low bits (the slot) depend on every byte, is enough.
enum ByteHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
