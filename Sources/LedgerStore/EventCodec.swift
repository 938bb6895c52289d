public import Ledger

/// The stored form of an event, format version 1. The README's "Storage format" is its spec.
///
///     value = previous_hash[32] ‖ body ‖ hash[32]
///     body  = u8 version(1) ‖ u8 kind ‖ u64 sequence ‖ i64 recorded_at_ms ‖ u64 batch
///           ‖ u32 source_line ‖ u32 date(YYYYMMDD) ‖ i64 amount_fen
///           ‖ str id ‖ str project ‖ str name ‖ str group ‖ str industry ‖ str investor ‖ str ref ‖ str note
///     str   = u32 length ‖ UTF-8 bytes;  all integers big-endian
///     hash  = SHA-256(previous_hash ‖ body) — that is, of every byte before it
public enum EventCodec {
    public static let version: UInt8 = 1
    public static let hashBytes = 32
    /// The previous hash of the first event: 32 zero bytes.
    public static let genesisHash = [UInt8](repeating: 0, count: 32)

    /// Writes `previous_hash ‖ body`; the caller hashes these bytes and appends the hash.
    public static func encodeUnhashed(
        _ e: Event, sequence: UInt64, recordedAtMs: Int64, batch: UInt64, sourceLine: UInt32,
        previousHash: [UInt8], into w: inout ByteWriter
    ) {
        precondition(previousHash.count == hashBytes, "previous hash must be 32 bytes")
        w.raw(previousHash)
        w.u8(version)
        w.u8(e.kind.rawValue)
        w.u64(sequence)
        w.i64(recordedAtMs)
        w.u64(batch)
        w.u32(sourceLine)
        w.u32(e.date.yyyymmdd)
        w.i64(e.amount.fen)
        w.string(e.id)
        w.string(e.project)
        w.string(e.name)
        w.string(e.group)
        w.string(e.industry)
        w.string(e.investor)
        w.string(e.ref)
        w.string(e.note)
    }

    /// Decodes a whole stored value, hash included.
    public static func decode(_ value: UnsafeRawBufferPointer) throws(CodecError) -> RecordedEvent {
        var r = ByteReader(value)
        let previous = [UInt8](try r.bytes(hashBytes))
        let v = try r.u8()
        guard v == version else { throw .unknownVersion(v) }
        let k = try r.u8()
        guard let kind = EventKind(rawValue: k) else { throw .unknownKind(k) }
        let sequence = try r.u64()
        let recordedAt = try r.i64()
        let batch = try r.u64()
        let line = try r.u32()
        let rawDate = try r.u32()
        guard let date = BusinessDate(yyyymmdd: rawDate) else { throw .invalidDate(rawDate) }
        let amount = try r.i64()
        let id = try r.string(), project = try r.string(), name = try r.string(), group = try r.string()
        let industry = try r.string(), investor = try r.string(), ref = try r.string(), note = try r.string()
        let hash = [UInt8](try r.bytes(hashBytes))
        if r.remaining != 0 { throw .trailingBytes(r.remaining) }
        let event = Event(id: id, kind: kind, project: project, date: date, amount: Money(fen: amount),
                          name: name, group: group, industry: industry, investor: investor, ref: ref, note: note)
        let envelope = Envelope(sequence: sequence, recordedAtMs: recordedAt, batch: batch, sourceLine: line,
                                previousHash: previous, hash: hash)
        return RecordedEvent(envelope: envelope, event: event)
    }

    public static func decode(_ value: [UInt8]) throws(CodecError) -> RecordedEvent {
        let result: Result<RecordedEvent, CodecError> = value.withUnsafeBytes { b in
            do throws(CodecError) { return .success(try decode(b)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
