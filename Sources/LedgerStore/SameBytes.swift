internal import Foundation

/// Byte-for-byte equality with one `memcmp`: the generic `elementsEqual` walks a byte at a time,
/// which `verify` paid for on every one of a million index entries.
extension UnsafeRawBufferPointer {
    func sameBytes(as other: UnsafeRawBufferPointer) -> Bool {
        count == other.count && (count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }

    func sameBytes(as other: [UInt8]) -> Bool {
        other.withUnsafeBytes { sameBytes(as: $0) }
    }
}

/// Bytes as a dictionary key, hashed in one call rather than a byte at a time as `[UInt8]` is.
struct ByteKey: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.bytes.withUnsafeBytes { $0.sameBytes(as: b.bytes) }
    }
}
