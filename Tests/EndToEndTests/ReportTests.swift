import Foundation
import Testing

/// `taizhang report`: the page in headless Chromium, the workbook in openpyxl and LibreOffice.
///
/// The tools are installed by `Tools/install-deps` (Debian's chromium, libreoffice-calc-nogui,
/// fonts-noto-cjk, python3-openpyxl); a missing tool fails the test with that advice, never skips it.
@Suite("Report: HTML in Chromium, xlsx in openpyxl and LibreOffice", .serialized)
struct ReportTests {
    static let ledger: String = try! fixtureLedger()
    static let folder: String = {
        let f = temporaryFolder()
        try! FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true)
        return f
    }()
    static let fiveNames = ["省转化医学研究院", "微医集团互联网慢病管理产业基地项目", "攀藤高精度环保智能检测传感器生产基地(二期)项目",
                            "云居山环境生态科技产业园项目", "华茂智能家居基地项目"]

    /// The report of 2021Q1 as published on 15 April 2021, written once.
    static let written: (html: String, xlsx: String) = {
        let html = folder + "/report-2021Q1.html", xlsx = folder + "/report-2021Q1.xlsx"
        let r = try! taizhang(ledger, "report", "2021Q1", "--as-known-at", "2021-04-15", "--html", html, "--xlsx", xlsx)
        precondition(r.status == 0, r.stderr)
        return (html, xlsx)
    }()

    func tool(_ path: String) throws -> String { try officeTool(path) }

    @Test("The page is self-contained: the figures, the names, inline SVG charts, the seal, nothing fetched")
    func selfContained() throws {
        let html = try String(contentsOfFile: Self.written.html, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        for text in ["新签约亿元以上项目44个,总投资207.5亿元", "开工率", "投产率", "资金到位率", "履约率", "@page { size: A4"] + Self.fiveNames {
            #expect(html.contains(text), "\(text)")
        }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
        #expect(!html.contains("http://") || html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://") == false)
        #expect(!html.contains("https://") && !html.contains(" src=") && !html.contains("<link"))
        #expect(html.components(separatedBy: "<script").count - 1 == 1 && html.contains(#"<script type="application/json" id="taizhang-seal">"#))
        #expect(html.contains("印记:日志前 89 条"))
    }

    @Test("Chromium renders the page to a PNG and an A4 PDF, and its text holds the figures")
    func chromium() throws {
        let chromium = try tool("/usr/bin/chromium")
        let png = Self.folder + "/report.png", pdf = Self.folder + "/report.pdf"
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(Self.folder)/chromium-profile"]
        let url = URL(fileURLWithPath: Self.written.html).absoluteString
        try run(chromium, common + ["--window-size=900,2400", "--screenshot=\(png)", url])
        try run(chromium, common + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", url])
        let image = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]) && image.count > 50_000)
        let document = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(document.starts(with: Array("%PDF".utf8)) && document.count > 20_000)
        // A4 (210 × 297 mm) is 595 × 842 points; Chromium writes 594.96 × 841.92.
        let boxes = String(decoding: document, as: UTF8.self).components(separatedBy: "/MediaBox [0 0 594.9").count - 1
        #expect(boxes >= 2, "pages of A4: \(boxes)")
        let dom = try run(chromium, common + ["--dump-dom", url]).stdout
        for text in ["44", "207.5亿元"] + Self.fiveNames { #expect(dom.contains(text), "\(text)") }
    }

    func openpyxl(_ path: String, cells: [(String, String)]) throws -> [String: Any] { try openpyxlRead(path, cells: cells) }

    @Test("openpyxl reads numbers as numbers with 万元/亿元 formats and dates as dates; 口径与校验 holds the seal")
    func workbookCells() throws {
        let o = try openpyxl(Self.written.xlsx, cells: [("汇总", "B3"), ("汇总", "B2"), ("分档与分布", "C2"), ("项目", "F2"), ("项目", "E2"),
                                                      ("口径与校验", "B2"), ("口径与校验", "A12")])
        #expect(lookup(o, "sheets") as? [String] == ["汇总", "分档与分布", "项目", "近八个季度", "推进", "组团", "预警", "推进项目明细", "口径与校验"])
        let cells = try #require(lookup(o, "cells") as? [String: [String: Any]])
        #expect(cells["汇总!B3"]?["value"] as? Double == 2_075_000 || cells["汇总!B3"]?["value"] as? Int == 2_075_000)
        #expect((cells["汇总!B3"]?["format"] as? String)?.contains("万元") == true)
        #expect(cells["汇总!B2"]?["value"] as? Int == 44)
        #expect(cells["分档与分布!C2"]?["value"] as? Double == 118.5 && (cells["分档与分布!C2"]?["format"] as? String)?.contains("亿元") == true)
        #expect(cells["项目!F2"]?["is_date"] as? Bool == true && cells["项目!F2"]?["value"] as? String == "2021-01-06T00:00:00")
        #expect(cells["项目!E2"]?["type"] as? String == "int" || cells["项目!E2"]?["type"] as? String == "float")
        #expect(cells["口径与校验!B2"]?["value"] as? Int == 89)
        #expect(cells["口径与校验!A12"]?["value"] as? String == "taizhang-seal")
    }

    @Test("LibreOffice converts the workbook without error, every sheet's numbers intact")
    func libreOffice() throws {
        let out = Self.folder + "/lo"
        let files = try libreOfficeCSV(Self.written.xlsx, into: out)
        #expect(files.count >= 9, "\(files)")
        let summary = try #require(files.first { $0.contains("汇总") })
        let text = try String(contentsOfFile: out + "/" + summary, encoding: .utf8)
        #expect(text.contains("签约总投资(万元),\"2,075,000.00万元\"") || text.contains("2075000"), "\(text.prefix(400))")
    }

    @Test("The English report is English throughout")
    func english() throws {
        let path = Self.folder + "/report-en.html"
        #expect(try taizhang(Self.ledger, "report", "2021Q1", "--as-known-at", "2021-04-15", "--html", path, "--lang", "en").status == 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("44 projects of 100 million yuan or more signed, worth 20.75 billion yuan in total"))
        #expect(html.contains("Key figures") && html.contains("start rate") && !html.contains("主要指标"))
    }
}
