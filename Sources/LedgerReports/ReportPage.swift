public import Catalogue
public import Ledger

/// A period's report as one self-contained HTML page: inline CSS and SVG, no script to run,
/// nothing fetched, A4 print styles; Chinese by default.
///
/// Every figure cell carries `data-figure="key"`, which `check-report` compares with a page
/// rendered again from the ledger; the seal is in the footer and in
/// `<script type="application/json" id="taizhang-seal">`.
public struct ReportPage: Sendable {
    public var values: ReportValues
    public var language: Language

    public init(values: ReportValues, language: Language) {
        self.values = values
        self.language = language
    }

    var zh: Bool { language.isChinese }
    func t(_ w: ReportText, _ a: KeyValuePairs<String, String> = [:]) -> String { w.text(language, a) }
    func money(_ fen: Int64) -> String { Money(fen: fen).published(chinese: zh) }
    var periodName: String { values.period.name(language) }

    /// `<!DOCTYPE html>` and the page.
    public func document() -> String { HTML.document(page()) }

    public func page() -> HTML {
        let title = t(.reportTitle, ["zone": values.zone, "period": periodName])
        return .element("html", ["lang": zh ? "zh-CN" : "en"], [
            .element("head", [:], [
                .element("meta", ["charset": "utf-8"]),
                .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .element("title", text: title),
                .element("style", [:], [ReportStyle.css]),
            ]),
            .element("body", [:], [
                .element("h1", text: title),
                .element("p", ["class": "lead", "data-figure": "sentence"], text: sentence),
                keyFigures(), bandsAndShares(), targets(), pipelineSection(), alerts(), charts(), footer(),
            ]),
        ])
    }

    var sentence: String { SummaryRenderer(summary: values.summary, zone: values.zone, basis: "", language: language).sentence() }

    func figureCell(_ key: String, _ text: String, numeric: Bool = true) -> HTML {
        .element("td", numeric ? ["class": "num", "data-figure": key] : ["data-figure": key], text: text)
    }

    func table(_ header: [String], _ rows: [HTML]) -> HTML {
        .element("table", [:], [.element("thead", [:], [.element("tr", [:], header.map { .element("th", text: $0) })]), .element("tbody", [:], rows)])
    }

    func section(_ heading: String, _ content: [HTML]) -> HTML {
        .element("section", [:], [.element("h2", text: heading)] + content)
    }

    func keyFigures() -> HTML {
        let rows = SummaryWorkbook(summary: values.summary, language: language).rows().map { r -> HTML in
            let show: (Int64) -> String = r.money ? { self.money($0) } : { (n: Int64) in String(n) }
            return .element("tr", [:], [.element("th", text: r.label), figureCell(r.key + ".now", show(r.now)),
                                         figureCell(r.key + ".ytd", show(r.yearToDate)), figureCell(r.key + ".previous", show(r.previous)),
                                         figureCell(r.key + ".change", r.change ?? "—")])
        }
        let s = values.summary
        let split = HTML.element("p", [:], [
            .text(t(.disbursedNew) + " "), .element("span", ["data-figure": "disbursed.new"], text: money(s.disbursedNew.fen)),
            .text(zh ? ";" : "; "), .text(t(.disbursedContinuing) + " "),
            .element("span", ["data-figure": "disbursed.continuing"], text: money(s.disbursedContinuing.fen)),
        ])
        return section(t(.keyFigures), [table([t(.figure), t(.thisPeriod), t(.yearToDate), t(.previousYear), t(.change)], rows), split])
    }

    func bandsAndShares() -> HTML {
        let s = values.summary
        let bands = s.bands.enumerated().map { i, b in
            HTML.element("tr", [:], [.element("th", text: t(.bandRow, ["min": b.min.published(chinese: zh)])),
                                     figureCell("band.\(i).count", String(b.count)), figureCell("band.\(i).total", money(b.total.fen))])
        }
        func shares(_ name: String, _ list: [PeriodSummary.Share]) -> HTML {
            table([t(name == "group" ? .group : .industry), t(.countHeader), t(.signedTotal)], list.map { g in
                .element("tr", [:], [figureCell("\(name).\(g.key).name", g.key, numeric: false), figureCell("\(name).\(g.key).count", String(g.count)),
                                     figureCell("\(name).\(g.key).total", money(g.total.fen))])
            })
        }
        return section(t(.bands), [table(["", t(.countHeader), t(.signedTotal)], bands),
                                   .element("h3", text: t(.byGroup)), shares("group", s.byGroup),
                                   .element("h3", text: t(.byIndustry)), shares("industry", s.byIndustry)])
    }

