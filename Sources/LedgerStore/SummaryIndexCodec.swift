internal import Ledger

/// One event as the by-day summary index keeps it: what it adds to its business day.
///
/// A void is kept at the day of the event it cancels, naming that event's sequence, so that a
/// range of days read for "as of D" sees both the event and its void.
struct DayFact {
    // The eight-byte fields first and the small ones last: 48 bytes a fact instead of 56, one per event of an import.
    var sequence: UInt64
    var amountFen: Int64
    /// For a void: the sequence of the voided event; 0 otherwise.
    var voidedSequence: UInt64
    var project: String
    var date: UInt32
    var kind: UInt8

    init(date: UInt32, sequence: UInt64, kind: UInt8, amountFen: Int64, voidedSequence: UInt64, project: String) {
        (self.date, self.sequence, self.kind, self.amountFen, self.voidedSequence, self.project) = (date, sequence, kind, amountFen, voidedSequence, project)
    }

    static func precedes(_ a: DayFact, _ b: DayFact) -> Bool {
        a.date != b.date ? a.date < b.date : a.sequence < b.sequence
    }
}

/// Keys and values of `summary_versions` and `summary_days` (see the README's storage format).
///
/// `summary_versions`: u32 quarter ‖ u8 project length ‖ project ‖ u64 recorded time (sign bit
/// flipped, so that byte order is time order) → the project's contribution to the quarter as
/// known from that recorded time on, or no bytes when it stopped contributing.
/// `summary_days`: u32 date (YYYYMMDD) ‖ u64 sequence → u8 kind ‖ i64 amount ‖ u64 voided
/// sequence ‖ project.
enum SummaryIndexCodec {
    static let versionsName = "summary_versions"
    static let daysName = "summary_days"
    static let updatedName = "summary_updated"
    /// The first key of `summary_updated` (no date is 0): the database lists every `updated` event.
    static let updatedMark: [UInt8] = [0, 0, 0, 0]
    static let dayKeyBytes = 12
    static let dayValueFixedBytes = 17

    static func versionKey(quarter: Int, project: String, recordedAtMs: Int64) -> [UInt8] {
        var w = ByteWriter(capacity: 13 + project.utf8.count)
        w.raw(versionPrefix(quarter: quarter, project: project))
        w.u64(orderedTime(recordedAtMs))
        return w.bytes
    }

    /// Every version of one project's contribution to one quarter starts with these bytes.
    static func versionPrefix(quarter: Int, project: String) -> [UInt8] {
        precondition(project.utf8.count <= Limits.idBytesMax, "a project id longer than the limit reached the summary index")
        var w = ByteWriter(capacity: 5 + project.utf8.count)
        w.u32(UInt32(quarter))
        w.u8(UInt8(project.utf8.count))
        w.raw(project.utf8)
        return w.bytes
    }

    static func orderedTime(_ ms: Int64) -> UInt64 { UInt64(bitPattern: ms) ^ (1 << 63) }
    static func time(ordered: UInt64) -> Int64 { Int64(bitPattern: ordered ^ (1 << 63)) }

    static func encodeVersion(_ c: PeriodContribution?) -> [UInt8] { c.map(ProjectionCodec.encode) ?? [] }

    /// A version key read back: the quarter, the project's bytes and the recorded time.
    struct VersionKey {
        var quarter: UInt32
        var project: UnsafeRawBufferPointer
        var recordedAtMs: Int64

        init(_ key: UnsafeRawBufferPointer) throws(CodecError) {
            var r = ByteReader(key)
            quarter = try r.u32()
            let n = Int(try r.u8())
            project = try r.bytes(n)
            recordedAtMs = SummaryIndexCodec.time(ordered: try r.u64())
            if r.remaining != 0 { throw .trailingBytes(r.remaining) }
        }
    }

    static func dayKey(date: UInt32, sequence: UInt64) -> [UInt8] {
        var w = ByteWriter(capacity: dayKeyBytes)
        dayKey(date: date, sequence: sequence, into: &w)
        return w.bytes
    }

    /// Appends a day key to `w`: a writer reused across a million facts allocates nothing apiece.
    static func dayKey(date: UInt32, sequence: UInt64, into w: inout ByteWriter) {
        w.append(count: dayKeyBytes) { dayKey(date: date, sequence: sequence, into: &$0) }
    }

    /// The one place a day key's layout is written.
    private static func dayKey(date: UInt32, sequence: UInt64, into w: inout FixedBytes) {
        w.u32(date)
        w.u64(sequence)
    }

    static func dayValue(_ f: DayFact) -> [UInt8] {
        var w = ByteWriter(capacity: dayValueFixedBytes + f.project.utf8.count)
        dayValue(f, into: &w)
        return w.bytes
    }

    static func dayValue(_ f: DayFact, into w: inout ByteWriter) {
        w.append(count: dayValueFixedBytes + f.project.utf8.count) { dayValue(f, into: &$0) }
    }

    /// The one place a day value's layout is written.
    private static func dayValue(_ f: DayFact, into w: inout FixedBytes) {
        w.u8(f.kind)
        w.i64(f.amountFen)
        w.u64(f.voidedSequence)
        var project = f.project
        project.withUTF8 { w.raw(UnsafeRawBufferPointer($0)) }
    }

    /// Writes a fact's key and then its value to `out` (room for both); returns the bytes written.
    static func dayEntry(_ f: DayFact, into out: UnsafeMutableRawBufferPointer) -> Int {
        var w = FixedBytes(out)
        dayKey(date: f.date, sequence: f.sequence, into: &w)
        dayValue(f, into: &w)
        return w.written
    }

    /// A day entry read in place; the project stays bytes until a contribution needs it.
    struct DayEntry {
        var date: UInt32
        var sequence: UInt64
        var kind: UInt8
        var amountFen: Int64
        var voidedSequence: UInt64
        var project: UnsafeRawBufferPointer

        init(key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) throws(CodecError) {
            guard key.count == SummaryIndexCodec.dayKeyBytes else { throw .trailingBytes(key.count) }
            var k = ByteReader(key)
            date = try k.u32()
            sequence = try k.u64()
            var r = ByteReader(value)
            kind = try r.u8()
            guard EventKind(rawValue: kind) != nil else { throw .unknownKind(kind) }
            amountFen = try r.i64()
            voidedSequence = try r.u64()
            project = try r.bytes(r.remaining)
        }
    }
}
