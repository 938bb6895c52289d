public import Catalogue
internal import LedgerImport

/// CSV meant for Excel and WPS on Chinese Windows: a BOM (or GB18030), the sheet's headers in the
/// chosen language, amounts as plain numbers in the unit the header names, the seal as a last row.
///
/// `--csv` stays the CSV for scripts (English codes, fen, no BOM); this one is for people.
public enum ExcelCSV {
    public struct UnknownEncoding: Error, Sendable { public let name: String }

    /// The file's bytes; `encoding` is `utf-8` (with BOM) or `gb18030`.
    public static func bytes(_ sheet: Workbook.Sheet, seal: Seal, language: Language, encoding: String) throws -> [UInt8] {
        var lines = sheet.rows.map { row in CSVText.line(row.map(text)) }
        lines.append("")
        lines.append(CSVText.line([seal.footer(language)]))
        let body = Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        switch canonical(encoding) {
        case "utf8": return [0xEF, 0xBB, 0xBF] + body
        case "gb18030":
            guard let gb = TextDecoding.encode(body, to: "GB18030") else { throw UnknownEncoding(name: encoding) }
            return gb
        default: throw UnknownEncoding(name: encoding)
        }
    }

    /// Whether `bytes` writes `encoding` (`utf-8`, `UTF8`, `gb18030`, …): for reading an option before any work.
    public static func writes(encoding: String) -> Bool { ["utf8", "gb18030"].contains(canonical(encoding)) }

    static func canonical(_ encoding: String) -> String { encoding.lowercased().replacingOccurrences(of: "-", with: "") }

    static func text(_ cell: Workbook.Cell) -> String {
        switch cell {
        case .text(let t): t
        case .integer(let i): String(i)
        case .decimal(let d, _): d
        case .date(let d): d.description
        case .empty: ""
        }
    }
}