    func targets() -> HTML {
        let rows = values.summary.targets.enumerated().map { i, g in
            HTML.element("tr", [:], [.element("th", text: t(.bandRow, ["min": g.min.published(chinese: zh)])), figureCell("target.\(i).target", String(g.target)),
                                     figureCell("target.\(i).done", String(g.actual)),
                                     figureCell("target.\(i).percent", PeriodSummary.percent(Int64(g.actual), of: Int64(g.target)) ?? "—")])
        }
        return section(t(.targets), [table(["", t(.target), t(.done), t(.donePercent)], rows)])
    }

    func pipelineSection() -> HTML {
        let r = PipelineRenderer(pipeline: values.pipeline, language: language)
        let ratios = r.ratioRows(values.pipeline.ratios).enumerated().map { i, row in
            let (name, ratio, isMoney) = row
            let show: (Int64) -> String = isMoney ? { self.money($0) } : { (n: Int64) in String(n) }
            return HTML.element("tr", [:], [.element("th", text: name), figureCell("ratio.\(i).part", show(ratio.part)),
                                            figureCell("ratio.\(i).whole", show(ratio.whole)), figureCell("ratio.\(i).percent", ratio.percent ?? "—")])
        }
        let durations = r.durationRows(values.pipeline.durations).enumerated().map { i, row in
            let (name, d) = row
            return HTML.element("tr", [:], [.element("th", text: name), figureCell("duration.\(i).count", String(d.count)),
                                            figureCell("duration.\(i).q1", d.lowerQuartile ?? "—"), figureCell("duration.\(i).median", d.median ?? "—"),
                                            figureCell("duration.\(i).q3", d.upperQuartile ?? "—")])
        }
        return section(r.heading(), [table([t(.ratio), t(.ratioPart), t(.ratioWhole), t(.ratioPercent)], ratios),
                                     table([t(.durations), t(.durationCount), t(.lowerQuartile), t(.median), t(.upperQuartile)], durations)])
    }

    func alerts() -> HTML {
        let r = PipelineRenderer(pipeline: values.pipeline, language: language)
        let list = values.pipeline.alerts
        guard !list.isEmpty else { return section(t(.alerts), [.element("p", text: t(.noAlerts))]) }
        let rows = list.map { a in
            HTML.element("tr", ["class": a.light.rawValue], [
                .element("td", ["class": "light", "data-figure": "alert.\(a.member.project).light"], text: t(a.light == .red ? .red : .yellow)),
                .element("td", text: a.member.project), .element("td", text: a.member.name), .element("td", text: a.member.group),
                figureCell("alert.\(a.member.project).days", String(a.daysOverdue)), .element("td", text: r.alertReason(a)),
            ])
        }
        return section(t(.alerts), [table([t(.light), t(.project), t(.projectName), t(.group), t(.daysOverdue), t(.reason)], rows)])
    }

    func charts() -> HTML {
        ReportCharts(values: values, language: language).all()
    }

    func footer() -> HTML {
        .element("footer", [:], [
            .element("p", ["class": "rounding"], text: t(.roundingNote)),
            .element("p", ["class": "seal"], text: values.seal.footer(language)),
            .element("p", ["class": "seal-note"], text: t(.sealNote)),
            HTML.jsonScript(id: "taizhang-seal", json: values.seal.jsonText),
        ])
    }

    /// The report as `taizhang.report/1` JSON: the summary's and the pipeline's objects, the quarters, the seal.
    public func jsonObject() -> [String: Any] {
        var summary = SummaryRenderer(summary: values.summary, zone: values.zone, basis: "", language: language)
            .jsonObject(asKnownAt: values.seal.asKnownAt, asOf: values.seal.asOfGiven ? values.seal.asOf : nil)
        summary.removeValue(forKey: "schema")
        var pipeline = PipelineRenderer(pipeline: values.pipeline, language: language).jsonObject(seal: values.seal)
        pipeline.removeValue(forKey: "seal")
        pipeline.removeValue(forKey: "schema")
        return ["schema": "taizhang.report/1", "summary": summary, "pipeline": pipeline,
                "quarters": values.quarters.map { ["quarter": $0.quarter.description, "count": $0.count, "total_fen": $0.total.fen] as [String: Any] },
                "seal": values.seal.jsonObject]
    }
}
