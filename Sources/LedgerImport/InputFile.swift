public import Ledger
public import Catalogue
internal import Foundation
#if canImport(Glibc)
internal import Glibc
#endif
internal import Crypto

/// The kinds of batch file Taizhang reads.
public enum InputFormat: String, Sendable {
    case jsonl, csv, xlsx
}

/// A file that cannot be read at all, as one line naming it.
public struct InputError: BilingualError {
    /// Every problem found, at least one (a file in the wrong encoding has one per bad line).
    public let problems: [RowProblem]
    public var problem: RowProblem { problems[0] }
    /// The first problem's line (a file that cannot be read at all has one).
    public func message(_ language: Language) -> String { problem.message(language) }

    /// A problem of the file as a whole, worded by the catalogue.
    init(_ file: String, code: String, _ text: ReaderText, _ arguments: KeyValuePairs<String, String> = [:]) {
        problems = [RowProblem(file: file, line: 0, code: code) { text.text($0, arguments) }]
    }

    init(_ file: String, problems: [RowProblem]) {
        precondition(!problems.isEmpty, "an input error names at least one problem")
        self.problems = problems
    }
}

/// A batch file read into memory: its bytes (as UTF-8 text for CSV and JSONL), hash and encoding.
public struct InputFile: Sendable {
    /// The name as the user gave it (`-` for standard input).
    public let name: String
    public let format: InputFormat
    /// SHA-256 of the bytes as read, before any conversion: the file's identity.
    public let sha256: [UInt8]
    /// `UTF-8`, `UTF-8 with BOM`, `GB18030`, or what `--encoding` named; `xlsx` for workbooks.
    public let encoding: String
    /// UTF-8 text (CSV, JSONL), BOM removed; the raw bytes for xlsx.
    public let content: [UInt8]
    public let byteCount: Int
    /// The sheet to read, for a workbook split by `sheets(chosen:)`.
    var workbookSheet: WorkbookSheet? = nil
    /// Where a large CSV file is read from chunk by chunk; its `content` is then empty (`StreamedText`).
    var streamed: StreamedText? = nil

    public var source: (fileName: String, sha256: [UInt8], encoding: String) { (name, sha256, encoding) }

