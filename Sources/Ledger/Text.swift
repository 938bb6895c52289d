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
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        if first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D || last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
            return false
        }
        var previous: UInt8 = 0
        for b in utf8 {
            // U+FF01–U+FF5E are EF BC 81 … EF BD 9E; U+3000 is E3 80 80; U+00A0 is C2 A0.
            if (previous == 0xEF && (b == 0xBC || b == 0xBD)) || (previous == 0xE3 && b == 0x80) || (previous == 0xC2 && b == 0xA0) {
                return false
            }
            previous = b
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
