public import Catalogue
public import Ledger

/// The report's charts, drawn from its values: eight quarters (count and amount), groups,
/// industries, the cohort's funnel, target progress.
public struct ReportCharts: Sendable {
    public var values: ReportValues
    public var language: Language

    public init(values: ReportValues, language: Language) {
        self.values = values
        self.language = language
    }

    func t(_ w: ReportText, _ a: KeyValuePairs<String, String> = [:]) -> String { w.text(language, a) }
    func money(_ m: Money) -> String { m.published(chinese: language.isChinese) }
    func count(_ n: Int) -> String { t(.countUnit, ["count": String(n)]) }

    public func list() -> [BarChart] {
        let s = values.summary, p = values.pipeline
        let quarterCounts = values.quarters.map { BarChart.Bar(label: $0.quarter.description, value: Int64($0.count), valueLabel: count($0.count)) }
        let quarterAmounts = values.quarters.map { BarChart.Bar(label: $0.quarter.description, value: $0.total.fen, valueLabel: money($0.total)) }
        let groups = s.byGroup.map { BarChart.Bar(label: $0.key, value: $0.total.fen, valueLabel: money($0.total)) }
        let industries = s.byIndustry.map { BarChart.Bar(label: $0.key, value: $0.total.fen, valueLabel: money($0.total)) }
        let funnel = [(t(.funnelSigned), p.members.count), (t(.funnelStarted), Int(p.ratios.started.part)), (t(.funnelCommissioned), Int(p.ratios.commissioned.part))]
            .map { BarChart.Bar(label: $0.0, value: Int64($0.1), valueLabel: count($0.1)) }
        let targets = s.targets.map { g -> BarChart.Bar in
            let percent = g.target > 0 ? Int64(g.actual) * 100 / Int64(g.target) : 0
            return BarChart.Bar(label: t(.bandRow, ["min": money(g.min)]), value: percent,
                                valueLabel: PeriodSummary.percent(Int64(g.actual), of: Int64(g.target)) ?? "—")
        }
        var charts = [
            BarChart(title: t(.chartQuarterCount), bars: quarterCounts, orientation: .vertical),
            BarChart(title: t(.chartQuarterAmount), bars: quarterAmounts, orientation: .vertical),
            BarChart(title: t(.chartGroups), bars: groups, orientation: .horizontal),
            BarChart(title: t(.chartIndustries), bars: industries, orientation: .horizontal),
            BarChart(title: t(.chartFunnel), bars: funnel, orientation: .funnel),
        ]
        if !targets.isEmpty { charts.append(BarChart(title: t(.chartTargets), bars: targets, orientation: .horizontal)) }
        return charts
    }

    public func all() -> HTML {
        .element("section", ["class": "charts"], list().map { .element("figure", [:], [$0.svg()]) })
    }
}
