internal import LMDB
internal import Foundation

/// The ids of the events one import appends, kept in memory and written to `event_ids` once, in key order.
///
/// A put per event into `event_ids` (`MDB_NOOVERWRITE`) descended the tree and searched LMDB's
/// dirty-page list for every row; here a repeat within the import is found in memory, and
/// `write` puts the ids once, sorted by their bytes (appended when they all sort after what is
/// stored, as on a first import). The id of the i-th appended event is at sequence
/// `firstSequence + i`, so a sequence is not stored per id. The ids are one flat byte array.
/// While they come in increasing byte order (numbered rows, a generated file) an id after the
/// last one cannot be among them, and no table is kept: its random reads cost more than the
/// rest of the row's id work. The first id out of order builds the table (indexes into the
/// byte array), which then answers every lookup.
struct ImportEventIds {
    /// The sequence of the first event this import appends.
    let firstSequence: UInt64
    /// Every id's UTF-8, one after another; id i ends at `ends[i]`.
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    /// Open addressing, linear probing: 0 is empty, else the id's index + 1. Empty while the ids are in order.
    private var slots: [UInt32] = []

    init(firstSequence: UInt64) {
        self.firstSequence = firstSequence
    }

    var count: Int { ends.count }

    /// The sequence of `id` when this import appended it; builds the table for the first id looked up out of order.
    mutating func sequence(of id: String) -> UInt64? {
        var id = id
        return id.withUTF8 { key in
            let key = UnsafeRawBufferPointer(key)
            if slots.isEmpty {
                if afterLast(key) { return nil }
                grow()
            }
            return find(key).map { firstSequence + UInt64($0) }
        }
    }

    /// Adds the id of the event just appended, at sequence `firstSequence + count`; it must be new.
    mutating func insert(_ id: String, sequence: UInt64) {
        precondition(sequence == firstSequence + UInt64(ends.count), "an import's ids are added in sequence order")
        var id = id
        id.withUTF8 { key in
            let key = UnsafeRawBufferPointer(key)
            let inOrder = slots.isEmpty && afterLast(key)
            bytes.append(contentsOf: key)
            ends.append(UInt32(bytes.count))
            if inOrder { return }
            if ends.count * 2 > slots.count { grow() } else { place(ends.count - 1, hash: ImportEventIds.hash(key)) }
        }
    }

    /// True when `id` sorts after the last id added (or none was): while every id did, it is none of them.
    private func afterLast(_ id: UnsafeRawBufferPointer) -> Bool {
        guard !ends.isEmpty else { return true }
        return bytes.withUnsafeBytes { ImportEventIds.compare(key(ends.count - 1, $0), id) < 0 }
    }

    /// Frees the ids once written: the rest of the import's writes do not look them up.
    mutating func removeAll() {
        (bytes, ends, slots) = ([], [], [])
    }

    /// Puts every id into `event_ids` in key order through one cursor, with `MDB_APPEND` when all sort after the last stored key.
    func write(_ db: Database, _ txn: borrowing Transaction) throws {
        if ends.isEmpty { return }
        let order = sortedOrder()
        let lastStored = try txn.withCursor(db) { cursor in try cursor.last().map { [UInt8]($0.key) } }
        try bytes.withUnsafeBytes { all in
            let flags: PutFlags = lastStored.map { stored in
                stored.withUnsafeBytes { ImportEventIds.compare($0, key(Int(order?[0] ?? 0), all)) < 0 }
            } ?? true ? .append : []
            try txn.withCursor(db) { cursor in
                for position in 0..<ends.count {
                    let index = order.map { Int($0[position]) } ?? position
                    try withUnsafeBytes(of: (firstSequence + UInt64(index)).bigEndian) { value in
                        try cursor.put(key: key(index, all), value: value, flags: flags)
                    }
                }
            }
        }
    }

    // MARK: - The table

    private func key(_ index: Int, _ all: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return UnsafeRawBufferPointer(rebasing: all[start..<Int(ends[index])])
    }

    private func find(_ id: UnsafeRawBufferPointer) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ImportEventIds.hash(id)) & mask
        return bytes.withUnsafeBytes { all in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let index = Int(entry) - 1
                if ImportEventIds.compare(key(index, all), id) == 0 { return index }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(index + 1)
    }

    /// Doubles the table (the first time: makes it) and places every id again.
    private mutating func grow() {
        var size = 1024
        while size < ends.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        let hashes = bytes.withUnsafeBytes { all in (0..<ends.count).map { ImportEventIds.hash(key($0, all)) } }
        for (index, hash) in hashes.enumerated() { place(index, hash: hash) }
    }

    /// The ids' indexes in key-byte order; nil when they came in that order (no table was needed).
    private func sortedOrder() -> [UInt32]? {
        if slots.isEmpty { return nil }
        return bytes.withUnsafeBytes { all in
            // The first eight bytes decide most comparisons without touching the rest.
            var keyed = (0..<ends.count).map { (prefix: ImportEventIds.prefix(key($0, all)), index: UInt32($0)) }
            keyed.sort { a, b in
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                return ImportEventIds.compare(key(Int(a.index), all), key(Int(b.index), all)) < 0
            }
            return keyed.map(\.index)
        }
    }

    private static func hash(_ id: UnsafeRawBufferPointer) -> UInt64 { ByteHash.of(id) }

    /// The first eight bytes as a big-endian number (zero-padded): their order is the bytes' order.
    private static func prefix(_ id: UnsafeRawBufferPointer) -> UInt64 {
        var p: UInt64 = 0
        for i in 0..<8 { p = p << 8 | UInt64(i < id.count ? id[i] : 0) }
        return p
    }

    private static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int { a.keyOrder(b) }
}
