internal import Foundation
#if canImport(Glibc)
internal import Glibc
#endif

/// Turns file bytes into UTF-8: UTF-8 as is (BOM dropped), anything else through iconv.
enum TextDecoding {
    static func utf8(_ bytes: [UInt8], file: String, encoding: String?) throws -> ([UInt8], String) {
        if let encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) {
            return (try convert(bytes, from: encoding, file: file), encoding.uppercased())
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if String(validating: body, as: UTF8.self) != nil || encoding != nil {
            if encoding != nil, String(validating: body, as: UTF8.self) == nil {
                throw InputError(file, code: "bad_encoding", english: "is not valid UTF-8 as --encoding says",
                                 chinese: "不是 --encoding 所指定的 UTF-8 编码")
            }
            return (body, hasBOM ? "UTF-8 with BOM" : "UTF-8")
        }
        return (try convert(bytes, from: "GB18030", file: file), "GB18030")
    }

    /// Converts with glibc's iconv; a byte sequence invalid in `from` is an error naming its offset.
    static func convert(_ bytes: [UInt8], from: String, file: String) throws -> [UInt8] {
        let cd = iconv_open("UTF-8", from)
        if cd == iconv_t(bitPattern: -1) {
            throw InputError(file, code: "unknown_encoding", english: "unknown encoding \(from)", chinese: "未知编码 \(from)")
        }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var failedAt = -1
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if inLeft > 0, iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { failedAt = inBuf.count - inLeft }
                return outBuf.count - outLeft
            }
        }
        if failedAt >= 0 {
            throw InputError(file, code: "bad_encoding",
                english: "is neither UTF-8 nor valid \(from) (bad bytes at offset \(failedAt)); name the encoding with --encoding",
                chinese: "既不是 UTF-8 也不是有效的 \(from) 编码(第 \(failedAt) 字节处);请用 --encoding 指定编码")
        }
        var text = Array(output.prefix(produced))
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        return text
    }
}
