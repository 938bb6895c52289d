/// Byte order of UTF-8 text, as LMDB orders keys, and sorts that skip input already in that order.
///
/// A summary sorts each quarter's disbursements and terminations by project; the contributions
/// arrive in key order already, and `utf8.lexicographicallyPrecedes` walks a `UTF8View` one
/// generic step at a time, so these compare the bytes in place and check before sorting.
extension String {
    /// Whether this text's UTF-8 bytes sort before `other`'s.
    public func utf8Precedes(_ other: String) -> Bool {
        let inPlace = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in String.bytesPrecede(a, b) }
        }
        if let inPlace, let answer = inPlace { return answer }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }

    static func bytesPrecede(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<Swift.min(a.count, b.count) where a[i] != b[i] { return a[i] < b[i] }
        return a.count < b.count
    }
}

extension Array {
    /// Sorts in place, after one pass that finds the elements (often) already in order.
    mutating func sortUnlessSorted(by precedes: (Element, Element) -> Bool) {
        var i = 1
        while i < count && !precedes(self[i], self[i - 1]) { i += 1 }
        if i < count { sort(by: precedes) }
    }
}
