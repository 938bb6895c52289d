internal import Foundation

/// What keeps a hostile workbook from crashing the import where a library that reads it traps
/// on damaged input (the zip side is `ZipArchive`); each guard has its fuzz-found input in
/// Fixtures/fuzz/crashes.
extension XLSXReader {
    /// True when an XML part of the workbook is UTF-8 (as Excel, WPS and LibreOffice write
    /// every part) and declares no other encoding.
    ///
    /// FoundationXML's `XMLParser` (swift-corelibs-foundation) force-unwraps every element and
    /// attribute name as UTF-8 (`UTF8STRING(localname)!` in `_NSXMLParserStartElementNs`), and
    /// libxml2 in its recover mode passes on names it could not decode: such a part trapped the
    /// import (AddressSanitizer saw a use after free first; Fixtures/fuzz/crashes/xlsx-
    /// foundationxml-trap-name-not-utf8). Only valid UTF-8 reaches the parser.
    static func isUTF8XML(_ data: Data) -> Bool {
        guard String(data: data, encoding: .utf8) != nil else { return false }
        let head = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") else { return true }
        let declaration = String(head[..<end.lowerBound].filter { !$0.isWhitespace })
        guard let encoding = declaration.range(of: "encoding=") else { return true }
        let value = declaration[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return value == "utf-8" || value == "utf8"
    }
}
