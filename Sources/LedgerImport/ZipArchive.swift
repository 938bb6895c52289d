internal import Foundation
internal import Catalogue
internal import Ledger
internal import SystemZlib   // Debian's zlib1g-dev, through a system-library target of our own

/// The parts of a zip archive (an xlsx workbook), read from bytes in memory with every offset
/// and size checked against them, and inflated by zlib with bounded input and output.
///
/// Written because ZIPFoundation 0.9.20 is not safe for hostile input, as `Tools/fuzz` found:
/// its in-memory archive traps when the central directory points past the end
/// (Fixtures/fuzz/crashes/xlsx-zipfoundation-trap-offset-past-end), leaks when there is no
/// central directory, and its inflater loops forever on a deflate stream cut short, since it
/// reads on past the entry's bytes and an empty read at the end of the file never ends the
/// loop (xlsx-zipfoundation-hang-deflate-cut-short). Only what a workbook needs: stored and
/// deflated parts, no zip64, no encryption.
struct ZipArchive {
    struct Entry {
        var flags: UInt16
        var method: UInt16
        var crc32: UInt32
        var compressedBytes: Int
        var uncompressedBytes: Int
        var localHeader: Int
    }

    /// Why the archive, or one part of it, cannot be read; `detail` is the number a reason names.
    struct Damaged: Error {
        let reason: ReaderText
        var detail = ""

        func words(_ language: Language) -> String {
            reason.text(language, ["max": detail, "method": detail])
        }
    }

    /// The largest part inflated: a workbook's sheet of 10,000,000 rows is far smaller; a
    /// "zip bomb" part declaring more is refused before anything is allocated.
    static let partBytesMax = Limits.xlsxPartBytesMax


    let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]
    private let directoryStart: Int

    init(_ bytes: [UInt8]) throws(Damaged) {
        self.bytes = bytes
        let end = try Self.endOfCentralDirectory(bytes)
        let count = Int(Self.u16(bytes, end + 10)), directoryBytes = Int(Self.u32(bytes, end + 12)), start = Int(Self.u32(bytes, end + 16))
        guard start + directoryBytes <= end else { throw Damaged(reason: .zipDirectoryOutside) }
        var p = start
        for _ in 0..<count {
            guard p + 46 <= end, Self.u32(bytes, p) == 0x0201_4B50 else { throw Damaged(reason: .zipEntryDamaged) }
            let nameBytes = Int(Self.u16(bytes, p + 28)), extraBytes = Int(Self.u16(bytes, p + 30)), commentBytes = Int(Self.u16(bytes, p + 32))
            guard p + 46 + nameBytes <= end else { throw Damaged(reason: .zipEntryDamaged) }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameBytes)], as: UTF8.self)
            entries[name] = Entry(flags: Self.u16(bytes, p + 8), method: Self.u16(bytes, p + 10), crc32: Self.u32(bytes, p + 16),
                                  compressedBytes: Int(Self.u32(bytes, p + 20)), uncompressedBytes: Int(Self.u32(bytes, p + 24)),
                                  localHeader: Int(Self.u32(bytes, p + 42)))
            p += 46 + nameBytes + extraBytes + commentBytes
        }
        directoryStart = start
    }

    /// Where part `name`'s bytes start, checked: its local header there, and its bytes before
    /// the central directory. Only the parts read are checked, as other readers do.
    private func dataOffset(_ e: Entry) throws(Damaged) -> Int {
        let local = e.localHeader
        guard local + 30 <= directoryStart, u32(local) == 0x0403_4B50 else { throw Damaged(reason: .zipLocalHeaderMissing) }
        let offset = local + 30 + Int(u16(local + 26)) + Int(u16(local + 28))
        guard e.flags & 1 == 0 else { throw Damaged(reason: .zipEncrypted) }
        guard offset + e.compressedBytes <= directoryStart else { throw Damaged(reason: .zipPastEnd) }
        return offset
    }

    /// The inflated bytes of part `name`, nil when there is no such part.
    func data(_ name: String) throws(Damaged) -> Data? {
        guard let e = entries[name] else { return nil }
        guard e.uncompressedBytes <= Self.partBytesMax else { throw Damaged(reason: .zipPartTooLarge, detail: String(Self.partBytesMax)) }
        let offset = try dataOffset(e)
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedBytes == e.uncompressedBytes else { throw Damaged(reason: .zipSizesDisagree) }
            out = Array(bytes[offset..<(offset + e.compressedBytes)])
        case 8:
            out = try inflated(e, at: offset)
        default:
            throw Damaged(reason: .zipMethod, detail: String(e.method))
        }
        let crc = out.withUnsafeBufferPointer { b in UInt32(crc32(0, b.baseAddress, uInt(b.count))) }
        guard crc == e.crc32 else { throw Damaged(reason: .zipChecksum) }
        return Data(out)
    }

    /// Raw deflate (no zlib header), exactly the entry's bytes in and its declared size out.
    private func inflated(_ e: Entry, at offset: Int) throws(Damaged) -> [UInt8] {
        // At least one byte of room: zlib refuses a null output buffer, even for an empty part.
        var out = [UInt8](repeating: 0, count: max(1, e.uncompressedBytes))
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Damaged(reason: .zipInflateStart)
        }
        defer { inflateEnd(&stream) }
        let result: Int32 = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + offset)
                stream.avail_in = uInt(e.compressedBytes)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                // One call with all input and all room: it ends the stream, or says why not.
                return inflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END, Int(stream.total_out) == e.uncompressedBytes else {
            throw Damaged(reason: .zipInflateEnd)
        }
        out.removeLast(out.count - e.uncompressedBytes)
        return out
    }

    /// The offset of the end-of-central-directory record: the last signature at least 22
    /// bytes from the end, with its whole comment present.
    static func endOfCentralDirectory(_ b: [UInt8]) throws(Damaged) -> Int {
        let recordBytes = 22
        guard b.count >= recordBytes else { throw Damaged(reason: .notAZip) }
        var p = b.count - recordBytes
        while p >= 0 {
            if b[p] == 0x50 && b[p + 1] == 0x4B && b[p + 2] == 0x05 && b[p + 3] == 0x06 {
                let commentBytes = Int(b[p + 20]) | Int(b[p + 21]) << 8
                guard p + recordBytes + commentBytes <= b.count else { throw Damaged(reason: .notAZip) }
                return p
            }
            p -= 1
        }
        throw Damaged(reason: .notAZip)
    }

    private static func u16(_ b: [UInt8], _ p: Int) -> UInt16 { UInt16(b[p]) | UInt16(b[p + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ p: Int) -> UInt32 { UInt32(u16(b, p)) | UInt32(u16(b, p + 2)) << 16 }
    private func u16(_ p: Int) -> UInt16 { Self.u16(bytes, p) }
    private func u32(_ p: Int) -> UInt32 { Self.u32(bytes, p) }
}
