internal import LMDB
internal import Ledger

extension LedgerStore {
    static let originKey = Array("origin".utf8)

    /// The checkpoint origin set at `init --origin`; nil when none was set (the zone's name then gives it).
    public func origin() throws -> String? {
        try reading { txn in try txn.get(meta, key: LedgerStore.originKey).map { String(decoding: $0, as: UTF8.self) } }
    }

    public func setOrigin(_ origin: String) throws {
        try writing { txn in try txn.put(meta, key: LedgerStore.originKey, value: Array(origin.utf8)) }
    }

    /// The last sequence recorded at or before `ms`: the prefix the ledger knew then.
    ///
    /// Recorded times never decrease along the log, so this is a binary search: O(log n) reads.
    public func lastSequence(recordedAtOrBefore ms: Int64) throws -> UInt64 {
        try reading { txn in
            var low: UInt64 = 0, high = try head(txn).sequence
            while low < high {
                let middle = low + (high - low + 1) / 2
                guard let value = try withUnsafeBytes(of: middle.bigEndian, { try txn.get(events, key: $0) }), value.count > 64 else {
                    throw StoreError(.corrupt, .missingFromLog, path: path, sequence: middle)
                }
                if LedgerStore.recordedAtMs(of: value) <= ms { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }
}
