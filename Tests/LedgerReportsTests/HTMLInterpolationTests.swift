import Testing
@testable import LedgerReports

/// `HTML` written as an interpolated literal: literals as written, strings escaped, nodes as nodes.
@Suite struct HTMLInterpolationTests {
    @Test func aStringIsEscapedAndTheLiteralKept() {
        let name = "<b>华茂</b> & \"x\" 'y'"
        let cell: HTML = "<td class=\"n\">\(name)</td>"
        #expect(cell.render() == "<td class=\"n\">&lt;b&gt;华茂&lt;/b&gt; &amp; &quot;x&quot; &#39;y&#39;</td>")
    }

    @Test func nodesListsAndNumbersGoInAsThemselves() {
        let rows: [HTML] = ["<tr><td>\(1)</td></tr>", "<tr><td>\(Int64(-2))</td></tr>"]
        let table: HTML = "<table>\(rows)</table>\(HTML.element("p", text: "a<b"))"
        #expect(table.render() == "<table><tr><td>1</td></tr><tr><td>-2</td></tr></table><p>a&lt;b</p>")
        let open: HTML = "<i>", rest: HTML = "\("&")</i>"
        #expect((open + rest).render() == "<i>&amp;</i>")
        #expect(HTML.rendered(table.render()).render() == table.render())
    }
}
