/// Small text helpers for what people type into spreadsheets.
public enum Text {
    /// Full-width digits, letters and punctuation (０-９, ，．／) become their ASCII forms.
    public static func halfWidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(s.value - 0xFEE0)!
        case 0x3000: return " "
        default: return s
        }
    }

    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}"
    }

    /// The text with full-width forms folded and surrounding white space removed.
    public static func normalized(_ text: String) -> String {
        if isNormalized(text) { return text }
        return foldAndTrim(text)
    }

    /// True when `normalized` would return the text unchanged: the common case, checked on
    /// UTF-8 bytes without building anything (the import's hot path).
    @inline(__always)
    public static func isNormalized(_ text: String) -> Bool {
        var text = text
        // The bytes where they lie (a native string is not copied), not one `utf8` index step at a time.
        return text.withUTF8(isNormalized(utf8:))
    }

    static func isNormalized(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last else { return true }
        if first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D || last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
            return false
        }
        var i = 0
        while i + 1 < b.count {
            // U+FF01–U+FF5E are EF BC 81 … EF BD 9E; U+3000 is E3 80 80; U+00A0 is C2 A0.
            let c = b[i]
            if c >= 0xC2 {
                let d = b[i + 1]
                if (c == 0xEF && (d == 0xBC || d == 0xBD)) || (c == 0xE3 && d == 0x80) || (c == 0xC2 && d == 0xA0) { return false }
            }
            i += 1
        }
        return true
    }

    static func foldAndTrim(_ text: String) -> String {
        var view = String.UnicodeScalarView(text.unicodeScalars.map(halfWidth))
        while let f = view.first, isSpace(f) || f == "\r" || f == "\n" { view.removeFirst() }
        while let l = view.last, isSpace(l) || l == "\r" || l == "\n" { view.removeLast() }
        return String(view)
    }

    /// The text as typed, only the white space around it (ideographic spaces too) removed: what
    /// names and notes are stored as. Matching and ids use `normalized`; storing does not.
    public static func trimmed(_ text: String) -> String {
        guard let f = text.unicodeScalars.first, let l = text.unicodeScalars.last else { return text }
        func space(_ s: Unicode.Scalar) -> Bool { isSpace(s) || s == "\r" || s == "\n" }
        if !space(f) && !space(l) { return text }
        var view = text.unicodeScalars[...]
        while let f = view.first, space(f) { view.removeFirst() }
        while let l = view.last, space(l) { view.removeLast() }
        return String(String.UnicodeScalarView(view))
    }
}
