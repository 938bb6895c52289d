public import Ledger

/// Encodes and hashes one source's events ahead of the writer, on the thread that parses them.
///
/// The chain depends only on the previous hash and the record, so once a source's batch begins
/// (its first sequence, head hash, recorded time and batch id known) each event's record, chain
/// hash and Merkle leaf can be made where the row is read, assuming every event before it lands.
/// That holds unless a row is a duplicate (it is skipped and the import goes on) or refused (then
/// the import is rejected and nothing lands): the writer checks each record's previous hash and
/// sequence against its head and encodes the event itself when they differ. Used by one thread
/// at a time: the parsing thread while the source's rows are read.
public final class RowPreparer: @unchecked Sendable {
    /// 256 KiB: above glibc's mmap threshold only after it adapts; about 1,500 records.
    static let blockBytes = 256 << 10
    private var sequence: UInt64
    private var previousHash: [UInt8]
    private let recordedAtMs: Int64
    private let batch: UInt64
    private var encoder = ByteWriter(capacity: 1024)
    private var block = ByteBlock(capacity: RowPreparer.blockBytes)
    private let projects: ProjectIds

    init(firstSequence: UInt64, previousHash: [UInt8], recordedAtMs: Int64, batch: UInt64, projects: ProjectIds) {
        self.projects = projects
        sequence = firstSequence
        self.previousHash = previousHash
        self.recordedAtMs = recordedAtMs
        self.batch = batch
    }

    /// The row with its record, leaf and project number when it is an event; as it is otherwise.
    ///
    /// The row is taken, not lent: it moves into the prepared row uncopied (a copy retains each
    /// of its strings once more, and the writer's thread releases them again).
    public func prepare(_ row: consuming IncomingRow) -> PreparedRow {
        let leaf: MerkleHash, project: Int32
        switch row {
        case .problems: return PreparedRow(row)
        case .event(let event, let line):
            leaf = RowPreparer.encode(event, sequence: sequence, recordedAtMs: recordedAtMs, batch: batch,
                                      sourceLine: line, previousHash: previousHash, into: &encoder)
            project = projects.number(of: event.project)
        }
        sequence += 1
        let (offset, count) = encoder.bytes.withUnsafeBytes { record in
            previousHash.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: record[(record.count - EventCodec.hashBytes)...])) }
            if record.count > block.capacity - block.used { block = ByteBlock(capacity: max(RowPreparer.blockBytes, record.count)) }
            return (block.append(record)!, record.count)
        }
        return PreparedRow(row, block: block, offset: offset, count: count, leaf: leaf.storage, project: project)
    }

    /// Writes an event's stored record (`EventCodec`, its hash appended) over `writer`'s bytes; its Merkle leaf.
    static func encode(_ event: Event, sequence: UInt64, recordedAtMs: Int64, batch: UInt64, sourceLine: UInt32,
                       previousHash: [UInt8], into writer: inout ByteWriter) -> MerkleHash {
        writer.bytes.removeAll(keepingCapacity: true)
        EventCodec.encodeUnhashed(event, sequence: sequence, recordedAtMs: recordedAtMs, batch: batch,
                                  sourceLine: sourceLine, previousHash: previousHash, into: &writer)
        let hash = writer.bytes.withUnsafeBytes { StackSHA256.of($0) }
        withUnsafeBytes(of: hash) { writer.bytes.append(contentsOf: $0) }
        return writer.bytes.withUnsafeBytes { Merkle.leafHash($0) }
    }

    /// True when `record` is the one the writer would make at `sequence` after `previousHash`, in `batch` at `recordedAtMs`.
    static func fits(_ record: UnsafeRawBufferPointer, sequence: UInt64, previousHash: [UInt8], recordedAtMs: Int64, batch: UInt64) -> Bool {
        // previous_hash[32] ‖ version ‖ kind ‖ u64 sequence ‖ i64 recorded_at_ms ‖ u64 batch ‖ …
        guard record.count > LedgerStore.batchOffset + 8 + EventCodec.hashBytes else { return false }
        return UnsafeRawBufferPointer(rebasing: record[0..<EventCodec.hashBytes]).sameBytes(as: previousHash)
            && record.loadUnaligned(fromByteOffset: LedgerStore.sequenceOffset, as: UInt64.self) == sequence.bigEndian
            && record.loadUnaligned(fromByteOffset: LedgerStore.recordedOffset, as: Int64.self) == recordedAtMs.bigEndian
            && record.loadUnaligned(fromByteOffset: LedgerStore.batchOffset, as: UInt64.self) == batch.bigEndian
    }
}
