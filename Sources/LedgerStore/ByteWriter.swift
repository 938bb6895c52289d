public import Ledger

/// Appends big-endian integers and length-prefixed UTF-8 to a byte array.
public struct ByteWriter {
    public var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) public mutating func u8(_ v: UInt8) { bytes.append(v) }
    @inline(__always) public mutating func u16(_ v: UInt16) { bytes.append(UInt8(v >> 8)); bytes.append(UInt8(v & 0xFF)) }
    @inline(__always) public mutating func u32(_ v: UInt32) {
        bytes.append(UInt8(v >> 24)); bytes.append(UInt8(v >> 16 & 0xFF))
        bytes.append(UInt8(v >> 8 & 0xFF)); bytes.append(UInt8(v & 0xFF))
    }
    @inline(__always) public mutating func u64(_ v: UInt64) {
        var i = 56
        while i >= 0 { bytes.append(UInt8(v >> UInt64(i) & 0xFF)); i -= 8 }
    }
    @inline(__always) public mutating func i64(_ v: Int64) { u64(UInt64(bitPattern: v)) }
    /// u32 length, then the UTF-8 bytes.
    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
    public mutating func raw<C: Collection>(_ c: C) where C.Element == UInt8 { bytes.append(contentsOf: c) }

    /// Appends exactly `count` bytes, written by `body` in place: no capacity check per byte, for
    /// what is written often and whose size is known first (an event's record, on the import's
    /// parsing thread, where `append` per byte was most of its encoding).
    public mutating func append(count: Int, _ body: (inout FixedBytes) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        bytes.withUnsafeMutableBytes { all in
            var out = FixedBytes(UnsafeMutableRawBufferPointer(rebasing: all[start...]))
            body(&out)
            precondition(out.written == count, "wrote \(out.written) bytes of \(count)")
        }
    }
}

/// Writes what `ByteWriter` writes, in the same forms, into bytes set aside for it.
public struct FixedBytes {
    private let buffer: UnsafeMutableRawBufferPointer
    public private(set) var written = 0

    init(_ buffer: UnsafeMutableRawBufferPointer) { self.buffer = buffer }

    @inline(__always) public mutating func u8(_ v: UInt8) { put(v) }
    @inline(__always) public mutating func u32(_ v: UInt32) { put(v.bigEndian) }
    @inline(__always) public mutating func u64(_ v: UInt64) { put(v.bigEndian) }
    @inline(__always) public mutating func i64(_ v: Int64) { put(UInt64(bitPattern: v).bigEndian) }

    /// u32 length, then the UTF-8 bytes.
    @inline(__always) public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            raw(UnsafeRawBufferPointer(utf8))
        }
    }

    @inline(__always) public mutating func raw(_ bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count <= buffer.count - written, "past the bytes set aside")
        if let source = bytes.baseAddress { (buffer.baseAddress! + written).copyMemory(from: source, byteCount: bytes.count) }
        written += bytes.count
    }

    /// The bytes a `string` of `s` takes.
    @inline(__always) public static func size(_ s: String) -> Int { 4 + s.utf8.count }

    @inline(__always) private mutating func put<T: FixedWidthInteger>(_ v: T) {
        precondition(MemoryLayout<T>.size <= buffer.count - written, "past the bytes set aside")
        buffer.storeBytes(of: v, toByteOffset: written, as: T.self)
        written += MemoryLayout<T>.size
    }
}

/// Reads what `ByteWriter` wrote; every read is bounds-checked.
public struct ByteReader {
    public let buffer: UnsafeRawBufferPointer
    public private(set) var offset: Int

    public init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    public var remaining: Int { buffer.count - offset }

    @inline(__always) mutating func need(_ n: Int) throws(CodecError) {
        if n < 0 || remaining < n { throw CodecError.truncated(offset: offset) }
    }
    public mutating func u8() throws(CodecError) -> UInt8 {
        try need(1); defer { offset += 1 }; return buffer[offset]
    }
    public mutating func u16() throws(CodecError) -> UInt16 {
        try need(2); defer { offset += 2 }
        return UInt16(buffer[offset]) << 8 | UInt16(buffer[offset + 1])
    }
    public mutating func u32() throws(CodecError) -> UInt32 {
        try need(4); defer { offset += 4 }
        return UInt32(bigEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    public mutating func u64() throws(CodecError) -> UInt64 {
        try need(8); defer { offset += 8 }
        return UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    public mutating func i64() throws(CodecError) -> Int64 { Int64(bitPattern: try u64()) }
    public mutating func bytes(_ n: Int) throws(CodecError) -> UnsafeRawBufferPointer {
        try need(n); defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + n])
    }
    public mutating func string() throws(CodecError) -> String {
        let n = Int(try u32())
        let raw = try bytes(n)
        guard let s = ByteReader.text(raw) else { throw CodecError.invalidText(offset: offset - n) }
        return s
    }

    /// The String of well-formed UTF-8 `raw`; nil when it is not, as `String(validating:)` answers.
    ///
    /// `String(validating:)` is generic and not specialised here: it looked up its metadata on
    /// every call, a tenth of a summary's decoding. `String(decoding:)` takes a fast path and
    /// repairs a bad sequence with U+FFFD, so the bytes come back unchanged exactly when they
    /// were well-formed (a stored U+FFFD decodes to itself; a repair always changes the bytes).
    static func text(_ raw: UnsafeRawBufferPointer) -> String? {
        var s = String(decoding: raw, as: UTF8.self)
        return s.withUTF8 { UnsafeRawBufferPointer($0).sameBytes(as: raw) } ? s : nil
    }
}

/// A stored value that cannot be decoded.
public enum CodecError: Error, Equatable, Sendable, CustomStringConvertible {
    case truncated(offset: Int)
    case unknownVersion(UInt8)
    case unknownKind(UInt8)
    case invalidDate(UInt32)
    case invalidText(offset: Int)
    case trailingBytes(Int)
    /// A record whose version does not fit what it holds: an `updated` event (kind 8) in
    /// version 1, or a version-2 record that needed no version 2 (the codec writes one form only).
    case versionMismatch(version: UInt8, kind: UInt8)
    /// A projection whose figures cannot be (`ProjectState.invariantViolation`).
    case brokenInvariant(String)

    public var description: String {
        switch self {
        case .truncated(let o): "record ends early at byte \(o)"
        case .unknownVersion(let v): "record format version \(v) is not one this build reads"
        case .unknownKind(let k): "unknown event kind code \(k)"
        case .invalidDate(let d): "invalid date \(d)"
        case .invalidText(let o): "text at byte \(o) is not UTF-8"
        case .trailingBytes(let n): "\(n) bytes after the record"
        case .versionMismatch(let v, let k): "record version \(v) does not fit an event of kind \(k) as stored"
        case .brokenInvariant(let what): "a project state that cannot be: \(what)"
        }
    }
}
