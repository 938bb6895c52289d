internal import Ledger

/// A JSON string literal: the one string escape of the JSON this tool writes by hand.
///
/// `"` and `\` escaped, line ends and tabs as `\n`, `\r`, `\t`, every other control character as
/// `\u00xx`; UTF-8 passes through unchanged, so Chinese stays as it is. Backspace and form feed
/// become `\b` and `\f` only where the output must be `JSONSerialization`'s byte for byte
/// (`FlatJSON`); the canonical rule-set bytes (`Canonical`, whose digest is a format) and the
/// export keep `\u0008` and `\u000c`.
enum JSONString {
    /// Appends the literal to `out`, byte by byte: the export writes a million of them.
    static func append(_ s: String, to out: inout [UInt8], shortBackspaceAndFormFeed: Bool = false) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08 where shortBackspaceAndFormFeed: out.append(contentsOf: "\\b".utf8)
            case 0x0C where shortBackspaceAndFormFeed: out.append(contentsOf: "\\f".utf8)
            case 0..<0x20: out.append(contentsOf: "\\u00".utf8); Hex.append(b, to: &out)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The literal as text.
    static func literal(_ s: String, shortBackspaceAndFormFeed: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        append(s, to: &bytes, shortBackspaceAndFormFeed: shortBackspaceAndFormFeed)
        return String(decoding: bytes, as: UTF8.self)
    }
}
