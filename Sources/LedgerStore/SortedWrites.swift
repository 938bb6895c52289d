internal import LMDB
internal import Foundation

/// Puts and deletes for one database, collected during an import and applied in key order at its end.
///
/// LMDB splits a full page in the middle unless a put is an append (`MDB_APPEND`): keys put in
/// random order leave pages about two-thirds full, and in order without the flag half full.
/// Applied sorted by their bytes, and appended when nothing is deleted and every key sorts
/// after the last stored one (a first import), the pages come out full: fewer dirty pages for
/// the write transaction to hold until its commit, and one short descent per put.
///
/// The keys and values are kept end to end in two byte arrays, not as an array each: a
/// million writes were a million allocations, and sorting them compared through retained
/// arrays (a tenth of an import's last second). The order is sorted on each key's first
/// sixteen bytes as two integers, the bytes compared only where those agree, and the writes
/// go through one cursor.
struct SortedWrites {
    /// Where one write's key and value lie in `keys` and `values`; a delete has no value.
    private struct Span {
        var keyStart: UInt32
        var keyCount: UInt32
        var valueStart: UInt32
        var valueCount: UInt32
        static let deleted = UInt32.max
    }

    private var keys: [UInt8] = []
    private var values: [UInt8] = []
    private var spans: [Span] = []
    private var deletes = false

    var isEmpty: Bool { spans.isEmpty }

    mutating func put(_ key: [UInt8], _ value: [UInt8]) {
        spans.append(Span(keyStart: UInt32(keys.count), keyCount: UInt32(key.count),
                          valueStart: UInt32(values.count), valueCount: UInt32(value.count)))
        keys.append(contentsOf: key)
        values.append(contentsOf: value)
    }

    mutating func delete(_ key: [UInt8]) {
        spans.append(Span(keyStart: UInt32(keys.count), keyCount: UInt32(key.count), valueStart: 0, valueCount: Span.deleted))
        keys.append(contentsOf: key)
        deletes = true
    }

    /// Applies every write in key order; writes of one key keep the order they were made in.
    func apply(_ db: Database, _ txn: borrowing Transaction) throws {
        if spans.isEmpty { return }
        try keys.withUnsafeBytes { keyBytes in
            try values.withUnsafeBytes { valueBytes in
                func key(_ i: Int) -> UnsafeRawBufferPointer {
                    UnsafeRawBufferPointer(rebasing: keyBytes[Int(spans[i].keyStart)..<Int(spans[i].keyStart + spans[i].keyCount)])
                }
                let order = sortedOrder(keyBytes)
                var flags: PutFlags = []
                if !deletes, SortedWrites.strictlyIncreasing(order.lazy.map { key(Int($0)) }) {
                    let first = key(Int(order[0]))
                    let after = try txn.withCursor(db) { cursor in try cursor.last().map { $0.key.keyOrder(first) < 0 } ?? true }
                    if after { flags = .append }
                }
                try txn.withCursor(db) { cursor in
                    for i in order {
                        let span = spans[Int(i)]
                        if span.valueCount == Span.deleted {
                            _ = try txn.delete(db, key: [UInt8](key(Int(i))))
                        } else {
                            let value = UnsafeRawBufferPointer(rebasing: valueBytes[Int(span.valueStart)..<Int(span.valueStart + span.valueCount)])
                            try cursor.put(key: key(Int(i)), value: value, flags: flags)
                        }
                    }
                }
            }
        }
    }

    /// The writes' indexes in key-byte order, ties in the order they were made.
    private func sortedOrder(_ keyBytes: UnsafeRawBufferPointer) -> [UInt32] {
        var keyed = spans.indices.map { i in
            let key = UnsafeRawBufferPointer(rebasing: keyBytes[Int(spans[i].keyStart)..<Int(spans[i].keyStart + spans[i].keyCount)])
            return (high: SortedWrites.prefix(key, from: 0), low: SortedWrites.prefix(key, from: 8), index: UInt32(i))
        }
        keyed.sort { a, b in
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            let (sa, sb) = (spans[Int(a.index)], spans[Int(b.index)])
            if sa.keyCount > 16 || sb.keyCount > 16 {
                let c = UnsafeRawBufferPointer(rebasing: keyBytes[Int(sa.keyStart)..<Int(sa.keyStart + sa.keyCount)])
                    .keyOrder(UnsafeRawBufferPointer(rebasing: keyBytes[Int(sb.keyStart)..<Int(sb.keyStart + sb.keyCount)]))
                if c != 0 { return c < 0 }
            } else if sa.keyCount != sb.keyCount {
                return sa.keyCount < sb.keyCount   // the same first bytes, zero-padded: the shorter first
            }
            return a.index < b.index
        }
        return keyed.map(\.index)
    }

    /// Eight bytes of `key` from `from` as a big-endian number, zero-padded: their order is the bytes' order.
    private static func prefix(_ key: UnsafeRawBufferPointer, from: Int) -> UInt64 {
        var p: UInt64 = 0
        for i in from..<from + 8 { p = p << 8 | UInt64(i < key.count ? key[i] : 0) }
        return p
    }

    private static func strictlyIncreasing(_ keys: some Sequence<UnsafeRawBufferPointer>) -> Bool {
        var previous: UnsafeRawBufferPointer?
        for key in keys {
            if let p = previous, p.keyOrder(key) >= 0 { return false }
            previous = key
        }
        return true
    }

    /// Byte order, as LMDB compares keys (`memcmp`, then the shorter first).
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        b.withUnsafeBytes { compare(a, $0) }
    }

    static func compare(_ a: [UInt8], _ pb: UnsafeRawBufferPointer) -> Int {
        a.withUnsafeBytes { $0.keyOrder(pb) }
    }
}
