internal import LMDB
internal import Ledger

/// What an auditor keeps of a ledger at one point of its log: the last sequence, its chain
/// hash and recorded time, and the Merkle tree head over events 1...sequence.
public struct LedgerDigest: Hashable, Sendable {
    public var sequence: UInt64
    public var hash: [UInt8]
    public var recordedAtMs: Int64
    public var treeHead: MerkleHash

    public static let empty = LedgerDigest(sequence: 0, hash: EventCodec.genesisHash, recordedAtMs: 0, treeHead: Merkle.emptyRoot)
}

/// The leaf hashes of a prefix of the log, with the digest at its end.
public struct LogLeaves: Sendable {
    public var digest: LedgerDigest
    /// `hashes[i]` is the leaf hash of sequence `i + 1`.
    public var hashes: [MerkleHash]
}

extension LedgerStore {
    /// The digest at `sequence` (nil: at the head), with the chain checked on the way.
    ///
    /// Streams the log once in O(log n) memory. Throws `StoreError.corrupt` naming the first
    /// sequence whose link or hash is wrong, a gap, or (for the head) a log that does not end
    /// where `meta` says it does.
    public func digest(at sequence: UInt64? = nil) throws -> LedgerDigest {
        try reading { txn in
            var builder = TreeHeadBuilder()
            let last = try scanLeaves(through: sequence, txn) { _, leaf in builder.append(leaf) }
            return LedgerDigest(sequence: builder.size, hash: last.hash, recordedAtMs: last.recordedAtMs, treeHead: builder.root())
        }
    }

    /// Every leaf hash of events 1...`sequence` (nil: through the head), the chain checked as in `digest(at:)`.
    public func leaves(through sequence: UInt64? = nil) throws -> LogLeaves {
        try reading { txn in
            var hashes: [MerkleHash] = []
            if let sequence { hashes.reserveCapacity(Int(clamping: sequence)) }
            let last = try scanLeaves(through: sequence, txn) { _, leaf in hashes.append(leaf) }
            let digest = LedgerDigest(sequence: UInt64(hashes.count), hash: last.hash, recordedAtMs: last.recordedAtMs,
                                      treeHead: Merkle.root(hashes))
            return LogLeaves(digest: digest, hashes: hashes)
        }
    }

    /// The event's stored value, byte for byte: the leaf data of its Merkle leaf.
    public func storedValue(at sequence: UInt64) throws -> [UInt8]? {
        try reading { txn in try withUnsafeBytes(of: sequence.bigEndian) { key in try txn.get(events, key: key).map { Array($0) } } }
    }

    /// Calls `body` with each sequence from 1 and its leaf hash, checking every link; returns the last event's hash and time.
    private func scanLeaves(through sequence: UInt64?, _ txn: borrowing Transaction,
                            _ body: (UInt64, MerkleHash) throws -> Void) throws -> Head {
        let head = try head(txn)
        let end = sequence ?? head.sequence
        if end > head.sequence {
            throw StoreError(.unknownEvent, .beyondHead, ["head": String(head.sequence)], path: path, sequence: end)
        }
        var recordedAtMs: Int64 = 0
        let walked = try walkChain(from: 1, through: end, verifying: true, fromFirstKey: true, txn) { key, value in
            recordedAtMs = LedgerStore.recordedAtMs(of: value)
            try body(key, Merkle.leafHash(value))
            return true
        }
        if sequence == nil, let key = walked.beyond {
            throw StoreError(.corrupt, .beyondMetaHead, ["head": String(head.sequence)], path: path, sequence: key)
        }
        let expected = walked.next, previous = walked.previousHash
        if expected <= end { throw StoreError(.corrupt, .missingHead, ["head": String(end)], path: path, sequence: expected) }
        if sequence == nil && end > 0 && previous != head.hash {
            throw StoreError(.corrupt, .headHashMismatch, path: path, sequence: end)
        }
        return end == 0 ? .empty : Head(sequence: end, hash: previous, recordedAtMs: recordedAtMs)
    }

    /// The recorded time in a stored value (checked long enough by `checkLink`).
    static func recordedAtMs(of value: UnsafeRawBufferPointer) -> Int64 {
        var v: UInt64 = 0
        for i in 0..<8 { v = v << 8 | UInt64(value[recordedOffset + i]) }
        return Int64(bitPattern: v)
    }
}
