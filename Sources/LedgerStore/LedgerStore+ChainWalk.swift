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
    /// `body` gets each sequence and stored value and returns false to stop. (`verify` walks
    /// the log its own way: it collects every failure instead of stopping at the first.)
    /// `fromFirstKey` starts at the log's first key whatever it is, so that a malformed key
    /// before sequence 1 is a gap too (the digest's walk); otherwise the walk seeks `first`.
    func walkChain(from first: UInt64, through last: UInt64, verifying: Bool, fromFirstKey: Bool = false, _ txn: borrowing Transaction,
                   _ body: (UInt64, UnsafeRawBufferPointer) throws -> Bool) throws -> ChainPosition {
        var previous = first <= 1 ? EventCodec.genesisHash : verifying ? try event(at: first - 1, txn).envelope.hash : []
        var expected = first
        var beyond: UInt64?
        try txn.withCursor(events) { cursor in
            var entry = fromFirstKey ? try cursor.first() : try cursor.seek(Swift.max(first, 1).bigEndianBytes)
            while let e = entry {
                let key = e.key.count == 8 ? UInt64(bigEndianBytes: e.key) : 0
                if key > last && (!verifying || expected > last) {
                    beyond = key
                    return
                }
                if verifying {
                    if key != expected { throw StoreError(.corrupt, .missingNext, ["next": String(key)], path: path, sequence: expected) }
                    try LedgerStore.checkLink(e.value, sequence: key, previous: &previous)
                }
                expected = key &+ 1
                if try !body(key, e.value) { return }
                entry = try cursor.next()
            }
        }
        return ChainPosition(next: expected, previousHash: previous, beyond: beyond)
    }
}
