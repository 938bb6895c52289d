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
        var view = String.UnicodeScalarView(text.unicodeScalars.map(halfWidth))
        while let f = view.first, isSpace(f) || f == "\r" || f == "\n" { view.removeFirst() }
        while let l = view.last, isSpace(l) || l == "\r" || l == "\n" { view.removeLast() }
        return String(view)
    }
}
