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
        let shared = SheetCells.sharedStrings(entries["xl/sharedStrings.xml"] ?? [])
        for (name, bytes) in entries where name.hasPrefix("xl/worksheets/") {
            let cells = SheetCells.parse(bytes, shared: shared)
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

    /// XML/HTML text with its entities read: the five named ones and numeric `&#NNN;` / `&#xHH;`
    /// (which spreadsheets that save a workbook again write for every CJK character).
    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = "", rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].prefix(12).firstIndex(of: ";") else { out += rest[amp...]; return out }
            let name = rest[rest.index(after: amp)..<semi]
            let named: [Substring: String] = ["lt": "<", "gt": ">", "quot": "\"", "apos": "'", "amp": "&"]
            if let v = named[name] {
                out += v
            } else if name.hasPrefix("#"), let code = name.hasPrefix("#x") || name.hasPrefix("#X") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()),
                      let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += rest[amp...semi]
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// The first figure of `fresh` the file lacks or shows otherwise, then any figure only the file has.
    static func compareFigures(file: [(String, String)], fresh: [(String, String)]) -> ReportCheck.Outcome {
        let inFile = Dictionary(file, uniquingKeysWith: { a, _ in a })
        for (key, value) in fresh where !sameValue(inFile[key], value) {
            return .differs(figure: key, found: inFile[key] ?? "—", expected: value)
        }
        let known = Set(fresh.map(\.0))
        if let extra = file.first(where: { !known.contains($0.0) }) { return .differs(figure: extra.0, found: extra.1, expected: "—") }
        return .ok
    }

    /// Equal text, or the same number written another way by a spreadsheet that saved the file
    /// again (`74.15000000000001` for `74.15`: a few units in the last place of a double, far
    /// below one fen of any amount a ledger holds).
    static func sameValue(_ found: String?, _ expected: String) -> Bool {
        guard let found else { return false }
        if found == expected { return true }
        guard let a = Double(found), let b = Double(expected) else { return false }
        return abs(a - b) <= 4 * max(a.ulp, b.ulp)
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
        let shared = SheetCells.sharedStrings(file["xl/sharedStrings.xml"] ?? [])
        for (i, sheet) in fresh.sheets.enumerated().dropLast() {
            let name = "xl/worksheets/sheet\(i + 1).xml"
            let a = SheetCells.parse(file[name] ?? [], shared: shared).map { ("\(sheet.name)!\($0.ref)", $0.value) }
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

    /// The shared strings table (`<si>` items, their `<t>` runs joined), for files a spreadsheet saved again.
    static func sharedStrings(_ bytes: [UInt8]) -> [String] {
        let xml = String(decoding: bytes, as: UTF8.self)
        var out: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<si>"), let close = rest.range(of: "</si>", range: open.upperBound..<rest.endIndex) {
            var item = rest[open.upperBound..<close.lowerBound], text = ""
            while let t = item.range(of: "<t"), let gt = item[t.upperBound...].firstIndex(of: ">"), let te = item.range(of: "</t>", range: gt..<item.endIndex) {
                text += SealedFile.unescape(String(item[item.index(after: gt)..<te.lowerBound]))
                item = item[te.upperBound...]
            }
            out.append(text)
            rest = rest[close.upperBound...]
        }
        return out
    }

    static func parse(_ bytes: [UInt8], shared: [String] = []) -> [Cell] {
        let xml = String(decoding: bytes, as: UTF8.self)
        var out: [Cell] = []
        var rest = xml[...]
        while let open = rest.range(of: "<c r=\"") {
            let after = rest[open.upperBound...]
            guard let refEnd = after.firstIndex(of: "\""), let tagEnd = after[refEnd...].firstIndex(of: ">") else { break }
            if after[after.index(before: tagEnd)] == "/" {   // `<c r="A1" s="1"/>`: an empty cell
                rest = after[after.index(after: tagEnd)...]
                continue
            }
            guard let close = after.range(of: "</c>") else { break }
            let body = after[refEnd..<close.lowerBound]
            var value = ""
            if let v = body.range(of: "<v>"), let ve = body.range(of: "</v>") { value = String(body[v.upperBound..<ve.lowerBound]) }
            if let t = body.range(of: "<t xml:space=\"preserve\">") ?? body.range(of: "<t>"), let te = body.range(of: "</t>") {
                value = SealedFile.unescape(String(body[t.upperBound..<te.lowerBound]))
            } else if body.contains("t=\"s\""), let i = Int(value), shared.indices.contains(i) {
                value = shared[i]
            }
            out.append(Cell(ref: String(after[..<refEnd]), value: value))
            rest = after[close.upperBound...]
        }
        return out
    }
}
