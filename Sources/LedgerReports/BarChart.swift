/// A bar chart drawn as inline SVG from numbers: each bar's length is its value over the
/// largest, and every label is text escaped by `HTML`.
///
/// One chart serves the report and the web pages: signings by quarter (vertical), by group or
/// industry (horizontal), and the cohort's funnel (horizontal, centred). Values are plain
/// integers (a count, or fen) so the chart never rounds money itself; the caller passes the
/// label it publishes (`207.5亿元`). Negative values are drawn as empty bars, never inverted.
public struct BarChart: Sendable, Hashable {
    public enum Orientation: Sendable, Hashable {
        /// Columns rising from a base line, labels below: a series over time.
        case vertical
        /// Rows growing to the right, labels on the left: categories with long names.
        case horizontal
        /// Rows centred on the middle, largest first by convention: a funnel.
        case funnel
    }

    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Int64
        /// The number shown at the bar's end, as published (e.g. `26.75亿元`, `44个`).
        public var valueLabel: String

        public init(label: String, value: Int64, valueLabel: String? = nil) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel ?? String(value)
        }
    }

    public var title: String
    public var bars: [Bar]
    public var orientation: Orientation
    public var widthPoints: Double
    /// For a vertical chart the whole height; horizontal charts grow a row per bar.
    public var heightPoints: Double

    public init(title: String, bars: [Bar], orientation: Orientation = .vertical, widthPoints: Double = 640, heightPoints: Double = 260) {
        self.title = title
        self.bars = bars
        self.orientation = orientation
        self.widthPoints = widthPoints
        self.heightPoints = heightPoints
    }

    // Layout, in SVG user units.
    static let titleHeight = 28.0
    static let margin = 12.0
    static let labelBand = 40.0
    static let valueBand = 18.0
    static let rowHeight = 26.0
    static let labelColumn = 150.0
    static let valueColumn = 90.0
    static let barFill = "#3b6ea5"

    /// The largest value, at least 1, so an all-zero chart draws empty bars instead of dividing by zero.
    var maximum: Int64 { max(1, bars.map(\.value).max() ?? 1) }

    /// The bar's length as a share of the longest, in 0…1.
    func share(_ bar: Bar) -> Double { bar.value <= 0 ? 0 : Double(bar.value) / Double(maximum) }

    /// The chart's total height: fixed for columns, a row per bar otherwise.
    public var totalHeight: Double {
        switch orientation {
        case .vertical: heightPoints
        case .horizontal, .funnel: Self.titleHeight + Double(max(bars.count, 1)) * Self.rowHeight + Self.margin
        }
    }

    /// The `<svg>` element, for inline use in a page.
    public func svg() -> HTML {
        let h = totalHeight
        var attributes: HTML.Attributes = [
            "xmlns": "http://www.w3.org/2000/svg", "class": "chart", "role": "img", "aria-label": title,
            "viewBox": "0 0 \(Self.number(widthPoints)) \(Self.number(h))",
            "width": Self.number(widthPoints), "height": Self.number(h),
            "font-family": "sans-serif", "font-size": "12",
        ]
        attributes["data-bars"] = String(bars.count)
        let heading = HTML.element("text", ["class": "chart-title", "x": Self.number(Self.margin), "y": "18", "font-size": "14", "font-weight": "bold"], text: title)
        let items = bars.indices.map { orientation == .vertical ? column($0) : row($0) }
        return .element("svg", attributes, [.element("title", text: title), heading] + items + axis())
    }

    /// A standalone `.svg` file's text.
    public func svgDocument() -> String { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg().render() + "\n" }

    func column(_ index: Int) -> HTML {
        let bar = bars[index]
        let plotTop = Self.titleHeight + Self.valueBand
        let plotHeight = max(0, heightPoints - plotTop - Self.labelBand)
        let slot = (widthPoints - 2 * Self.margin) / Double(bars.count)
        let width = slot * 0.6
        let x = Self.margin + slot * Double(index) + (slot - width) / 2
        let height = plotHeight * share(bar)
        let y = plotTop + plotHeight - height
        let centre = Self.number(x + width / 2)
        return .element("g", ["class": "bar-item"], [
            rect(bar, x: x, y: y, width: width, height: height),
            .element("text", ["class": "value", "x": centre, "y": Self.number(y - 4), "text-anchor": "middle"], text: bar.valueLabel),
            .element("text", ["class": "label", "x": centre, "y": Self.number(plotTop + plotHeight + 16), "text-anchor": "middle"], text: bar.label),
        ])
    }

    func row(_ index: Int) -> HTML {
        let bar = bars[index]
        let top = Self.titleHeight + Double(index) * Self.rowHeight
        let height = Self.rowHeight * 0.7
        let plotLeft = Self.margin + Self.labelColumn
        let plotWidth = max(0, widthPoints - plotLeft - Self.valueColumn - Self.margin)
        let width = plotWidth * share(bar)
        let x = orientation == .funnel ? plotLeft + (plotWidth - width) / 2 : plotLeft
        let baseline = Self.number(top + height - 4)
        let valueX = orientation == .funnel ? plotLeft + plotWidth + 6 : x + width + 6
        return .element("g", ["class": "bar-item"], [
            .element("text", ["class": "label", "x": Self.number(plotLeft - 6), "y": baseline, "text-anchor": "end"], text: bar.label),
            rect(bar, x: x, y: top, width: width, height: height),
            .element("text", ["class": "value", "x": Self.number(valueX), "y": baseline], text: bar.valueLabel),
        ])
    }

    func rect(_ bar: Bar, x: Double, y: Double, width: Double, height: Double) -> HTML {
        .element("rect", [
            "class": "bar", "x": Self.number(x), "y": Self.number(y), "width": Self.number(width), "height": Self.number(height),
            "fill": Self.barFill, "data-value": String(bar.value),
        ], [.element("title", text: "\(bar.label): \(bar.valueLabel)")])
    }

    /// The base line under columns; rows need none.
    func axis() -> [HTML] {
        guard orientation == .vertical else { return [] }
        let y = Self.number(heightPoints - Self.labelBand)
        return [.element("line", ["x1": Self.number(Self.margin), "x2": Self.number(widthPoints - Self.margin), "y1": y, "y2": y, "stroke": "#666", "stroke-width": "1"])]
    }

    /// A coordinate to one decimal, without Foundation and without `-0`: `12`, `12.5`.
    static func number(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let m = tenths.magnitude
        return m % 10 == 0 ? "\(sign)\(m / 10)" : "\(sign)\(m / 10).\(m % 10)"
    }
}
