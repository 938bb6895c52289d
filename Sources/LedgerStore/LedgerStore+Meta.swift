internal import LMDB
internal import Ledger

extension LedgerStore {
    static let headSequenceKey = Array("head_seq".utf8)
    static let headHashKey = Array("head_hash".utf8)
    static let headRecordedKey = Array("head_recorded_at_ms".utf8)
    static let batchCountKey = Array("batch_count".utf8)
    static let zoneKey = Array("zone".utf8)

    /// A u64 of `meta`; a value of any other length than eight bytes is a damaged ledger, not a trap.
    func readU64(_ txn: borrowing Transaction, _ key: [UInt8]) throws -> UInt64? {
        guard let bytes = try txn.get(meta, key: key) else { return nil }
        guard let value = bytes.withUnsafeBytes({ UInt64(bigEndian8: $0) }) else {
            throw StoreError(.corrupt, .metaKeyNot8, ["key": String(decoding: key, as: UTF8.self), "bytes": String(bytes.count)], path: path)
        }
        return value
    }

    /// The head as `meta` records it.
    func head(_ txn: borrowing Transaction) throws -> Head {
        guard let sequence = try readU64(txn, LedgerStore.headSequenceKey), sequence > 0 else { return .empty }
        let hash = try txn.get(meta, key: LedgerStore.headHashKey) ?? []
        guard hash.count == EventCodec.hashBytes else {
            throw StoreError(.corrupt, .headHashLength, ["bytes": String(hash.count), "expected": String(EventCodec.hashBytes)], path: path)
        }
        let recorded = Int64(bitPattern: try readU64(txn, LedgerStore.headRecordedKey) ?? 0)
        return Head(sequence: sequence, hash: hash, recordedAtMs: recorded)
    }

    func writeHead(_ txn: borrowing Transaction, _ head: Head) throws {
        try txn.put(meta, key: LedgerStore.headSequenceKey, value: head.sequence.bigEndianBytes)
        try txn.put(meta, key: LedgerStore.headHashKey, value: head.hash)
        try txn.put(meta, key: LedgerStore.headRecordedKey, value: UInt64(bitPattern: head.recordedAtMs).bigEndianBytes)
    }

    /// The ledger's digest: the last sequence, its hash and recorded time.
    public func head() throws -> Head {
        try reading { txn in try head(txn) }
    }

    /// The zone's name given at `init`.
    public func zone() throws -> String {
        try reading { txn in try txn.get(meta, key: LedgerStore.zoneKey).map { String(decoding: $0, as: UTF8.self) } ?? "" }
    }

    public func setZone(_ zone: String) throws {
        try writing { txn in try txn.put(meta, key: LedgerStore.zoneKey, value: Array(zone.utf8)) }
    }
}
