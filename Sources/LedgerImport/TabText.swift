/// Tab-separated text (Excel's "Unicode 文本") turned into CSV, line for line, for `CSVReader`.
///
/// Fields Excel quoted (those holding a tab, a quote or a line break) stay quoted; an unquoted
/// field holding a comma or a quote is quoted, its quotes doubled. Line numbers do not change.
enum TabText {
    /// True when the first line has a tab and no comma outside quotes: a tab-separated file.
    static func isTabSeparated(_ text: [UInt8]) -> Bool {
        let first = text.prefix { $0 != 0x0A }
        return first.contains(0x09) && !first.contains(0x2C)
    }

    static func csv(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 8)
        var i = 0
        let n = text.count
        while i < n {
            if text[i] == 0x22 {   // a quoted field: copied as it is, up to its closing quote
                out.append(0x22)
                i += 1
                while i < n {
                    out.append(text[i])
                    if text[i] == 0x22 {
                        if i + 1 < n && text[i + 1] == 0x22 { out.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    i += 1
                }
            } else {
                let start = i
                while i < n && text[i] != 0x09 && text[i] != 0x0A && text[i] != 0x0D { i += 1 }
                let field = text[start..<i]
                if field.contains(0x2C) || field.contains(0x22) {
                    out.append(0x22)
                    for b in field { out.append(b); if b == 0x22 { out.append(0x22) } }
                    out.append(0x22)
                } else {
                    out.append(contentsOf: field)
                }
            }
            while i < n && text[i] != 0x09 && text[i] != 0x0A && text[i] != 0x0D { out.append(text[i]); i += 1 }
            if i < n {
                out.append(text[i] == 0x09 ? 0x2C : text[i])
                i += 1
            }
        }
        return out
    }
}
