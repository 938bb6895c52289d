internal import Foundation
internal import Ledger

/// Reading a sealed file back: its format, its seal, its figures, and the first that differs.
enum SealedFile {
    enum Format { case html, json, xlsx }

    static func format(of bytes: [UInt8]) -> Format {
        if bytes.starts(with: [0x50, 0x4B]) { return .xlsx }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html") ? .html : .json
    }

    static let scriptOpen = #"<script type="application/json" id="taizhang-seal">"#

    static func sealFromHTML(_ html: String) -> String? {
        guard let start = html.range(of: scriptOpen), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func sealFromJSON(_ bytes: [UInt8]) -> String? {
        guard let o = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any], let seal = o["seal"] else { return nil }
        return JSONText.render(seal, pretty: false)
    }

    static func sealFromWorkbook(_ entries: [String: [UInt8]]) -> String? {
        for (name, bytes) in entries where name.hasPrefix("xl/worksheets/") {
            let cells = SheetCells.parse(bytes)
            for (i, cell) in cells.enumerated() where cell.value == Seal.sheetKey && i + 1 < cells.count { return cells[i + 1].value }
        }
        return nil
    }

    /// `data-figure` keys and their text, in page order.
    static func figures(inHTML html: String) -> [(String, String)] {
        var out: [(String, String)] = []
        var rest = html[...]
        while let mark = rest.range(of: #"data-figure=""#) {
            let afterKey = rest[mark.upperBound...]
            guard let keyEnd = afterKey.firstIndex(of: "\""), let tagEnd = afterKey[keyEnd...].firstIndex(of: ">") else { break }
            let textStart = afterKey.index(after: tagEnd)
            let textEnd = afterKey[textStart...].firstIndex(of: "<") ?? afterKey.endIndex
            out.append((unescape(String(afterKey[..<keyEnd])), unescape(String(afterKey[textStart..<textEnd]))))
            rest = afterKey[textEnd...]
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The first figure of `fresh` the file lacks or shows otherwise, then any figure only the file has.
    static func compareFigures(file: [(String, String)], fresh: [(String, String)]) -> ReportCheck.Outcome {
        let inFile = Dictionary(file, uniquingKeysWith: { a, _ in a })
        for (key, value) in fresh where inFile[key] != value {
            return .differs(figure: key, found: inFile[key] ?? "—", expected: value)
        }
        let known = Set(fresh.map(\.0))
        if let extra = file.first(where: { !known.contains($0.0) }) { return .differs(figure: extra.0, found: extra.1, expected: "—") }
        return .ok
    }

    /// Every value of the file's JSON but its seal against the recomputed object.
    static func compareJSON(file bytes: [UInt8], fresh: [String: Any]) -> ReportCheck.Outcome {
        guard var file = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
              var again = (try? JSONSerialization.jsonObject(with: Data(JSONText.render(fresh).utf8))) as? [String: Any] else { return .noSeal }
        file.removeValue(forKey: "seal")
        again.removeValue(forKey: "seal")
        return compareFigures(file: flatten(file, ""), fresh: flatten(again, ""))
    }

    /// `a.b[2].c` paths to leaf values as text, keys sorted.
    static func flatten(_ value: Any, _ path: String) -> [(String, String)] {
        if let o = value as? [String: Any] {
            return o.keys.sorted().flatMap { flatten(o[$0]!, path.isEmpty ? $0 : path + "." + $0) }
        }
        if let a = value as? [Any] {
            if a.isEmpty { return [(path, "[]")] }
            return a.enumerated().flatMap { flatten($1, "\(path)[\($0)]") }
        }
        if value is NSNull { return [(path, "null")] }
        return [(path, "\(value)")]
    }

    /// Each sheet's cells but the seal sheet's, the file's against the recomputed workbook's.
    static func compareWorkbook(file: [String: [UInt8]], fresh: Workbook) -> ReportCheck.Outcome {
        let entries = Dictionary(fresh.entries(), uniquingKeysWith: { a, _ in a })
        for (i, sheet) in fresh.sheets.enumerated().dropLast() {
            let name = "xl/worksheets/sheet\(i + 1).xml"
            let a = SheetCells.parse(file[name] ?? []).map { ("\(sheet.name)!\($0.ref)", $0.value) }
            let b = SheetCells.parse(entries[name] ?? []).map { ("\(sheet.name)!\($0.ref)", $0.value) }
            let outcome = compareFigures(file: a, fresh: b)
            if outcome != .ok { return outcome }
        }
        return .ok
    }
}

/// The cells of a worksheet's XML as written by `WorkbookXML`: reference and value text.
enum SheetCells {
    struct Cell { var ref: String; var value: String }

    static func parse(_ bytes: [UInt8]) -> [Cell] {
        let xml = String(decoding: bytes, as: UTF8.self)
        var out: [Cell] = []
        var rest = xml[...]
        while let open = rest.range(of: "<c r=\"") {
            let after = rest[open.upperBound...]
            guard let refEnd = after.firstIndex(of: "\""), let close = after.range(of: "</c>") else { break }
            let body = after[refEnd..<close.lowerBound]
            var value = ""
            if let v = body.range(of: "<v>"), let ve = body.range(of: "</v>") { value = String(body[v.upperBound..<ve.lowerBound]) }
            if let t = body.range(of: "<t xml:space=\"preserve\">") ?? body.range(of: "<t>"), let te = body.range(of: "</t>") {
                value = SealedFile.unescape(String(body[t.upperBound..<te.lowerBound]))
            }
            out.append(Cell(ref: String(after[..<refEnd]), value: value))
            rest = after[close.upperBound...]
        }
        return out
    }
}
