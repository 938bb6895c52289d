internal import Ledger
internal import Foundation

/// A header cell read as clerks write it: a field, perhaps with its unit (`金额（万元）`), or a column to ignore (`序号`).
struct HeaderCell: Equatable {
    var field: Field?
    /// `万`, `亿` or empty (元): what a plain number below this header is counted in; nil when the header names no unit.
    var unit: String?
    /// A running number (`序号`) that belongs to the sheet, not to the event.
    var ignored = false

    /// The names of a running-number column; its cells are never read.
    static let ignoredNames: Set<String> = ["序号", "序", "no", "no.", "#"]

    init(_ name: String) {
        var base = Text.normalized(name)
        if HeaderCell.ignoredNames.contains(base.lowercased().filter { !$0.isWhitespace }) {
            ignored = true
            return
        }
        if let (rest, unit) = HeaderCell.splitUnit(base) {
            base = rest
            self.unit = unit
        }
        field = Field(header: base)
    }

    /// `金额(万元)` → (`金额`, `万`), `总投资(亿元)` → (`总投资`, `亿`), `金额/元` → (`金额`, ``); nil without a unit.
    static func splitUnit(_ header: String) -> (String, String)? {
        var text = header
        var inner: Substring
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            text = String(text[..<open])
        } else if let slash = text.lastIndex(where: { $0 == "/" }) {
            inner = text[text.index(after: slash)...]
            text = String(text[..<slash])
        } else {
            return nil
        }
        let word = inner.filter { !$0.isWhitespace }.replacingOccurrences(of: "人民币", with: "")
        let unit: String
        switch word {
        case "元": unit = ""
        case "万元", "万": unit = "万"
        case "亿元", "亿": unit = "亿"
        default: return nil
        }
        return (text.trimmingCharacters(in: .whitespaces), unit)
    }
}

/// An amount as clerks type it, made ready for `Money.parse`: currency signs and words around
/// it dropped, and the header's unit added to a plain number.
enum AmountText {
    static let prefixes = ["¥", "￥", "人民币", "RMB", "CNY"]
    static let suffixes = ["人民币", "RMB", "CNY"]

    /// `¥580,000,000.00` → `580,000,000.00`; `5000` under `金额（万元）` → `5000万`; `3亿元` stays `3亿元`.
    static func reading(_ typed: String, unit: String?) -> String {
        if unit == nil, let first = typed.utf8.first, first >= 0x30 && first <= 0x39 { return typed }   // the common case
        var text = Text.normalized(typed)
        let marked = prefixes.contains(where: text.hasPrefix) || suffixes.contains(where: text.hasSuffix)
        for p in prefixes where text.hasPrefix(p) { text = String(text.dropFirst(p.count)).trimmingCharacters(in: .whitespaces) }
        for s in suffixes where text.hasSuffix(s) { text = String(text.dropLast(s.count)).trimmingCharacters(in: .whitespaces) }
        // A number with its own currency mark is yuan as written; the header's unit is for bare numbers.
        if !marked, let unit, !unit.isEmpty, !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) {
            text += unit
        }
        return text
    }
}
