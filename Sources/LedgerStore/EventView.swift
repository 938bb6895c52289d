public import Ledger

/// A stored event read in place: the envelope's numbers and the text fields as byte ranges.
///
/// `verify`, `rebuild` and time-travel folds read every event of the log; building eight
/// Strings for each costs more than the rest of the work, so they read this view instead and
/// make Strings only where a fold needs them (the project id, a signing's names).
public struct EventView {
    public let value: UnsafeRawBufferPointer
    public let kindCode: UInt8
    public let sequence: UInt64
    public let recordedAtMs: Int64
    public let batch: UInt64
    public let sourceLine: UInt32
    public let dateCode: UInt32
    public let amountFen: Int64
    /// Where id, project, name, group, industry, investor, ref and note start, and their lengths
    /// (SIMD values, so that reading a view allocates nothing).
    let starts: SIMD8<Int32>
    let lengths: SIMD8<Int32>
    /// Record version 2: where the attribute pairs start and how many there are (0 and 0 in version 1).
    let attributesStart: Int
    public let attributeCount: Int

    /// Offsets of the fixed part of the body (after the 32-byte previous hash).
    static let fixedBytes = 1 + 1 + 8 + 8 + 8 + 4 + 4 + 8

    public init(_ value: UnsafeRawBufferPointer) throws(CodecError) {
        self.value = value
        var r = ByteReader(value, offset: EventCodec.hashBytes)
        let version = try r.u8()
        guard version == EventCodec.version || version == EventCodec.version2 else { throw .unknownVersion(version) }
        kindCode = try r.u8()
        guard EventKind(rawValue: kindCode) != nil else { throw .unknownKind(kindCode) }
        sequence = try r.u64()
        recordedAtMs = try r.i64()
        batch = try r.u64()
        sourceLine = try r.u32()
        dateCode = try r.u32()
        amountFen = try r.i64()
        // Eight calls, not a loop setting SIMD lanes by a variable index: this runs for every
        // event `verify` and `rebuild` read, twice or three times each.
        let f0 = try Self.field(&r), f1 = try Self.field(&r), f2 = try Self.field(&r), f3 = try Self.field(&r)
        let f4 = try Self.field(&r), f5 = try Self.field(&r), f6 = try Self.field(&r), f7 = try Self.field(&r)
        starts = SIMD8(f0.start, f1.start, f2.start, f3.start, f4.start, f5.start, f6.start, f7.start)
        lengths = SIMD8(f0.length, f1.length, f2.length, f3.length, f4.length, f5.length, f6.length, f7.length)
        var count = 0
        attributesStart = r.offset
        if version == EventCodec.version2 {
            count = Int(try r.u32())
            for _ in 0..<count * 2 { _ = try r.bytes(Int(try r.u32())) }
        }
        attributeCount = count
        try EventCodec.checkVersion(version, kind: kindCode, attributeCount: count)
        if r.remaining != EventCodec.hashBytes { throw r.remaining < EventCodec.hashBytes ? .truncated(offset: r.offset) : .trailingBytes(r.remaining - EventCodec.hashBytes) }
    }

    /// One `str` field: where its bytes start and how many there are.
    @inline(__always)
    private static func field(_ r: inout ByteReader) throws(CodecError) -> (start: Int32, length: Int32) {
        let n = Int(try r.u32())
        let start = r.offset
        // Bounds first: a stored length of 2^31 or more must be an error, not a trap in Int32().
        _ = try r.bytes(n)
        guard let s = Int32(exactly: start), let l = Int32(exactly: n) else { throw .truncated(offset: start) }
        return (s, l)
    }

    public var kind: EventKind { EventKind(rawValue: kindCode)! }
    public var previousHash: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: value[0..<EventCodec.hashBytes]) }
    public var hash: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: value[(value.count - EventCodec.hashBytes)...]) }
    /// Every byte the hash covers.
    public var hashedBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: value[0..<(value.count - EventCodec.hashBytes)]) }

    public func bytes(_ field: Int) -> UnsafeRawBufferPointer {
        let start = Int(starts[field])
        return UnsafeRawBufferPointer(rebasing: value[start..<start + Int(lengths[field])])
    }
    public func string(_ field: Int) -> String { String(decoding: bytes(field), as: UTF8.self) }

    public var id: String { string(0) }
    public var project: String { string(1) }
    public var ref: String { string(6) }

    /// The event with only what the lifecycle fold reads: names and attributes for a signing or
    /// an update, no id or note.
    public func eventForFold() throws(CodecError) -> Event {
        guard let date = BusinessDate(yyyymmdd: dateCode) else { throw .invalidDate(dateCode) }
        // One initialiser call either way: building the event and then setting its names copied it whole.
        guard kindCode == EventKind.signed.rawValue || kindCode == EventKind.updated.rawValue else {
            return Event(id: "", kind: kind, project: project, date: date, amount: Money(fen: amountFen))
        }
        return Event(id: "", kind: kind, project: project, date: date, amount: Money(fen: amountFen),
                     name: string(2), group: string(3), industry: string(4), investor: string(5), attributes: attributes())
    }

    /// The attributes of a version-2 record (none in version 1); the init checked their bounds.
    public func attributes() -> [Attribute] {
        if attributeCount == 0 { return [] }
        var r = ByteReader(value, offset: attributesStart + 4)
        var out: [Attribute] = []
        for _ in 0..<attributeCount {
            // Cannot throw: the init read these same bytes; an empty list if it ever did.
            guard let key = try? r.string(), let value = try? r.string() else { return [] }
            out.append(Attribute(key, value))
        }
        return out
    }
}
