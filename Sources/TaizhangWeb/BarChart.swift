/// A horizontal bar chart as inline SVG, drawn from numbers; labels go in as escaped text.
///
/// Until `LedgerReports` has its shared chart, the site's charts come from here (one file to swap).
struct BarChart {
    struct Bar {
        var label: String
        var value: Int64
        var caption: String
        var link: String?
    }

    var title: String
    var bars: [Bar]

    func svg() -> HTML {
        let rowHeight = 26, labelWidth = 150, barWidth = 300, captionWidth = 130
        let width = labelWidth + barWidth + captionWidth
        let height = max(1, bars.count) * rowHeight + 8
        let largest = max(1, bars.map(\.value).max() ?? 1)
        let rows: [HTML] = bars.enumerated().map { i, bar in
            let y = 4 + i * rowHeight
            let w = bar.value <= 0 ? 0 : max(2, Int(Double(bar.value) / Double(largest) * Double(barWidth)))
            let rect: HTML = "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowHeight - 8)\" fill=\"#a4161a\"><title>\(bar.label): \(bar.caption)</title></rect>"
            let linked: HTML = bar.link.map { "<a href=\"\($0)\">\(rect)</a>" } ?? rect
            return """
            <text x="\(labelWidth - 6)" y="\(y + rowHeight / 2 + 4)" text-anchor="end" font-size="12">\(bar.label)</text>\
            \(linked)<text x="\(labelWidth + w + 6)" y="\(y + rowHeight / 2 + 4)" font-size="12">\(bar.caption)</text>
            """
        }
        return """
        <figure><svg xmlns="http://www.w3.org/2000/svg" role="img" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" aria-label="\(title)">\
        \(rows)</svg><figcaption>\(title)</figcaption></figure>
        """
    }
}
