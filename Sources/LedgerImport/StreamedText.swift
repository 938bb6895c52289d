internal import Ledger
internal import Catalogue
internal import Crypto
#if canImport(Glibc)
internal import Glibc
#endif

/// A large UTF-8 CSV file read in chunks, never whole: what a batch of millions of rows costs
/// in memory is then a chunk, not the file.
///
/// `scan` reads it once for what must be known before the import begins (its SHA-256, that it
/// is UTF-8, its line count, its first line); `CSVText` reads it again, chunk by chunk, as the
/// rows are parsed, and hashes it again: bytes that changed between the two reads reject the
/// import. A file that needs more than a scan (not UTF-8, a total row, an export) is read whole,
/// as before.
struct StreamedText: Sendable {
    let path: String
    /// Where the text starts: 3 after a UTF-8 byte-order mark.
    let offset: Int
    let byteCount: Int
    let lineCount: Int
    let sha256: [UInt8]
    let chunkBytes: Int

    /// How much of the start decides the format and refusals (as `InputFile.read` decides them on the whole).
    static let headBytes = 64 << 10

    /// `UTF-8`, or `UTF-8 with BOM`: what the whole read names the same text.
    var encoding: String { offset == 3 ? "UTF-8 with BOM" : "UTF-8" }

    /// Reads `path` once; nil when it is not a plain UTF-8 CSV that streams (then it is read whole).
    static func scan(path: String, format: InputFormat?, encoding: String?, bytesMin: Int, chunkBytes: Int) -> StreamedText? {
        if let encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) { return nil }
        guard let file = ChunkFile(path: path, chunkBytes: max(chunkBytes, headBytes)), file.size >= bytesMin else { return nil }
        guard let head = file.read(), !head.isEmpty else { return nil }
        if format == nil, InputFile.refusal(path: path, bytes: head) != nil { return nil }   // the whole read says so
        guard (format ?? InputFormat.detect(name: path, bytes: head)) == .csv,
              !head.starts(with: [0xFF, 0xFE]), !head.starts(with: [0xFE, 0xFF]),
              let firstLineEnd = head.firstIndex(of: 0x0A), !InputFile.isExport(Array(head[..<firstLineEnd])) else { return nil }
        let bom = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let hasher = ChunkHasher()
        var utf8 = UTF8Stream()
        var lines = 0
        var tail: [UInt8] = []   // the last bytes of the chunk before, for a total word cut in two
        var chunk = head, first = true
        while true {
            hasher.add(chunk)
            let text = first ? Array(chunk[bom...]) : chunk
            guard utf8.add(text) else { return nil }
            lines += InputFile.lineBreaks(text)
            let window = tail + text.prefix(CSVReader.totalWordBytesMax)
            if CSVReader.mayHoldTotal(text) || CSVReader.mayHoldTotal(window) { return nil }
            tail = Array(text.suffix(CSVReader.totalWordBytesMax))
            first = false
            guard let next = file.read() else { return nil }
            if next.isEmpty { break }
            chunk = next
        }
        guard utf8.finish(), file.offset == file.size else { return nil }
        return StreamedText(path: path, offset: bom, byteCount: file.size, lineCount: lines,
                            sha256: hasher.finish(), chunkBytes: chunkBytes)
    }
}

/// An open file read forward in chunks; closed when released.
final class ChunkFile {
    let size: Int
    private(set) var offset = 0
    private let fd: Int32
    private let chunkBytes: Int

    init?(path: String, chunkBytes: Int) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { close(fd); return nil }
        self.fd = fd
        self.size = Int(status.st_size)
        self.chunkBytes = chunkBytes
    }

    deinit { close(fd) }

    /// The next chunk; empty at the end; nil when the read fails.
    func read() -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: chunkBytes) { buffer, count in
            count = 0
            while count < chunkBytes {
                let r = Glibc.read(fd, buffer.baseAddress! + count, chunkBytes - count)
                if r < 0 { if errno == EINTR { continue }; failed = true; return }
                if r == 0 { return }
                count += r
            }
        }
        if failed { return nil }
        offset += bytes.count
        return bytes
    }
}

