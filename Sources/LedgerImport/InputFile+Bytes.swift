internal import Crypto

extension InputFile {
    /// A batch file from bytes already in memory, read as `read(path:)` reads a file's bytes:
    /// for the fuzzers and tests, which have bytes and no file.
    /// A nil `format` is told from the name and the first bytes, as for a file (the web's uploads).
    public static func read(bytes: [UInt8], name: String, format: InputFormat?, encoding: String? = nil) throws -> InputFile {
        if format == nil, let refused = InputFile.refusal(path: name, bytes: bytes) { throw refused }
        let format = format ?? InputFormat.detect(name: name, bytes: bytes)
        let sha = Array(SHA256.hash(data: bytes))
        if format == .xlsx {
            return InputFile(name: name, format: .xlsx, sha256: sha, encoding: InputFile.isOpenDocument(bytes) ? "ods" : "xlsx", content: bytes, byteCount: bytes.count)
        }
        let (text, encodingName) = try TextDecoding.utf8(bytes, file: name, encoding: encoding)
        return InputFile(name: name, format: format, sha256: sha, encoding: encodingName, content: text, byteCount: bytes.count)
    }
}

extension InputFormat {
    /// The format from the name's ending, else the first byte (`PK` is xlsx, `{` is JSONL, else CSV).
    public static func detect(name: String, bytes: [UInt8]) -> InputFormat {
        let lower = name.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".ods") { return .xlsx }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonl }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        let first = bytes.drop(while: { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }).first
        return first == UInt8(ascii: "{") ? .jsonl : .csv
    }
}
