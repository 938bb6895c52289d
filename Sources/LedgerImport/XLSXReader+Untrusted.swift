internal import Foundation

/// What keeps a hostile workbook from crashing the import: the libraries that read it
/// (ZIPFoundation, FoundationXML over libxml2) trap on some damaged input, so it is checked
/// or copied before they see it. Each guard has its fuzz-found input in Fixtures/fuzz/crashes.
extension XLSXReader {
    /// True when `data` ends in a zip end-of-central-directory record that ZIPFoundation will
    /// find (the last signature at least 22 bytes from the end, with its whole comment
    /// present, as its `scanForEndOfCentralDirectoryRecord` looks for it): anything else is
    /// turned away at once, without a temporary copy.
    static func hasEndOfCentralDirectory(_ data: Data) -> Bool {
        let recordBytes = 22
        guard data.count >= recordBytes else { return false }
        return data.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
            var p = b.count - recordBytes
            while p >= 0 {
                if b[p] == 0x50 && b[p + 1] == 0x4B && b[p + 2] == 0x05 && b[p + 3] == 0x06 {
                    let commentBytes = Int(b[p + 20]) | Int(b[p + 21]) << 8
                    return p + recordBytes + commentBytes <= b.count
                }
                p -= 1
            }
            return false
        }
    }

    /// A workbook's bytes in a temporary file only its owner can read, for ZIPFoundation to
    /// open by path.
    ///
    /// ZIPFoundation 0.9.20's in-memory archives (`Archive(data:)`) are not safe for hostile
    /// input, as `Tools/fuzz` and the seeded mutations in FuzzCorpusTests found: a central
    /// directory pointing past the end of the bytes makes its `MemoryFile.readData` form a
    /// range with its upper bound below its lower one, which traps (the whole import dies,
    /// Fixtures/fuzz/crashes/xlsx-zipfoundation-trap-offset-past-end), and bytes without a
    /// zip directory leak the in-memory file (xlsx-zipfoundation-leak-no-end-of-central-
    /// directory). Read from a file, a read past the end is a short read, which it reports.
    struct PrivateCopy {
        let url: URL

        /// `mkstemp` (mode 0600) and plain writes: no `fsync`, which Foundation's
        /// `Data.write` does and which made a workbook cost tens of milliseconds.
        init(_ data: Data) throws {
            var template = Array((NSTemporaryDirectory() + "taizhang-xlsx-XXXXXX").utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            let cannot = XLSXProblem(english: "cannot make a temporary copy in \(NSTemporaryDirectory())",
                                     chinese: "无法在 \(NSTemporaryDirectory()) 中建立临时副本")
            guard fd >= 0 else { throw cannot }
            defer { close(fd) }
            url = URL(fileURLWithPath: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
            let written = data.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
                var offset = 0
                while offset < b.count {
                    let n = write(fd, b.baseAddress! + offset, b.count - offset)
                    if n <= 0 { return false }
                    offset += n
                }
                return true
            }
            guard written else {
                remove()
                throw cannot
            }
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

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
