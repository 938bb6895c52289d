internal import Foundation
public import Ledger
internal import ZIPFoundation

/// An xlsx workbook of plain tables: text, exact numbers with a number format, and date cells.
///
/// The sheet XML is small and written here; the zip around it is ZIPFoundation's. Amounts are
/// numbers (万元 or 亿元, written from fen as exact decimal text) with a format, so Excel and WPS
/// sum them; dates are serial day numbers with a date format, so they sort and filter as dates.
public struct Workbook: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        /// A whole number (a count, days).
        case integer(Int64)
        /// An exact decimal written out (`207.5`), with its format.
        case decimal(String, Format)
        case date(BusinessDate)
        case empty
    }

    /// The number formats the styles sheet defines, by their `cellXfs` index.
    public enum Format: Int, Sendable, Hashable {
        case general = 0
        case wan = 1
        case yi = 2
        case date = 3
        case integer = 4
        case percent = 5
        case header = 6
        case days = 7
    }

    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[Cell]]
        public init(name: String, rows: [[Cell]]) {
            self.name = name
            self.rows = rows
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// An amount as 万元 (the usual unit of a 台账's columns), exact.
    public static func wan(_ m: Money) -> Cell { .decimal(m.wanDecimal, .wan) }
    public static func yi(_ m: Money) -> Cell { .decimal(m.yiDecimal, .yi) }

    /// The workbook's zip entries, path to bytes, in the order written.
    public func entries() -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = [
            ("[Content_Types].xml", contentTypes()), ("_rels/.rels", Array(WorkbookXML.rootRels.utf8)),
            ("xl/workbook.xml", workbookXML()), ("xl/_rels/workbook.xml.rels", workbookRels()),
            ("xl/styles.xml", Array(WorkbookXML.styles.utf8)),
        ]
        for (i, sheet) in sheets.enumerated() { out.append(("xl/worksheets/sheet\(i + 1).xml", WorkbookXML.sheet(sheet))) }
        return out
    }

    /// Writes the workbook to `path` (replacing it) through ZIPFoundation, deflated.
    public func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = URL(fileURLWithPath: path + ".tmp-\(getpid())")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for (name, bytes) in entries() {
                let data = Data(bytes)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Date(timeIntervalSince1970: 1_609_459_200), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// A workbook that could not be written: where, and the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The text of each entry of an xlsx file, for `check-report`.
    public static func readEntries(path: String) throws -> [String: [UInt8]] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var out: [String: [UInt8]] = [:]
        for entry in archive where entry.type == .file && entry.uncompressedSize < 64 << 20 {
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes.append(contentsOf: $0) }
            out[entry.path] = bytes
        }
        return out
    }

    func contentTypes() -> [UInt8] {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for i in sheets.indices {
            s += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return Array((s + "</Types>").utf8)
    }

    func workbookXML() -> [UInt8] {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (i, sheet) in sheets.enumerated() {
            s += #"<sheet name="\#(HTML.escape(WorkbookXML.sheetName(sheet.name)))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return Array((s + "</sheets></workbook>").utf8)
    }

    func workbookRels() -> [UInt8] {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in sheets.indices {
            s += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        s += #"<Relationship Id="rId\#(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return Array((s + "</Relationships>").utf8)
    }
}