    /// Reads `path` (`-` for standard input); the format from `format`, else the name's ending,
    /// else the first byte (`{` is JSONL). Text not valid UTF-8 is read as GB18030 unless
    /// `encoding` names another.
    ///
    /// A CSV file of `streamingFrom` bytes or more is not held in memory: it is scanned once
    /// here and read again in chunks of `chunkBytes` as its rows are parsed (`StreamedText`);
    /// nil reads every file whole (what a reader that needs the whole text asks for).
    public static func read(path: String, format: InputFormat? = nil, encoding: String? = nil,
                            streamingFrom: Int? = nil, chunkBytes: Int = 1 << 20) throws -> InputFile {
        if let streamingFrom, path != "-",
           let streamed = StreamedText.scan(path: path, format: format, encoding: encoding, bytesMin: streamingFrom, chunkBytes: chunkBytes) {
            var file = InputFile(name: path, format: .csv, sha256: streamed.sha256, encoding: streamed.encoding, content: [], byteCount: streamed.byteCount)
            file.streamed = streamed
            return file
        }
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(path, code: "file_missing", .fileMissing)
            }
            if isDirectory.boolValue {
                throw InputError(path, code: "file_is_folder", .fileIsFolder)
            }
            guard let read = InputFile.readAll(path) else {
                throw InputError(path, code: "file_unreadable", .fileUnreadable)
            }
            bytes = read
        }
        let sha = Array(SHA256.hash(data: bytes))
        if format == nil, let refused = InputFile.refusal(path: path, bytes: bytes) { throw refused }
        let detected = format ?? InputFormat.detect(name: path, bytes: bytes)
        if detected == .xlsx {
            return InputFile(name: path, format: .xlsx, sha256: sha, encoding: InputFile.isOpenDocument(bytes) ? "ods" : "xlsx", content: bytes, byteCount: bytes.count)
        }
        let (text, encodingName) = try InputFile.decodeText(bytes, path: path, encoding: encoding)
        if InputFile.isExport(text) { throw InputError(path, code: "export_given", .init(SheetText.exportGiven)) }
        return InputFile(name: path, format: detected, sha256: sha, encoding: encodingName, content: text, byteCount: bytes.count)
    }

    /// The whole file, read straight into one byte array (not through `Data` and a copy).
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return nil }
        var bytes = [UInt8]()
        var chunk = max(Int(status.st_size), 0) + 1   // one more byte sees the end in one read
        bytes.reserveCapacity(chunk)
        while true {
            let before = bytes.count
            var failed = false
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let got = bytes.withUnsafeMutableBufferPointer { b -> Int in
                var total = 0
                while total < chunk {
                    let r = Glibc.read(fd, b.baseAddress! + before + total, chunk - total)
                    if r < 0 { if errno == EINTR { continue }; failed = true; break }
                    if r == 0 { break }
                    total += r
                }
                return total
            }
            if failed { return nil }
            bytes.removeLast(chunk - got)
            if got < chunk { return bytes }
            chunk = max(chunk, 1 << 20)   // the file grew while read: go on
        }
    }

    /// Hands every row to `sink`, in order; problems of the file as a whole come as rows too.
    /// Large files are parsed on a second thread while `sink` runs (see `RowPipeline`).
    /// A file of more than `rowsMax` rows (`Limits.fileRowsMax`; lower only in tests) ends,
    /// after that many, in a `file_rows_max` problem, and is read no further.
    public func rows(rowsMax: Int = Limits.fileRowsMax, _ sink: (IncomingRow) throws -> Void) throws {
        try rows(rowsMax: rowsMax, prepare: { PreparedRow($0) }) { try sink($0.row) }
    }

    /// As `rows(rowsMax:_:)`, with `prepare` run on each row where it is parsed (the second
    /// thread of a large file), before `sink` sees it. Every event comes out of `RowMapper`,
    /// which checked its shape: the rows say so (`PreparedRow.shapeChecked`).
    public func rows(rowsMax: Int = Limits.fileRowsMax, prepare: @escaping @Sendable (consuming IncomingRow) -> PreparedRow,
                     _ sink: (PreparedRow) throws -> Void) throws {
        precondition(rowsMax <= Limits.fileRowsMax, "a file's row limit can only be lowered")
        struct RowsMaxReached: Error {}
        var count = 0
        let limited: (PreparedRow) throws -> Void = { row in
            count += 1
            if count > rowsMax { throw RowsMaxReached() }
            try sink(row)
        }
        let checked: @Sendable (consuming IncomingRow) -> PreparedRow = { row in
            var prepared = prepare(row)
            prepared.shapeChecked = true
            return prepared
        }
        do {
            if byteCount >= InputFile.pipelineBytesMin {
                try RowPipeline.run(self, prepare: checked, limited)
            } else {
                try withoutActuallyEscaping(limited) { limited in try parseRows { try limited(checked($0)) } }
            }
        } catch is RowsMaxReached {
            try sink(PreparedRow(fileProblem(code: "file_rows_max", .fileRowsMax, ["max": String(rowsMax)])))
        }
    }

    /// From this size on, an import's CSV file is streamed (`StreamedText`).
    public static let streamingBytesMin = 8 << 20

    /// Below this size a second thread costs more than it saves.
    static let pipelineBytesMin = 1 << 20

    func parseRows(_ sink: (consuming IncomingRow) throws -> Void) throws {
        switch format {
        case .jsonl: try JSONLReader(file: self).rows(sink)
        case .csv: try CSVReader(file: self).rows(sink)
        case .xlsx: try XLSXReader(file: self).rows(sink)
        }
    }

    /// Line breaks in the text (for a progress bar's estimate); 0 for xlsx.
    public var lineCount: Int {
        guard format != .xlsx else { return 0 }
        return streamed?.lineCount ?? InputFile.lineBreaks(content)
    }

    static func lineBreaks(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { b in
            guard var p = b.baseAddress else { return 0 }
            let end = p + b.count
            var n = 0
            while p < end, let found = memchr(p, 0x0A, end - p) {   // memchr: several bytes a cycle
                n += 1
                p = UnsafeRawPointer(found) + 1
            }
            return n
        }
    }

    /// A problem of this file (or of one line of it), worded by the catalogue.
    func fileProblem(code: String, _ text: ReaderText, _ arguments: KeyValuePairs<String, String> = [:],
                     line: Int = 0, column: String = "", value: String = "") -> IncomingRow {
        .problems([RowProblem(file: name, line: line, column: column, value: value, code: code) { text.text($0, arguments) }])
    }
}
