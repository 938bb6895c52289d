#if canImport(Glibc)
internal import Glibc
#endif

/// Strings that repeat across many stored records (a zone's groups and industries), each
/// validated and allocated once per read rather than once per record.
///
/// A quarter's summary decodes tens of thousands of contributions that name one of a few
/// groups and industries; decoding each of those Strings afresh was a fifth of the summary's
/// time. The first `capacity` distinct texts are kept; any other is decoded as before.
struct RepeatedText {
    static let capacity = 64
    private var known: [(bytes: [UInt8], text: String)] = []

    /// A `str` (u32 length ‖ UTF-8) read from `r`, as `ByteReader.string()` reads it.
    mutating func read(_ r: inout ByteReader) throws(CodecError) -> String {
        let n = Int(try r.u32())
        let raw = try r.bytes(n)
        if let text = find(raw) { return text }
        guard let text = ByteReader.text(raw) else { throw CodecError.invalidText(offset: r.offset - n) }
        if known.count < Self.capacity { known.append((Array(raw), text)) }
        return text
    }

    private func find(_ raw: UnsafeRawBufferPointer) -> String? {
        for entry in known where entry.bytes.count == raw.count {
            let same = entry.bytes.withUnsafeBytes { b in raw.count == 0 || memcmp(b.baseAddress!, raw.baseAddress!, raw.count) == 0 }
            if same { return entry.text }
        }
        return nil
    }
}
