/// Whether a line a person reads keeps to one language: the rule `CatalogueTests` holds every
/// phrase to, and the end-to-end tests hold every line the binary prints to.
public enum LanguageCheck {
    /// ASCII words a Chinese line may carry: codes, formats, units and names that have no Chinese form.
    public static let asciiAllowedInChinese: Set<String> = [
        "JSON", "JSONL", "CSV", "xlsx", "xls", "ods", "et", "HTML", "SVG", "PDF", "SHA", "LMDB", "ID", "URL",
        "API", "CSRF", "TLS", "UTF", "GB", "BOM", "Excel", "WPS", "PostgreSQL", "Ed25519", "Merkle", "RFC",
        "taizhang", "Taizhang", "TAIZHANG_DB", "TAIZHANG_LANG", "LANG", "XDG_DATA_HOME", "stdin", "MiB", "KiB", "GiB", "MB",
        "zh", "en", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Unicode",
        "ISO", "UTF-8", "GB18030", "SHA-256", "README", "UTF-16", "xNN", "zip", "XML", "OpenDocument", "LibreOffice",
    ]

    /// Drops `{arguments}`, `` `code` `` (across lines too) and `--options`, which are not words of either language.
    public static func withoutQuotedParts(_ s: String) -> String {
        var out = ""
        var inBraces = false, inTicks = false
        for ch in s {
            switch ch {
            case "{" where !inTicks: inBraces = true
            case "}" where inBraces: inBraces = false
            case "`": inTicks.toggle()
            default: if !inBraces && !inTicks { out.append(ch) }
            }
        }
        // --options and their values are typed as they are in either language.
        return out.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let bare = word.drop { $0 == "[" || $0 == "(" }
            return bare.hasPrefix("--") || bare.hasPrefix("-") && bare.count == 2 ? "" : String(word)
        }.joined(separator: " ")
    }

    /// Drops what a line quotes from its input (`“…”`, `"…"`, `'…'`): values as typed, not words.
    public static func withoutValues(_ s: String) -> String {
        var out = "", closing: Character?
        for ch in s {
            if let c = closing {
                if ch == c { closing = nil }
                continue
            }
            switch ch {
            case "“": closing = "”"
            case "\"": closing = "\""
            case "'": closing = "'"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Drops amounts written as people type them (`50亿元`, `3000万元`, `1,234.56元`): values, not words.
    static func withoutAmounts(_ s: String) -> String {
        var out = "", number = ""
        for ch in s {
            if ch.isASCII && (ch.isNumber || ch == "," || ch == ".") { number.append(ch); continue }
            if !number.isEmpty && (ch == "亿" || ch == "万" || ch == "元") { continue }
            out += number
            number = ""
            out.append(ch)
        }
        return out + number
    }

    public static func asciiWords(in s: String) -> [String] {
        var words: [String] = [], current = ""
        for u in s.unicodeScalars {
            if (u >= "A" && u <= "Z") || (u >= "a" && u <= "z") || (!current.isEmpty && (u.properties.numericType != nil && u.isASCII || u == "_" || u == "-")) {
                current.unicodeScalars.append(u)
            } else {
                if current.count >= 2 { words.append(current) }
                current = ""
            }
        }
        if current.count >= 2 { words.append(current) }
        return words.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }
    }

    public static func isHan(_ u: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value) || (0x3000...0x303F).contains(u.value)
            || (0xFF00...0xFFEF).contains(u.value)
    }

    /// The English words of a Chinese text, line by line, that are not codes: `allowed` adds
    /// the codes of the place (command names, ids); paths and file names are taken out first.
    public static func strayEnglish(inChinese text: String, allowed: Set<String> = []) -> [(line: String, words: [String])] {
        withoutQuotedParts(withoutValues(text)).split(separator: "\n").compactMap { line in
            let words = asciiWords(in: withoutPaths(String(line))).filter { !asciiAllowedInChinese.contains($0) && !allowed.contains($0) }
            return words.isEmpty ? nil : (String(line), words)
        }
    }

    /// The lines of an English text that carry Chinese outside code quotes.
    public static func chineseLines(inEnglish text: String) -> [String] {
        withoutQuotedParts(withoutValues(withoutAmounts(text))).split(separator: "\n").map(String.init)
            .filter { $0.unicodeScalars.contains(where: isHan) }
    }

    /// The text without paths (`/tmp/x`, `~/.local/share`) and file names (`a.jsonl`): names, not words.
    static func withoutPaths(_ s: String) -> String {
        var out = "", token = ""
        func flush() {
            if !(token.contains("/") || token.contains(".") && token.unicodeScalars.allSatisfy(\.isASCII)) { out += token }
            token = ""
        }
        for ch in s {
            if ch.isASCII && !ch.isWhitespace && ch != "(" && ch != ")" && ch != ":" && ch != "," && ch != ";" && ch != "'" && ch != "\"" {
                token.append(ch)
            } else {
                flush()
                out.append(ch)
            }
        }
        flush()
        return out
    }
}
