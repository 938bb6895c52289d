public import Ledger

/// The stored form of an event, record versions 1 and 2. The README's "Storage format" is its spec.
///
///     value = previous_hash[32] ‖ body ‖ hash[32]
///     body  = u8 version(1|2) ‖ u8 kind ‖ u64 sequence ‖ i64 recorded_at_ms ‖ u64 batch
///           ‖ u32 source_line ‖ u32 date(YYYYMMDD) ‖ i64 amount_fen
///           ‖ str id ‖ str project ‖ str name ‖ str group ‖ str industry ‖ str investor ‖ str ref ‖ str note
///           ‖ (version 2 only) u32 attribute_count ‖ (str key ‖ str value) × attribute_count
///     str   = u32 length ‖ UTF-8 bytes;  all integers big-endian
///     hash  = SHA-256(previous_hash ‖ body) — that is, of every byte before it
///
/// Version 2 is written only for an `updated` event or one with attributes, and only such an
/// event may be version 2: each event has one form, so ledgers of version 1 keep their digests.
public enum EventCodec {
    /// The version of records without attributes.
    public static let version: UInt8 = 1
    /// The version of `updated` events and events with attributes.
    public static let version2: UInt8 = 2
    public static let hashBytes = 32
    /// The previous hash of the first event: 32 zero bytes.
    public static let genesisHash = [UInt8](repeating: 0, count: 32)

    /// Writes `previous_hash ‖ body`; the caller hashes these bytes and appends the hash.
    public static func encodeUnhashed(
        _ e: Event, sequence: UInt64, recordedAtMs: Int64, batch: UInt64, sourceLine: UInt32,
        previousHash: [UInt8], into w: inout ByteWriter
    ) {
        precondition(previousHash.count == hashBytes, "previous hash must be 32 bytes")
        let v2 = e.needsRecordVersion2
        var count = hashBytes + 2 + 8 + 8 + 8 + 4 + 4 + 8
        count += FixedBytes.size(e.id) + FixedBytes.size(e.project) + FixedBytes.size(e.name) + FixedBytes.size(e.group)
        count += FixedBytes.size(e.industry) + FixedBytes.size(e.investor) + FixedBytes.size(e.ref) + FixedBytes.size(e.note)
        if v2 { count += 4 + e.attributes.reduce(0) { $0 + FixedBytes.size($1.key) + FixedBytes.size($1.value) } }
        w.append(count: count) { w in
            previousHash.withUnsafeBytes { w.raw($0) }
            w.u8(v2 ? version2 : version)
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
            guard v2 else { return }
            w.u32(UInt32(e.attributes.count))
            for a in e.attributes { w.string(a.key); w.string(a.value) }
        }
    }

    /// Checks that a record's version fits what it holds (see the type's comment).
    static func checkVersion(_ v: UInt8, kind: UInt8, attributeCount: Int) throws(CodecError) {
        let needs = kind == EventKind.updated.rawValue || attributeCount > 0
        if needs != (v == version2) { throw .versionMismatch(version: v, kind: kind) }
    }

    /// Decodes a whole stored value, hash included.
    public static func decode(_ value: UnsafeRawBufferPointer) throws(CodecError) -> RecordedEvent {
        var r = ByteReader(value)
        let previous = [UInt8](try r.bytes(hashBytes))
        let v = try r.u8()
        guard v == version || v == version2 else { throw .unknownVersion(v) }
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
        var attributes: [Attribute] = []
        if v == version2 {
            let n = try r.u32()
            // Each pair takes at least 8 bytes: a count beyond what is left is a truncated record, not an allocation.
            guard Int(n) <= r.remaining / 8 else { throw .truncated(offset: r.offset) }
            for _ in 0..<n { attributes.append(Attribute(try r.string(), try r.string())) }
        }
        try checkVersion(v, kind: k, attributeCount: attributes.count)
        let hash = [UInt8](try r.bytes(hashBytes))
        if r.remaining != 0 { throw .trailingBytes(r.remaining) }
        let event = Event(id: id, kind: kind, project: project, date: date, amount: Money(fen: amount),
                          name: name, group: group, industry: industry, investor: investor, ref: ref, note: note,
                          attributes: attributes)
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
