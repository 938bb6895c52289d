import Foundation
import Testing

@testable import LedgerReports

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The bars of a rendered chart, read back by an XML parser (so the SVG must be well formed).
final class ChartReader: NSObject, XMLParserDelegate {
    struct Rect { var x, y, width, height: Double; var value: Int64 }
    var rects: [Rect] = []
    var texts: [String] = []
    var svgAttributes: [String: String] = [:]
    var current = ""

    static func read(_ svg: String) throws -> ChartReader {
        let reader = ChartReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw CocoaError(.coderReadCorrupt) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
        current = ""
        if name == "svg" { svgAttributes = a }
        if name == "rect", a["class"] == "bar" {
            rects.append(Rect(x: Double(a["x"]!)!, y: Double(a["y"]!)!, width: Double(a["width"]!)!, height: Double(a["height"]!)!, value: Int64(a["data-value"]!)!))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(current) }
        current = ""
    }
}

@Suite("SVG bar chart")
struct BarChartTests {
    static let quarters = [("2020Q2", 10), ("2020Q3", 20), ("2020Q4", 0), ("2021Q1", 40)].map {
        BarChart.Bar(label: $0.0, value: Int64($0.1), valueLabel: "\($0.1)个")
    }

    @Test("A vertical chart has one bar per value, heights in proportion to the largest, on one base line")
    func verticalHeights() throws {
        let chart = BarChart(title: "按季度签约", bars: Self.quarters, orientation: .vertical, widthPoints: 400, heightPoints: 286)
        let read = try ChartReader.read(chart.svg().render())
        #expect(read.rects.count == 4)
        #expect(read.svgAttributes["data-bars"] == "4")
        #expect(read.rects.map(\.value) == [10, 20, 0, 40])
        // Plot height: 286 - 28 (title) - 18 (value labels) - 40 (labels) = 200.
        #expect(read.rects.map(\.height) == [50, 100, 0, 200])
        let base = read.rects.map { $0.y + $0.height }
        #expect(Set(base) == [246])
        #expect(read.rects.map(\.x) == read.rects.map(\.x).sorted())
        #expect(read.texts.contains("40个") && read.texts.contains("2021Q1"))
    }

    @Test("A horizontal chart's widths are in proportion and its rows stack downward")
    func horizontalWidths() throws {
        let bars = [BarChart.Bar(label: "直管区", value: 300), BarChart.Bar(label: "经开组团", value: 150), BarChart.Bar(label: "永修组团", value: 75)]
        let chart = BarChart(title: "按组团", bars: bars, orientation: .horizontal, widthPoints: 652)
        let read = try ChartReader.read(chart.svg().render())
        // Plot width: 652 - 12 - 150 - 90 - 12 = 388.
        #expect(read.rects.map(\.width) == [388, 194, 97])
        #expect(read.rects.map(\.y) == [28, 54, 80])
        #expect(Set(read.rects.map(\.x)) == [162])
        #expect(chart.totalHeight == 28 + 3 * 26 + 12)
    }

    @Test("A funnel centres each bar")
    func funnelCentred() throws {
        let bars = [BarChart.Bar(label: "签约", value: 44), BarChart.Bar(label: "开工", value: 22), BarChart.Bar(label: "投产", value: 11)]
        let read = try ChartReader.read(BarChart(title: "漏斗", bars: bars, orientation: .funnel, widthPoints: 652).svg().render())
        let centres = read.rects.map { $0.x + $0.width / 2 }
        #expect(centres.allSatisfy { abs($0 - (162 + 194)) < 0.11 })
        #expect(read.rects.map(\.width) == [388, 194, 97])
    }

    @Test("Labels and the title are escaped text, not markup")
    func labelsEscaped() throws {
        let bar = BarChart.Bar(label: "<b>A&B</b>", value: 1, valueLabel: "\"1\"")
        let svg = BarChart(title: "t'<x>", bars: [bar]).svg().render()
        #expect(!svg.contains("<b>") && !svg.contains("<x>"))
        #expect(svg.contains("&lt;b&gt;A&amp;B&lt;/b&gt;") && svg.contains("&quot;1&quot;") && svg.contains("t&#39;&lt;x&gt;"))
        let read = try ChartReader.read(svg)
        #expect(read.texts.contains("<b>A&B</b>"))
    }

    @Test("All-zero, negative and empty data draw empty bars, never NaN")
    func degenerate() throws {
        let bars = [BarChart.Bar(label: "a", value: 0), BarChart.Bar(label: "b", value: -5)]
        for orientation in [BarChart.Orientation.vertical, .horizontal, .funnel] {
            let svg = BarChart(title: "z", bars: bars, orientation: orientation).svg().render()
            #expect(!svg.contains("nan") && !svg.contains("inf"))
            let read = try ChartReader.read(svg)
            #expect(read.rects.count == 2)
            #expect(read.rects.allSatisfy { $0.width == 0 || $0.height == 0 })
        }
        let empty = try ChartReader.read(BarChart(title: "空", bars: []).svg().render())
        #expect(empty.rects.isEmpty)
    }

    @Test("Fen-sized values keep their proportion")
    func largeValues() throws {
        let bars = [BarChart.Bar(label: "a", value: 2_075_000_000_000), BarChart.Bar(label: "b", value: 1_037_500_000_000)]
        let read = try ChartReader.read(BarChart(title: "金额", bars: bars, orientation: .horizontal, widthPoints: 652).svg().render())
        #expect(read.rects.map(\.width) == [388, 194])
    }

    @Test("Coordinates print with at most one decimal and no negative zero")
    func numbers() {
        #expect(BarChart.number(12) == "12")
        #expect(BarChart.number(12.25) == "12.3")
        #expect(BarChart.number(-0.01) == "0")
        #expect(BarChart.number(-3.5) == "-3.5")
    }
}
