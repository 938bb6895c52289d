internal import Catalogue
internal import Ledger
internal import LedgerService
internal import LedgerReports

/// `/summary/PERIOD`: the newsletter's sentence, the figures, bands, targets, groups, industries,
/// charts, and under them the first events behind every figure (what `summary --explain` lists).
///
/// A quarter of a large ledger has thousands of events behind its figures; the page lists the
/// first `EvidenceList.rowsOnSummary` of each and links to `EvidencePage` for all of them, so
/// the page stays small enough to serve thousands of times a second.
struct SummaryPage {
    let result: SummaryResult
    let language: Language
    /// The request's `as_known_at`/`as_of` query, carried into the links of the evidence pages.
    let query: String
    var l: Language { language }
    var s: PeriodSummary { result.summary }
    var renderer: SummaryRenderer { SummaryRenderer(result, language: language) }

    func money(_ m: Money) -> String { m.published(chinese: l.isChinese) }

    func body() -> HTML {
        let r = renderer
        return """
        <p class="sentence" id="sentence">\(r.sentence())</p>
        \(r.basis.isEmpty ? "" : "<p>\(r.basis)</p>" as HTML)
        \(filterForm())
        <h2>\(WebText.summaryFigures.text(l))</h2>\(figures())
        <h2>\(WebText.summaryBands.text(l))</h2>\(bands())
        \(targets())
        <h2>\(WebText.summaryCharts.text(l))</h2><div class="charts">\(charts())</div>
        <h2>\(WebText.summaryByGroup.text(l))</h2><div id="by-group">\(shares(s.byGroup, key: "group"))</div>
        <h2>\(WebText.summaryByIndustry.text(l))</h2><div id="by-industry">\(shares(s.byIndustry, key: "industry"))</div>
        <h2>\(WebText.summaryEvidence.text(l))</h2>
        \(EvidenceList.sections(result, language: l).map { $0.summaryPart(period: s.period, query: query, language: l) })
        """
    }

    func filterForm() -> HTML {
        let knownAt = result.filter.knownAtMs.map { Timestamp.iso($0) } ?? ""
        let asOf = result.filter.asOf?.description ?? ""
        return """
        <form class="noprint" method="get" action="/summary/\(s.period.description)">
        <label>\(WebText.summaryAsKnownAt.text(l)) <input name="as_known_at" value="\(knownAt)" placeholder="2021-04-15"></label>
        <label>\(WebText.summaryAsOf.text(l)) <input name="as_of" value="\(asOf)" placeholder="2021-03-31"></label>
        <button type="submit">\(WebText.summaryShow.text(l))</button></form>
        """
    }

    func figures() -> HTML {
        func row(_ name: String, _ anchor: String, _ pick: (PeriodSummary.Figures) -> String) -> [HTML] {
            ["\(name)", "<a href=\"#\(anchor)\">\(pick(s.current))</a>", "\(pick(s.yearToDate))", "\(pick(s.previousYear))"]
        }
        let rows: [[HTML]] = [
            row(WebText.figureSignedCount.text(l), "signed") { String($0.signed.count) },
            row(WebText.figureSignedTotal.text(l), "signed") { money($0.signedTotal) },
            row(WebText.figureStarted.text(l), "started") { String($0.started.count) },
            row(WebText.figureCommissioned.text(l), "commissioned") { String($0.commissioned.count) },
            row(WebText.figureDisbursed.text(l), "disbursed") { money($0.disbursedTotal) },
            row(WebText.figureTerminated.text(l), "terminated") { String($0.terminated.count) },
        ]
        return Layout.table([WebText.columnFigure.text(l), s.period.description, WebText.columnYearToDate.text(l),
                             s.period.previousYear.description], rows, numeric: [1, 2, 3])
    }

    /// Each band with the first names in it; the rest are on the band's evidence page.
    func bands() -> HTML {
        let rows: [[HTML]] = s.bands.enumerated().map { i, b in
            let shown = b.projects.prefix(SummaryPage.namesMax).map(\.name).joined(separator: WebText.listSeparator.text(l))
            let more = b.projects.count > SummaryPage.namesMax ? WebText.andMore.text(l, ["count": String(b.projects.count)]) : ""
            return ["\(WebText.bandAtLeast.text(l, ["amount": money(b.min)]))", "<a href=\"#band-\(i)\">\(b.count)</a>", "\(money(b.total))",
                    "\(shown)\(more)"]
        }
        return Layout.table([WebText.columnBand.text(l), WebText.columnCount.text(l), WebText.columnTotal.text(l), WebText.columnNames.text(l)],
                            rows, numeric: [1, 2])
    }

    static let namesMax = 10

    /// The year's targets of the rule set, as `summary` prints them: target, done, percent.
    func targets() -> HTML {
        guard !s.targets.isEmpty else { return "" }
        let rows: [[HTML]] = s.targets.map { t in
            ["\(SummaryText.targetBand.text(l, ["min": l.isChinese ? t.min.chinese : t.min.english]))", "\(t.target)", "\(t.actual)",
             "\(PeriodSummary.percent(Int64(t.actual), of: Int64(t.target)) ?? "—")"]
        }
        return "<h2>\(SummaryText.targetsTitle.text(l))</h2><div id=\"targets\">"
            + Layout.table(["", SummaryText.columnTarget.text(l), SummaryText.columnDone.text(l), SummaryText.columnDonePercent.text(l)], rows,
                           numeric: [1, 2, 3])
            + "</div>"
    }

    func shares(_ list: [PeriodSummary.Share], key: String) -> HTML {
        let rows: [[HTML]] = list.map { share in
            let label = share.key.isEmpty ? WebText.none.text(l) : share.key
            return ["<a href=\"/projects?\(key)=\(FormFields.encode(share.key))&amp;signed_in=\(s.period.description)\">\(label)</a>",
                    "\(share.count)", "\(money(share.total))"]
        }
        return Layout.table([WebText.columnName.text(l), WebText.columnCount.text(l), WebText.columnTotal.text(l)], rows, numeric: [1, 2])
    }

    func charts() -> HTML {
        let history = result.earlier + [s]
        let recent = BarChart(title: WebText.chartRecent.text(l), bars: history.map {
            .init(label: $0.period.description, value: $0.current.signedTotal.fen,
                  valueLabel: "\($0.current.signed.count) · \(money($0.current.signedTotal))")
        }, orientation: .vertical, widthPoints: 640)
        func shareChart(_ title: String, _ list: [PeriodSummary.Share]) -> BarChart {
            BarChart(title: title, bars: list.map { .init(label: $0.key.isEmpty ? WebText.none.text(l) : $0.key, value: $0.total.fen,
                                                          valueLabel: "\($0.count) · \(money($0.total))") }, orientation: .horizontal, widthPoints: 640)
        }
        return "<figure>\(recent.svg())</figure><figure id=\"chart-groups\">\(shareChart(WebText.chartByGroup.text(l), s.byGroup).svg())</figure>"
            + "<figure id=\"chart-industries\">\(shareChart(WebText.chartByIndustry.text(l), s.byIndustry).svg())</figure>"
    }
}
