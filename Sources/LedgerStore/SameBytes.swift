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
