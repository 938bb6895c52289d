import Foundation
import Testing
import TestSupport

/// What the report shows beside the newsletter's sentence, by hand from `Fixtures/README.md`
/// (2021Q1 as known at 15 April): the same quarter a year earlier and the change, the eight
/// quarters, the cohort's funnel and the target progress, in figures and in the charts.
@Suite("Report: a year earlier, eight quarters, funnel, targets")
struct ReportContentTests {
    static let ledger: String = Fixture.once { try fixtureLedger() }

    static func page(_ language: String) throws -> String {
        let path = temporaryFolder() + ".html"
        let r = try taizhang(ledger, "report", "2021Q1", "--as-known-at", "2021-04-15", "--html", path, "--lang", language)
        #expect(r.status == 0, "\(r.stderr)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The texts of the chart titled `title`: its bar labels and value labels, in order.
    static func chart(_ html: String, _ title: String) -> [String] {
        guard let start = html.range(of: "<title>\(title)</title>"), let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return [] }
        let svg = html[start.upperBound..<end.lowerBound]
        var out: [String] = [], rest = svg[...]
        while let open = rest.range(of: "<text"), let gt = rest[open.upperBound...].firstIndex(of: ">"),
              let close = rest.range(of: "</text>", range: gt..<rest.endIndex) {
            out.append(String(rest[rest.index(after: gt)..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out
    }

    @Test("The same quarter a year earlier and the change: 2 signings of 4.5亿元 in 2020Q1")
    func yearEarlier() throws {
        let html = try Self.page("zh")
        for (key, value) in [("signed.count.previous", "2"), ("signed.count.change", "2100%"), ("signed.total.previous", "4.5亿元"),
                             ("signed.total.change", "4511.11%"), ("signed.count.ytd", "44")] {
            #expect(html.contains("data-figure=\"\(key)\">\(value)<"), "\(key)")
        }
    }

    @Test("Eight quarters 2019Q2…2021Q1, by count and amount")
    func eightQuarters() throws {
        let html = try Self.page("zh")
        let counts = Self.chart(html, "近八个季度签约项目数(个)")
        #expect(counts.filter { $0.hasPrefix("20") && $0.count == 6 } == ["2019Q2", "2019Q3", "2019Q4", "2020Q1", "2020Q2", "2020Q3", "2020Q4", "2021Q1"])
        #expect(counts.suffix(2) == ["44个", "2021Q1"])
        let amounts = Self.chart(html, "近八个季度签约总投资")
        #expect(amounts.contains("4.5亿元") && amounts.suffix(2) == ["207.5亿元", "2021Q1"])
    }

    @Test("The cohort's funnel: 44 signed, 3 started (GJ-2021-004, -005, -007), none commissioned")
    func funnel() throws {
        #expect(Self.chart(try Self.page("zh"), "本年签约项目推进:签约→开工→投产").dropFirst() == ["签约", "44个", "开工", "3个", "投产", "0个"])
        let en = Self.chart(try Self.page("en"), "This year&#39;s cohort: signed → started → commissioned").dropFirst()
        #expect(Array(en) == ["signed", "44", "started", "3", "commissioned", "0"])
    }

    @Test("Target progress: 0 of 1 at 100亿, 0 of 3 at 50亿, 5 of 6 at 20亿元")
    func targets() throws {
        let bars = Self.chart(try Self.page("zh"), "年度目标完成率(%)").dropFirst()
        #expect(Array(bars) == ["投资100亿元以上", "0%", "投资50亿元以上", "0%", "投资20亿元以上", "83.33%"])
    }
}
