internal import Crypto

extension InputFile {
    /// A batch file from bytes already in memory, read as `read(path:)` reads a file's bytes:
    /// for the fuzzers and tests, which have bytes and no file.
    public static func read(bytes: [UInt8], name: String, format: InputFormat, encoding: String? = nil) throws -> InputFile {
        let sha = Array(SHA256.hash(data: bytes))
        if format == .xlsx {
            return InputFile(name: name, format: .xlsx, sha256: sha, encoding: "xlsx", content: bytes, byteCount: bytes.count)
        }
        let (text, encodingName) = try TextDecoding.utf8(bytes, file: name, encoding: encoding)
        return InputFile(name: name, format: format, sha256: sha, encoding: encodingName, content: text, byteCount: bytes.count)
    }
}
