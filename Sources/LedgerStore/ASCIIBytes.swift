extension UnsafeRawBufferPointer {
    /// True when every byte is below 0x80, tested eight bytes at a time: `verify` asks it of every
    /// text field of every record before it validates one as UTF-8, and a closure per byte
    /// (`contains(where:)`) cost more than the rest of that check.
    var isASCII: Bool {
        guard let base = baseAddress else { return true }
        var seen: UInt64 = 0
        var i = 0
        while i + 8 <= count {
            seen |= base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < count {
            seen |= UInt64(base.load(fromByteOffset: i, as: UInt8.self))
            i += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }
}
