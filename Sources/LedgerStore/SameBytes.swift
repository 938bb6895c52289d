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

    /// Byte order, as LMDB compares keys (`memcmp`, then the shorter first): negative, zero or positive.
    func keyOrder(_ other: UnsafeRawBufferPointer) -> Int {
        let n = Swift.min(count, other.count)
        if n > 0, let a = baseAddress, let b = other.baseAddress {
            let c = memcmp(a, b, n)
            if c != 0 { return Int(c) }
        }
        return count - other.count
    }
}
