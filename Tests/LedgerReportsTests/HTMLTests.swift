import Foundation
import Testing

@testable import LedgerReports

@Suite("HTML builder")
struct HTMLTests {
    static let hostile = #"<script>alert('x')</script> & "quoted" 'single'"#

    @Test("Text is escaped: < > & \" ' become entities")
    func textEscaped() {
        let cell = HTML.element("td", text: Self.hostile).render()
        #expect(cell == "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;</td>")
        #expect(!cell.contains("<script"))
    }

    @Test("Attribute values are escaped and cannot close their quotes")
    func attributesEscaped() {
        let link = HTML.element("a", ["href": #"x" onclick="steal()"#, "title": "a<b>&'c'"], text: "t").render()
        #expect(link == #"<a href="x&quot; onclick=&quot;steal()" title="a&lt;b&gt;&amp;&#39;c&#39;">t</a>"#)
    }

    @Test("Each of the five characters alone", arguments: [("<", "&lt;"), (">", "&gt;"), ("&", "&amp;"), ("\"", "&quot;"), ("'", "&#39;")])
    func eachCharacter(raw: String, entity: String) {
        #expect(HTML.text("a\(raw)b").render() == "a\(entity)b")
        #expect(HTML.element("p", ["data-x": raw], []).render() == "<p data-x=\"\(entity)\"></p>")
    }

    @Test("One escape for pages and workbooks: characters XML cannot hold are dropped, tabs and line ends kept")
    func oneEscapeForHTMLAndXML() {
        #expect(HTML.escape("a'b\u{1}\tc\nd\re\u{FFFE}\u{FFFF}\u{0}f") == "a&#39;b\tc\nd\ref")
        #expect(HTML.text("项目\u{7}名称").render() == "项目名称")
        let sheet = Workbook.Sheet(name: "O'Brien", rows: [[.text("x")], [.text("它's <A&B> \"引号\"\u{1}")]])
        let xml = String(decoding: WorkbookXML.sheet(sheet), as: UTF8.self)
        #expect(xml.contains(#"<t xml:space="preserve">它&#39;s &lt;A&amp;B&gt; &quot;引号&quot;</t>"#))
        #expect(SheetCells.parse(WorkbookXML.sheet(sheet)).map(\.value) == ["x", "它's <A&B> \"引号\""])
    }

    @Test("Chinese text and ordinary characters pass through unchanged")
    func chineseUnchanged() {
        #expect(HTML.text("赣江新区 207.5亿元").render() == "赣江新区 207.5亿元")
    }

    @Test("Elements nest, attributes keep the order written, void elements have no end tag")
    func structure() {
        let row = HTML.element("tr", ["class": "total", "id": "t1"], [
            .element("th", text: "合计"), .element("td", ["class": "num"], text: "44"), .element("br"),
        ])
        #expect(row.render() == #"<tr class="total" id="t1"><th>合计</th><td class="num">44</td><br></tr>"#)
        #expect(HTML.element("meta", ["charset": "utf-8"]).render() == #"<meta charset="utf-8">"#)
    }

    @Test("A fragment renders its nodes side by side; a document starts with the doctype")
    func fragmentAndDocument() {
        let page = HTML.element("html", ["lang": "zh"], [.fragment([.element("head"), .element("body", text: "x")])])
        #expect(HTML.document(page) == "<!DOCTYPE html>\n<html lang=\"zh\"><head></head><body>x</body></html>\n")
    }

    @Test("Trusted markup is only a literal of the source")
    func trusted() {
        #expect(HTML.element("style", [:], [.trusted("td > b { color: red }")]).render() == "<style>td > b { color: red }</style>")
    }

    @Test("A JSON script cannot be closed by its data and reads back as the same JSON")
    func jsonScript() throws {
        let json = #"{"name":"</script><script>alert(1)</script>","amp":"a&b","sep":"\#u{2028}"}"#
        let html = HTML.jsonScript(id: "taizhang-seal", json: json).render()
        #expect(html.hasPrefix(#"<script type="application/json" id="taizhang-seal">"#))
        #expect(html.hasSuffix("</script>"))
        let inner = html.dropFirst(#"<script type="application/json" id="taizhang-seal">"#.count).dropLast("</script>".count)
        #expect(!inner.contains("<") && !inner.contains(">") && !inner.contains("&"))
        let decoded = try JSONSerialization.jsonObject(with: Data(inner.utf8)) as? [String: String]
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded == original)
    }

    @Test("Attributes set twice keep the last value, in the first place")
    func attributeReplace() {
        var attributes: HTML.Attributes = ["a": "1", "b": "2"]
        attributes["a"] = "3"
        #expect(attributes.pairs.map(\.name) == ["b", "a"])
        #expect(attributes["a"] == "3")
        attributes["b"] = nil
        #expect(attributes.pairs.map(\.name) == ["a"])
    }
}
