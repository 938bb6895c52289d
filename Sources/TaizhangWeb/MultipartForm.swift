internal import MultipartKit
internal import NIOCore

/// The parts of a `multipart/form-data` body: fields and files, read by multipart-kit's parser.
struct MultipartForm {
    struct Part {
        var field: String
        /// The name the browser gave the file; only a label, never a path (see `UploadName`).
        var fileName: String?
        var bytes: [UInt8]
    }

    var parts: [Part] = []

    func field(_ name: String) -> String? {
        parts.first { $0.field == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    var files: [Part] { parts.filter { $0.fileName != nil && !($0.fileName!.isEmpty && $0.bytes.isEmpty) } }

    /// Parses `body`; nil when the content type has no boundary or the body is not multipart.
    static func parse(_ body: ByteBuffer, contentType: String) -> MultipartForm? {
        guard let boundary = boundary(contentType) else { return nil }
        let parser = MultipartParser(boundary: boundary)
        var form = MultipartForm()
        var disposition = ""
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in if name.lowercased() == "content-disposition" { disposition = value } }
        parser.onBody = { buffer in bytes.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            form.parts.append(Part(field: parameter("name", in: disposition) ?? "", fileName: parameter("filename", in: disposition), bytes: bytes))
            disposition = ""
            bytes = []
        }
        do { try parser.execute(body) } catch { return nil }
        return form
    }

    static func boundary(_ contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for piece in contentType.split(separator: ";") {
            let kv = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            if kv.count == 2, kv[0].lowercased() == "boundary" {
                let b = kv[1].hasPrefix("\"") && kv[1].hasSuffix("\"") && kv[1].count >= 2 ? String(kv[1].dropFirst().dropLast()) : kv[1]
                return b.isEmpty || b.count > 200 ? nil : b
            }
        }
        return nil
    }

    /// `name="files"` or `filename="a.csv"` from a Content-Disposition value.
    static func parameter(_ name: String, in disposition: String) -> String? {
        for piece in disposition.split(separator: ";") {
            let kv = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            guard kv.count == 2, kv[0].lowercased() == name else { continue }
            let v = kv[1]
            return v.hasPrefix("\"") && v.hasSuffix("\"") && v.count >= 2 ? String(v.dropFirst().dropLast()) : v
        }
        return nil
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

/// A browser's file name made into a label: its last part, no control characters, at most 200 characters.
///
/// The name is stored as the batch's file name and shown on pages; nothing ever opens, creates
/// or joins it to a path, so `../../etc/passwd` is just the text `passwd`.
enum UploadName {
    static func clean(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let printable = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\"" }.map(Character.init))
        let short = String(printable.prefix(200))
        return short.isEmpty || short == "." || short == ".." ? "upload" : short
    }
}
