internal import Ledger

/// Where a batch came from: one input file landed in one import.
public struct BatchRecord: Hashable, Sendable {
    public var id: UInt64
    public var fileName: String
    /// SHA-256 of the file's bytes as read.
    public var fileSHA256: [UInt8]
    public var encoding: String
    public var rows: UInt64
    public var firstSequence: UInt64
    public var eventCount: UInt64
    /// Rows already in the ledger (same id, same content), skipped.
    public var duplicateCount: UInt64
    /// The recorded time of every event of the batch.
    public var recordedAtMs: Int64
    /// The wall-clock time the import ran.
    public var importedAtMs: Int64
    /// True when `--recorded-at` set the recorded time instead of the clock.
    public var backdated: Bool
    public var operatorName: String

    public init(id: UInt64, fileName: String, fileSHA256: [UInt8], encoding: String, rows: UInt64, firstSequence: UInt64,
                eventCount: UInt64, duplicateCount: UInt64, recordedAtMs: Int64, importedAtMs: Int64, backdated: Bool, operatorName: String) {
        self.id = id
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.encoding = encoding
        self.rows = rows
        self.firstSequence = firstSequence
        self.eventCount = eventCount
        self.duplicateCount = duplicateCount
        self.recordedAtMs = recordedAtMs
        self.importedAtMs = importedAtMs
        self.backdated = backdated
        self.operatorName = operatorName
    }

    static let version: UInt8 = 1

    func encoded() -> [UInt8] {
        var w = ByteWriter(capacity: 160)
        w.u8(BatchRecord.version)
        w.u64(id); w.u64(firstSequence); w.u64(eventCount); w.u64(rows); w.u64(duplicateCount)
        w.i64(recordedAtMs); w.i64(importedAtMs); w.u8(backdated ? 1 : 0)
        w.raw(fileSHA256)
        w.string(fileName); w.string(operatorName); w.string(encoding)
        return w.bytes
    }

    static func decode(_ b: UnsafeRawBufferPointer) throws(CodecError) -> BatchRecord {
        var r = ByteReader(b)
        let v = try r.u8()
        guard v == version else { throw .unknownVersion(v) }
        let id = try r.u64(), first = try r.u64(), count = try r.u64(), rows = try r.u64(), dups = try r.u64()
        let recorded = try r.i64(), imported = try r.i64(), backdated = try r.u8() == 1
        let sha = [UInt8](try r.bytes(32))
        let name = try r.string(), op = try r.string(), encoding = try r.string()
        return BatchRecord(id: id, fileName: name, fileSHA256: sha, encoding: encoding, rows: rows, firstSequence: first,
                           eventCount: count, duplicateCount: dups, recordedAtMs: recorded, importedAtMs: imported,
                           backdated: backdated, operatorName: op)
    }
}

/// One input file of an import, known before its rows are read.
public struct BatchSource: Sendable {
    public var fileName: String
    public var sha256: [UInt8]
    public var encoding: String
    /// Set when the batch replays one batch of an export (`import --replay-export`).
    public var replay: ReplayedBatch?

    public init(fileName: String, sha256: [UInt8], encoding: String, replay: ReplayedBatch? = nil) {
        self.fileName = fileName
        self.sha256 = sha256
        self.encoding = encoding
        self.replay = replay
    }
}

/// A batch as an export recorded it: it lands with the same id and recorded time, and its
/// last event must come out with the same hash, else the import is rejected.
public struct ReplayedBatch: Sendable {
    public var batchId: UInt64
    public var recordedAtMs: Int64
    public var lastHash: [UInt8]

    public init(batchId: UInt64, recordedAtMs: Int64, lastHash: [UInt8]) {
        self.batchId = batchId
        self.recordedAtMs = recordedAtMs
        self.lastHash = lastHash
    }
}
