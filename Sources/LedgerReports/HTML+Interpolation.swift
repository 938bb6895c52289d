/// `HTML` written as an interpolated literal: the literal's text is markup from the source, every
/// interpolated `String` is a text node (escaped when rendered), every interpolated `HTML` a node.
///
/// The web pages are written this way (`"<td>\(name)</td>" as HTML`); the report builds the same
/// nodes with `element`. One node type, one renderer and one escape serve both, so user data
/// reaches a page only through `HTML.escape`, whichever way the page was written.
extension HTML: ExpressibleByStringInterpolation {
    /// A literal of the source, put out as written (as `trusted(_:)` puts a `StaticString`).
    public init(stringLiteral value: String) { self.init(node: .trusted(value)) }

    public init(stringInterpolation: Interpolation) { self = .fragment(stringInterpolation.nodes) }

    public struct Interpolation: StringInterpolationProtocol {
        var nodes: [HTML] = []
        public init(literalCapacity: Int, interpolationCount: Int) { nodes.reserveCapacity(interpolationCount * 2 + 1) }
        public mutating func appendLiteral(_ literal: String) { if !literal.isEmpty { nodes.append(HTML(node: .trusted(literal))) } }
        public mutating func appendInterpolation(_ value: String) { nodes.append(.text(value)) }
        public mutating func appendInterpolation(_ value: some BinaryInteger) { nodes.append(.text(String(value))) }
        public mutating func appendInterpolation(_ html: HTML) { nodes.append(html) }
        public mutating func appendInterpolation(_ list: [HTML]) { nodes.append(.fragment(list)) }
    }

    /// Two pieces side by side.
    public static func + (a: HTML, b: HTML) -> HTML { .fragment([a, b]) }

    /// Markup this builder rendered before (a page kept per ledger head), put back as it was.
    package static func rendered(_ markup: String) -> HTML { HTML(node: .trusted(markup)) }
}
