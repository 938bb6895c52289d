/// A piece of HTML (or inline SVG) built from nodes, never from strings: text and attribute
/// values are escaped when rendered, so user data cannot become markup.
///
/// The report and the web pages share it (STYLE.md: "templates escape by default; build no
/// HTML by string concatenation of user data"). Element and attribute names come from code and
/// are checked; only `trusted(_:)` (a `StaticString`, so a literal in the source) and
/// `jsonScript` put unescaped characters in the output.
public struct HTML: Sendable, Hashable {
    indirect enum Node: Sendable, Hashable {
        case element(name: String, attributes: Attributes, children: [HTML])
        case text(String)
        case trusted(String)
        case fragment([HTML])
    }

    let node: Node

    /// `<name attributes>children</name>`; void elements (`br`, `meta`, …) take no children.
    public static func element(_ name: String, _ attributes: Attributes = [:], _ children: [HTML] = []) -> HTML {
        precondition(HTML.isName(name), "element name from code: \(name)")
        precondition(children.isEmpty || !HTML.voidElements.contains(name), "\(name) takes no children")
        return HTML(node: .element(name: name, attributes: attributes, children: children))
    }

    /// `element(name, attributes, [.text(text)])`, the common case of a cell or heading.
    public static func element(_ name: String, _ attributes: Attributes = [:], text: String) -> HTML {
        element(name, attributes, [.text(text)])
    }

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> HTML { HTML(node: .text(text)) }

    /// Nodes side by side, without an element around them.
    public static func fragment(_ nodes: [HTML]) -> HTML { HTML(node: .fragment(nodes)) }

    /// Markup written in the source (a style sheet): a `StaticString` cannot carry user data.
    public static func trusted(_ markup: StaticString) -> HTML { HTML(node: .trusted(markup.description)) }

    /// `<script type="application/json" id=…>` holding JSON a program reads back out of the page.
    ///
    /// A script's text is not entity-decoded by browsers, so escaping it as HTML would change
    /// the JSON; instead `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`, which JSON reads
    /// as the same characters and which cannot end the script.
    public static func jsonScript(id: String, json: String) -> HTML {
        var safe = ""
        safe.reserveCapacity(json.utf8.count)
        for c in json.unicodeScalars {
            switch c {
            case "<": safe += "\\u003c"
            case ">": safe += "\\u003e"
            case "&": safe += "\\u0026"
            case "\u{2028}": safe += "\\u2028"
            case "\u{2029}": safe += "\\u2029"
            default: safe.unicodeScalars.append(c)
            }
        }
        return element("script", ["type": "application/json", "id": id], [HTML(node: .trusted(safe))])
    }

    /// The markup, with every text and attribute value escaped.
    public func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    /// A whole page: `<!DOCTYPE html>` and the `html` element.
    public static func document(_ root: HTML) -> String { "<!DOCTYPE html>\n" + root.render() + "\n" }

    func render(into out: inout String) {
        switch node {
        case .text(let text): out += HTML.escape(text)
        case .trusted(let markup): out += markup
        case .fragment(let nodes): for n in nodes { n.render(into: &out) }
        case .element(let name, let attributes, let children):
            out += "<" + name
            for a in attributes.pairs { out += " " + a.name + "=\"" + HTML.escape(a.value) + "\"" }
            out += ">"
            if HTML.voidElements.contains(name) { return }
            for c in children { c.render(into: &out) }
            out += "</" + name + ">"
        }
    }

    /// Text for markup, HTML or XML: `&`, `<`, `>`, `"` and `'` as entities, and the characters
    /// XML 1.0 cannot hold dropped.
    ///
    /// The one escape of every page, SVG and xlsx part: both languages read `&quot;` and `&#39;`
    /// in text and in quoted attribute values, and a control character (other than tab and line
    /// ends) or U+FFFE/U+FFFF would make a workbook part unreadable (and is a parse error in HTML).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// Letters, digits, `-` and `:` (SVG's `xlink:href`), starting with a letter.
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == ":" }
    }
}

extension HTML {
    /// Attributes in the order written (a dictionary literal, but ordered so output is stable).
    public struct Attributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
        public struct Pair: Sendable, Hashable {
            public let name: String
            public let value: String
        }

        public private(set) var pairs: [Pair]

        public init(dictionaryLiteral elements: (String, String)...) {
            pairs = []
            for (name, value) in elements { self[name] = value }
        }

        /// Sets (or replaces) an attribute; a name must come from code.
        public subscript(name: String) -> String? {
            get { pairs.first { $0.name == name }?.value }
            set {
                precondition(HTML.isName(name), "attribute name from code: \(name)")
                pairs.removeAll { $0.name == name }
                if let newValue { pairs.append(Pair(name: name, value: newValue)) }
            }
        }
    }
}
