internal import Ledger
internal import Catalogue

/// Office files that are not batch files, said in one line with what to do; UTF-16 text read.
///
/// Clerks save what Excel and WPS on Chinese Windows offer: `.xls`, `.et`, `.ods`, "Unicode 文本"
/// (UTF-16 with a BOM, tab-separated). Read as CSV these gave a hundred lines of `\xNN`.
extension InputFile {
    /// The compound-document signature of `.xls`, `.et` and `.doc` files (OLE2).
    static let compoundDocumentMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Why this file is refused before it is read, or nil when it is one of ours.
    static func refusal(path: String, bytes: [UInt8]) -> InputError? {
        let lower = path.lowercased()
        let ending = lower.split(separator: ".").last.map(String.init) ?? ""
        let isCompound = bytes.starts(with: compoundDocumentMagic)
        if ending == "et" || ending == "ett" { return InputError(path, code: "unsupported_format", .init(SheetText.wpsSheet)) }
        if ending == "xls" || ending == "xlt" || (isCompound && ending != "doc") {
            return InputError(path, code: "unsupported_format", .init(SheetText.legacyExcel))
        }
        // An OpenDocument spreadsheet is read (`ODSWorkbook`); the flat-XML form and other OpenDocument files are not.
        if ending == "fods" || (ending == "ods" && !isOpenDocument(bytes)) || (isOpenDocument(bytes) && !isOpenDocumentSpreadsheet(bytes)) {
            return InputError(path, code: "unsupported_format", .init(SheetText.openDocument))
        }
        let others = ["doc": "Word", "docx": "Word", "pdf": "PDF", "numbers": "Numbers", "wps": "WPS"]
        if let format = others[ending] ?? (bytes.starts(with: Array("%PDF".utf8)) ? "PDF" : nil) {
            return InputError(path, code: "unsupported_format", .init(SheetText.otherOffice, ["format": format]))
        }
        return nil
    }

    /// An OpenDocument zip names its type in a `mimetype` entry stored first, uncompressed.
    static func isOpenDocument(_ bytes: [UInt8]) -> Bool {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        let head = String(decoding: bytes.prefix(120), as: UTF8.self)
        return head.contains("application/vnd.oasis.opendocument")
    }

    /// An OpenDocument zip whose `mimetype` is a spreadsheet's.
    static func isOpenDocumentSpreadsheet(_ bytes: [UInt8]) -> Bool {
        isOpenDocument(bytes) && String(decoding: bytes.prefix(120), as: UTF8.self).contains("application/vnd.oasis.opendocument.spreadsheet")
    }

    /// Text as UTF-8: UTF-16 with a BOM (tab-separated turned into CSV), else as `TextDecoding` reads it.
    static func decodeText(_ bytes: [UInt8], path: String, encoding: String?) throws -> ([UInt8], String) {
        guard encoding == nil, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) else {
            return try TextDecoding.utf8(bytes, file: path, encoding: encoding)
        }
        var text = try TextDecoding.convert(bytes, from: "UTF-16", file: path, declared: true)
        if TabText.isTabSeparated(text) { text = TabText.csv(text) }
        return (text, "UTF-16 with BOM")
    }

    /// An export (`taizhang export`) given to plain `import`: its first line names the envelope's fields.
    static func isExport(_ text: [UInt8]) -> Bool {
        let first = String(decoding: text.prefix { $0 != 0x0A }, as: UTF8.self)
        return first.contains("previous_hash") && first.contains("recorded_at_ms")
    }
}

extension InputError {
    /// A file refused as a whole with a sheet phrase.
    init(_ file: String, code: String, _ text: SheetPhrase) {
        problems = [RowProblem(file: file, line: 0, code: code) { text.book.text($0, text.arguments) }]
    }
}

/// A `SheetText` with its arguments, for a refusal built before the phrase is said.
struct SheetPhrase {
    let book: SheetText
    let arguments: KeyValuePairs<String, String>

    init(_ book: SheetText, _ arguments: KeyValuePairs<String, String> = [:]) {
        self.book = book
        self.arguments = arguments
    }
}
