internal import Catalogue
internal import Ledger
internal import LedgerStore
internal import LedgerReports

/// `/summary/PERIOD`: the newsletter's sentence, the figures, bands, groups, industries, charts,
/// and under them the events behind every figure (what `summary --explain` lists).
struct SummaryPage {
    let view: SummaryView
    let language: Language
    var l: Language { language }
    var s: PeriodSummary { view.summary }

    func money(_ m: Money) -> String { m.published(chinese: l.isChinese) }

    func body() -> Markup {
        """
        <p class="sentence" id="sentence">\(view.renderer.sentence())</p>
        \(view.renderer.basis.isEmpty ? "" : "<p>\(view.renderer.basis)</p>" as Markup)
        \(filterForm())
        <h2>\(WebText.summaryFigures.text(l))</h2>\(figures())
        <h2>\(WebText.summaryBands.text(l))</h2>\(bands())
        <h2>\(WebText.summaryCharts.text(l))</h2><div class="charts">\(charts())</div>
        <h2>\(WebText.summaryByGroup.text(l))</h2><div id="by-group">\(shares(s.byGroup, key: "group"))</div>
        <h2>\(WebText.summaryByIndustry.text(l))</h2><div id="by-industry">\(shares(s.byIndustry, key: "industry"))</div>
        \(evidence())
        """
    }

    func filterForm() -> Markup {
        let knownAt = view.filter.knownAtMs.map { Timestamp.iso($0) } ?? ""
        let asOf = view.filter.asOf?.description ?? ""
        return """
        <form class="noprint" method="get" action="/summary/\(s.period.description)">
        <label>\(WebText.summaryAsKnownAt.text(l)) <input name="as_known_at" value="\(knownAt)" placeholder="2021-04-15"></label>
        <label>\(WebText.summaryAsOf.text(l)) <input name="as_of" value="\(asOf)" placeholder="2021-03-31"></label>
        <button type="submit">\(WebText.summaryShow.text(l))</button></form>
        """
    }

    func figures() -> Markup {
        func row(_ name: String, _ anchor: String, _ pick: (PeriodSummary.Figures) -> String) -> [Markup] {
            ["\(name)", "<a href=\"#\(anchor)\">\(pick(s.current))</a>", "\(pick(s.yearToDate))", "\(pick(s.previousYear))"]
        }
        let rows: [[Markup]] = [
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

    func bands() -> Markup {
        let rows: [[Markup]] = s.bands.enumerated().map { i, b in
            ["\(WebText.bandAtLeast.text(l, ["amount": money(b.min)]))", "<a href=\"#band-\(i)\">\(b.count)</a>", "\(money(b.total))",
             "\(b.projects.map(\.name).joined(separator: WebText.listSeparator.text(l)))"]
        }
        return Layout.table([WebText.columnBand.text(l), WebText.columnCount.text(l), WebText.columnTotal.text(l), WebText.columnNames.text(l)],
                            rows, numeric: [1, 2])
    }

    func shares(_ list: [PeriodSummary.Share], key: String) -> Markup {
        let rows: [[Markup]] = list.map { share in
            let label = share.key.isEmpty ? WebText.none.text(l) : share.key
            return ["<a href=\"/projects?\(key)=\(FormFields.encode(share.key))&amp;signed_in=\(s.period.description)\">\(label)</a>",
                    "\(share.count)", "\(money(share.total))"]
        }
        return Layout.table([WebText.columnName.text(l), WebText.columnCount.text(l), WebText.columnTotal.text(l)], rows, numeric: [1, 2])
    }

    func charts() -> Markup {
        let recent = BarChart(title: WebText.chartRecent.text(l), bars: view.recent.map {
            .init(label: $0.period.description, value: $0.total.fen, valueLabel: "\($0.count) · \(money($0.total))")
        }, orientation: .vertical, widthPoints: 640)
        func shareChart(_ title: String, _ list: [PeriodSummary.Share]) -> BarChart {
            BarChart(title: title, bars: list.map { .init(label: $0.key.isEmpty ? WebText.none.text(l) : $0.key, value: $0.total.fen,
                                                          valueLabel: "\($0.count) · \(money($0.total))") }, orientation: .horizontal, widthPoints: 640)
        }
        return "<figure>\(recent.svg())</figure><figure id=\"chart-groups\">\(shareChart(WebText.chartByGroup.text(l), s.byGroup).svg())</figure>"
            + "<figure id=\"chart-industries\">\(shareChart(WebText.chartByIndustry.text(l), s.byIndustry).svg())</figure>"
    }

    // MARK: The events behind the figures

    func evidence() -> Markup {
        let q = s.period
        let started = s.current.started.map { ($0.project, $0.name, $0.startedSequence) }
        let commissioned = s.current.commissioned.map { ($0.project, $0.name, $0.commissionedSequence) }
        var out: Markup = "<h2>\(WebText.summaryEvidence.text(l))</h2>"
        out = out + section("signed", WebText.figureSignedCount.text(l), s.current.signed.map { ($0.project, $0.name, $0.sequence, money($0.amount)) })
        for (i, b) in s.bands.enumerated() {
            out = out + section("band-\(i)", WebText.bandAtLeast.text(l, ["amount": money(b.min)]), b.projects.map { ($0.project, $0.name, $0.sequence, money($0.amount)) })
        }
        out = out + section("started", WebText.figureStarted.text(l), started.map { ($0.0, $0.1, $0.2, "") })
        out = out + section("commissioned", WebText.figureCommissioned.text(l), commissioned.map { ($0.0, $0.1, $0.2, "") })
        out = out + section("disbursed", WebText.figureDisbursed.text(l), view.evidence.disbursements(in: q).map {
            ($0.event.project, $0.event.id, $0.sequence, money($0.event.amount))
        })
        out = out + section("terminated", WebText.figureTerminated.text(l), view.evidence.terminations(in: q).map {
            ($0.event.project, $0.event.id, $0.sequence, "")
        })
        return out
    }

    func section(_ anchor: String, _ title: String, _ items: [(project: String, label: String, sequence: UInt64, amount: String)]) -> Markup {
        let rows: [[Markup]] = items.map { i in
            ["<a href=\"/projects/\(FormFields.encode(i.project))#e-\(i.sequence)\">\(i.sequence)</a>",
             "<a href=\"/projects/\(FormFields.encode(i.project))\">\(i.project)</a>", "\(i.label)", "\(i.amount)"]
        }
        return "<h3 id=\"\(anchor)\">\(title) (\(items.count))</h3>"
            + Layout.table([WebText.columnSequence.text(l), WebText.columnProject.text(l), WebText.columnName.text(l), WebText.columnAmount.text(l)],
                           rows, numeric: [0, 3])
    }
}
