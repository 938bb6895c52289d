/// Strings that repeat across many stored records (a zone's groups and industries), each
/// validated and allocated once per read rather than once per record.
///
/// A quarter's summary decodes tens of thousands of contributions that name one of a few
/// groups and industries; decoding each of those Strings afresh was a fifth of the summary's
/// time. The first `capacity` distinct texts are kept, found by their bytes' hash (a scan of
/// them all, a `memcmp` each, was most of the lookup); any other is decoded as before.
struct RepeatedText {
    static let capacity = 64
    private var known: [(bytes: [UInt8], text: String)] = []
    /// Linear probing over twice `capacity` slots: 0 is empty, else the index in `known` + 1.
    private var slots = [UInt8](repeating: 0, count: 2 * RepeatedText.capacity)

    /// A `str` (u32 length ‖ UTF-8) read from `r`, as `ByteReader.string()` reads it.
    mutating func read(_ r: inout ByteReader) throws(CodecError) -> String {
        let n = Int(try r.u32())
        let raw = try r.bytes(n)
        var slot = Int(truncatingIfNeeded: ByteHash.of(raw)) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = known[Int(slots[slot]) - 1]
            if raw.sameBytes(as: entry.bytes) { return entry.text }
            slot = (slot + 1) & (slots.count - 1)
        }
        guard let text = ByteReader.text(raw) else { throw CodecError.invalidText(offset: r.offset - n) }
        if known.count < Self.capacity {
            known.append((Array(raw), text))
            slots[slot] = UInt8(known.count)
        }
        return text
    }
}
