internal import LMDB
internal import Ledger

/// Where a walk of the chain stopped: the next sequence it expected, the hash of the last
/// record it passed, and the first sequence it found beyond its end, if any.
struct ChainPosition {
    var next: UInt64
    var previousHash: [UInt8]
    var beyond: UInt64?
}

extension LedgerStore {
    /// The one walk of the chain: `replay --verify`, `export`, `digest` and `prove` go through it.
    ///
    /// Reads the log from `first` through `last` in order, and with `verifying` checks that
    /// the sequences are dense and that each record links to the one before and hashes to its
    /// own hash (`checkLink`), throwing `StoreError.corrupt` at the first that does not.
    /// `body` gets each sequence and stored value and returns false to stop. (`verify` goes
    /// through the same records and link rule, `eachRecord` and `linkFault`, but collects
    /// every failure instead of stopping at the first.)
    /// `fromFirstKey` starts at the log's first key whatever it is, so that a malformed key
    /// before sequence 1 is a gap too (the digest's walk); otherwise the walk seeks `first`.
    func walkChain(from first: UInt64, through last: UInt64, verifying: Bool, fromFirstKey: Bool = false, _ txn: borrowing Transaction,
                   _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws -> ChainPosition {
        var previous = first <= 1 ? EventCodec.genesisHash : verifying ? try event(at: first - 1, txn).envelope.hash : []
        var expected = first
        var beyond: UInt64?
        try eachRecord(from: fromFirstKey ? nil : Swift.max(first, 1), txn) { storedKey, value in
            let key = storedKey ?? 0
            if key > last && (!verifying || expected > last) {
                beyond = key
                return false
            }
            if verifying {
                if key != expected { throw StoreError(.corrupt, .missingNext, ["next": String(key)], path: path, sequence: expected) }
                try LedgerStore.checkLink(value, sequence: key, previous: &previous)
            }
            expected = key &+ 1
            return try body(key, value)
        }
        return ChainPosition(next: expected, previousHash: previous, beyond: beyond)
    }

    /// The one cursor over the log: from the first key (`from` nil) or from sequence `from`,
    /// each stored key (nil when it is not eight bytes) and value in order; `body` returns
    /// false to stop.
    func eachRecord(from first: UInt64?, _ txn: borrowing Transaction,
                    _ body: (UInt64?, UnsafeRawBufferPointer) throws -> Bool) throws {
        try txn.withCursor(events) { cursor in
            var entry = if let first { try cursor.seek(first.bigEndianBytes) } else { try cursor.first() }
            while let e = entry {
                if try !body(UInt64(bigEndian8: e.key), e.value) { return }
                entry = try cursor.next()
            }
        }
    }
}

/// What breaks a record's link to the one before it, before its own hash is looked at.
enum LinkFault {
    /// Too short to hold the previous hash, a body and its own hash.
    case tooShort
    /// Its previous-hash field is not the previous record's hash (the genesis hash for 1).
    case notLinked
}

extension LedgerStore {
    /// The one link rule: `value`, the record at `sequence`, holds two hashes and names `previous`.
    /// (The hashes are compared with one `memcmp` each, not a byte at a time: `verify` does it a million times.)
    static func linkFault(_ value: UnsafeRawBufferPointer, sequence: UInt64, previous: UnsafeRawBufferPointer) -> LinkFault? {
        guard value.count > 2 * EventCodec.hashBytes else { return .tooShort }
        let named = UnsafeRawBufferPointer(rebasing: value[0..<EventCodec.hashBytes])
        return (sequence == 1 ? named.sameBytes(as: EventCodec.genesisHash) : named.sameBytes(as: previous)) ? nil : .notLinked
    }
}
