internal import Ledger
internal import Catalogue
internal import Foundation
#if canImport(Glibc)
internal import Glibc
#endif

/// Turns file bytes into UTF-8: UTF-8 as is (BOM dropped), anything else through iconv.
public enum TextDecoding {
    /// The most lines with bad bytes one report lists; a file in the wrong encoding has many.
    static let badLinesReportedMax = 100

    static func utf8(_ bytes: [UInt8], file: String, encoding: String?) throws -> ([UInt8], String) {
        if let encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) {
            return (try convert(bytes, from: encoding, file: file, declared: true), encoding.uppercased())
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if UTF8Validation.isValid(body) {
            return (body, hasBOM ? "UTF-8 with BOM" : "UTF-8")
        }
        if encoding != nil {
            throw InputError(file, problems: badLines(body, file: file, decode: validUTF8Prefix, shownWith: [validUTF8Prefix],
                words: { ReaderText.notDeclaredUTF8.text($0) }))
        }
        return (try convert(bytes, from: "GB18030", file: file, declared: false), "GB18030")
    }

    /// Converts with glibc's iconv; bytes invalid in `from` are reported line by line.
    static func convert(_ bytes: [UInt8], from: String, file: String, declared: Bool) throws -> [UInt8] {
        guard let (text, consumed) = iconvUTF8(bytes[...], from: from) else {
            throw InputError(file, code: "unknown_encoding", .unknownEncoding, ["encoding": from])
        }
        guard consumed == bytes.count else {
            let text: ReaderText = declared ? .notDeclaredEncoding : .neitherUTF8NorGB18030
            let decode: PrefixDecoder = { iconvUTF8($0, from: from) ?? ([], 0) }
            throw InputError(file, problems: badLines(bytes, file: file, decode: decode,
                shownWith: declared ? [decode] : [validUTF8Prefix, decode],
                words: { text.text($0, ["encoding": from]) }))
        }
        return text.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(text.dropFirst(3)) : text
    }

    /// Decodes the longest valid prefix of some bytes: its UTF-8 and how many bytes it took.
    typealias PrefixDecoder = (ArraySlice<UInt8>) -> (text: [UInt8], consumed: Int)

    /// One problem per line that `decode` refuses, its text shown with the bad bytes as `\xNN`
    /// through whichever of `shownWith` reads more of the line (UTF-8 with a stray byte, or GB18030).
    static func badLines(_ bytes: [UInt8], file: String, decode: PrefixDecoder, shownWith: [PrefixDecoder],
                         words: (Language) -> String) -> [RowProblem] {
        var problems: [RowProblem] = []
        var more = 0
        var line = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            line += 1
            let slice = bytes[start..<end]
            if decode(slice).consumed < slice.count {
                if problems.count < badLinesReportedMax {
                    let shown = shownWith.max(by: { $0(slice).consumed < $1(slice).consumed })!
                    problems.append(RowProblem(file: file, line: line, value: escaped(slice, decode: shown), code: "bad_encoding", words: words))
                } else {
                    more += 1
                }
            }
            start = end + 1
        }
        if more > 0 {
            problems.append(RowProblem(file: file, line: 0, code: "bad_encoding") { ReaderText.moreBadLines.text($0, ["count": String(more)]) })
        }
        if problems.isEmpty {   // only the file as a whole fails
            problems.append(RowProblem(file: file, line: 0, code: "bad_encoding", words: words))
        }
        return problems
    }

    /// A line as text, each byte that does not decode shown as `\xNN`; a CR at the end dropped.
    static func escaped(_ line: ArraySlice<UInt8>, decode: PrefixDecoder) -> String {
        var rest = line.last == 0x0D ? line.dropLast() : line
        var out = ""
        while !rest.isEmpty && out.count < 80 {
            let (text, consumed) = decode(rest)
            out += String(decoding: text, as: UTF8.self)
            rest = rest.dropFirst(consumed)
            if let b = rest.first {
                let hex = String(b, radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// The valid UTF-8 at the start of `bytes`.
    static func validUTF8Prefix(_ bytes: ArraySlice<UInt8>) -> (text: [UInt8], consumed: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var consumed = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { consumed += scalar.count }
        return (Array(bytes.prefix(consumed)), consumed)
    }

    /// The bytes iconv converts before the first it cannot, as UTF-8, and how many it took;
    /// nil for an encoding iconv does not know.
    /// UTF-8 text in another encoding (`GB18030` for Excel on Chinese Windows); nil when it cannot hold every character.
    public static func encode(_ utf8: [UInt8], to encoding: String) -> [UInt8]? {
        guard let (text, consumed) = iconvUTF8(utf8[...], from: "UTF-8", to: encoding), consumed == utf8.count else { return nil }
        return text
    }

    static func iconvUTF8(_ bytes: ArraySlice<UInt8>, from: String, to: String = "UTF-8") -> (text: [UInt8], consumed: Int)? {
        let cd = iconv_open(to, from)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var text: [UInt8] = []
        text.reserveCapacity(input.count * 3 / 2 + 16)
        var consumed = 0
        var chunk = [UInt8](repeating: 0, count: min(input.count * 2 + 16, 1 << 20))
        input.withUnsafeMutableBufferPointer { inBuf in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                let (result, produced) = chunk.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (r, outBuf.count - outLeft)
                }
                text.append(contentsOf: chunk.prefix(produced))
                // A full output buffer (E2BIG) is the only failure to go on after.
                if result == -1 && errno != E2BIG { break }
            }
            consumed = inBuf.count - inLeft
        }
        return (text, consumed)
    }
}
