public import LedgerReports

/// The web pages' HTML: interpolated text is escaped unless it is `Markup` itself.
///
/// `"<td>\(name)</td>" as Markup` escapes `name`; only values already of type `Markup` (or
/// `LedgerReports.HTML` nodes, rendered by their own escaping) go in as they are, so user data
/// cannot become markup by accident. The pages were written against this before the shared
/// node builder landed; charts and escaping come from `LedgerReports` (`BarChart`, `HTML.escape`).
public struct Markup: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    init(raw: String) { text = raw }
    /// A node of the shared builder, rendered with its escaping.
    public init(_ html: HTML) { text = html.render() }
    public init(stringLiteral value: String) { text = value }
    public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    public var description: String { text }

    public struct Interpolation: StringInterpolationProtocol {
        var text = ""
        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { text += literal }
        public mutating func appendInterpolation(_ value: String) { text += Markup.escape(value) }
        public mutating func appendInterpolation(_ value: some BinaryInteger) { text += String(value) }
        public mutating func appendInterpolation(_ html: Markup) { text += html.text }
        public mutating func appendInterpolation(_ list: [Markup]) { for h in list { text += h.text } }
        public mutating func appendInterpolation(_ html: HTML) { text += html.render() }
    }

    public static func + (a: Markup, b: Markup) -> Markup { Markup(raw: a.text + b.text) }

    public static func escape(_ s: String) -> String { HTML.escape(s) }

}