/// UTF-8 validity over chunks: a sequence cut by a chunk's end is checked with the next.
struct UTF8Stream {
    private var carry: [UInt8] = []

    /// False once the bytes so far cannot be UTF-8.
    mutating func add(_ chunk: [UInt8]) -> Bool {
        let bytes = carry.isEmpty ? chunk : carry + chunk
        // Keep back a lead byte and its continuations at the very end: their sequence may go on.
        var cut = bytes.count
        var back = 0
        while back < 3, cut > 0, bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1; back += 1 }
        if cut > 0, bytes[cut - 1] >= 0xC0 { cut -= 1 } else { cut = bytes.count }
        carry = Array(bytes[cut...])
        return bytes.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[..<cut])) }
    }

    /// True when nothing was left cut off at the end.
    func finish() -> Bool { carry.isEmpty || UTF8Validation.isValid(carry) }
}

/// The text a `CSVReader` parses: all of it in memory, or a streamed file read a chunk at a time.
struct CSVText {
    /// The bytes read and not yet passed; `position` is where parsing stands in them.
    private(set) var buffer: [UInt8]
    var position = 0
    var line = 1
    private let streamed: StreamedText?
    private var file: ChunkFile?
    private var hasher = SHA256()
    private var atEnd: Bool

    init(_ input: InputFile) throws {
        streamed = input.streamed
        guard let s = input.streamed else {
            buffer = input.content
            atEnd = true
            return
        }
        guard let f = ChunkFile(path: s.path, chunkBytes: s.chunkBytes) else {
            throw InputError(input.name, code: "file_unreadable", .fileUnreadable)
        }
        file = f
        buffer = []
        atEnd = false
        try refill(input.name)
        while buffer.count < s.offset && !atEnd { try refill(input.name) }
        position = min(s.offset, buffer.count)   // past the byte-order mark the scan found
    }

    var isFinished: Bool { atEnd && position >= buffer.count }

    /// The next record into `record`; nil at the end of the text.
    mutating func next(into record: inout CSVReader.Record, name: String) throws -> Result<Void, CSVReader.ParseProblem>? {
        while true {
            if isFinished { return nil }
            let (start, startLine) = (position, line)
            let outcome = CSVReader.parseRecord(buffer, &position, &line, into: &record)
            // A record that runs to the end of what is read may go on in the next chunk; so may
            // the field a stray quote is in (the problem names all of it).
            if !atEnd && (position >= buffer.count || strayQuoteFieldRunsOn(outcome)) {
                (position, line) = (start, startLine)
                try refill(name)
                continue
            }
            return outcome
        }
    }

    private func strayQuoteFieldRunsOn(_ outcome: Result<Void, CSVReader.ParseProblem>) -> Bool {
        guard case .failure(let p) = outcome, p.code == "bad_quote" else { return false }
        return !buffer[position...].contains { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }
    }

    /// Moves past the next line break (after a stray quote).
    mutating func skipLine(name: String) throws {
        while true {
            CSVReader.skipLine(buffer, &position, &line)
            if position < buffer.count || atEnd || (position > 0 && buffer[position - 1] == 0x0A) { return }
            try refill(name)
        }
    }

    func fieldAround() -> String { CSVReader.fieldAround(buffer, position) }

    /// Drops what was parsed and reads the next chunk; at the end, holds the bytes to the scan's hash.
    private mutating func refill(_ name: String) throws {
        guard let file, let streamed else { return }
        buffer.removeSubrange(0..<position)
        position = 0
        guard let chunk = file.read() else { throw InputError(name, code: "file_unreadable", .fileUnreadable) }
        hasher.update(data: chunk)
        buffer.append(contentsOf: chunk)
        if chunk.isEmpty || file.offset >= file.size {
            atEnd = true
            // A read past the scan's size, or other bytes: the file changed between the two reads.
            let more = file.read() ?? []
            if !more.isEmpty || file.offset != streamed.byteCount || Array(hasher.finalize()) != streamed.sha256 {
                throw InputError(name, code: "file_changed", .fileChanged)
            }
        }
    }
}
