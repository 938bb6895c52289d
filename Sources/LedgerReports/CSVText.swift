/// The one CSV writer (RFC 4180): every table, summary and export that goes out as CSV.
///
/// Fields with a comma, a quote or a line break are quoted, quotes doubled; rows end in LF.
public struct CSVText {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func row(_ fields: [String]) { CSVText.append(row: fields, to: &bytes) }

    /// The rows, without the last line break (a printer adds its own).
    public var text: String { String(decoding: bytes.last == 0x0A ? bytes.dropLast() : bytes[...], as: UTF8.self) }

    /// One row as text, without its line break.
    public static func line(_ fields: [String]) -> String {
        var out = CSVText()
        out.row(fields)
        return out.text
    }

    /// Appends one row and its line break to `out`.
    public static func append(row fields: [String], to out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let utf8 = field.utf8
            if utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                out.append(UInt8(ascii: "\""))
                for b in utf8 {
                    if b == UInt8(ascii: "\"") { out.append(b) }
                    out.append(b)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: utf8)
            }
        }
        out.append(0x0A)
    }
}
