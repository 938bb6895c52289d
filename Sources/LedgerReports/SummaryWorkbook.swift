public import Catalogue
public import Ledger

/// A quarter's summary as workbook sheets: the key figures, bands and shares, the signings.
public struct SummaryWorkbook: Sendable {
    public var summary: PeriodSummary
    public var language: Language

    public init(summary: PeriodSummary, language: Language) {
        self.summary = summary
        self.language = language
    }

    func t(_ w: ReportText, _ a: KeyValuePairs<String, String> = [:]) -> String { w.text(language, a) }

    /// The rows of the key-figure table, shared by the sheet and the HTML report.
    public struct Row: Sendable {
        public var key: String
        public var label: String
        public var now: Int64
        public var yearToDate: Int64
        public var previous: Int64
        public var money: Bool
        public var change: String? { PeriodSummary.percentChange(from: previous, to: now) }
    }

    public func rows() -> [Row] {
        let s = summary, c = s.current, y = s.yearToDate, p = s.previousYear
        // "新签约亿元以上项目", as the newsletter writes the default threshold.
        let threshold = s.threshold == .yi && language.isChinese ? "亿元" : s.threshold.published(chinese: language.isChinese)
        return [
            Row(key: "signed.count", label: t(.signedCount, ["threshold": threshold]), now: Int64(c.signed.count), yearToDate: Int64(y.signed.count), previous: Int64(p.signed.count), money: false),
            Row(key: "signed.total", label: t(.signedTotal), now: c.signedTotal.fen, yearToDate: y.signedTotal.fen, previous: p.signedTotal.fen, money: true),
            Row(key: "started.count", label: t(.startedCount), now: Int64(c.started.count), yearToDate: Int64(y.started.count), previous: Int64(p.started.count), money: false),
            Row(key: "commissioned.count", label: t(.commissionedCount), now: Int64(c.commissioned.count), yearToDate: Int64(y.commissioned.count), previous: Int64(p.commissioned.count), money: false),
            Row(key: "terminated.count", label: t(.terminatedCount), now: Int64(c.terminated.count), yearToDate: Int64(y.terminated.count), previous: Int64(p.terminated.count), money: false),
            Row(key: "disbursed.total", label: t(.disbursedTotal), now: c.disbursedTotal.fen, yearToDate: y.disbursedTotal.fen, previous: p.disbursedTotal.fen, money: true),
        ]
    }

    public func sheets() -> [Workbook.Sheet] {
        let s = summary
        var figures: [[Workbook.Cell]] = [[.text(t(.figure)), .text(t(.thisPeriod)), .text(t(.yearToDate)), .text(t(.previousYear)), .text(t(.change))]]
        for r in rows() {
            let cell: (Int64) -> Workbook.Cell = r.money ? { Workbook.wan(Money(fen: $0)) } : { .integer($0) }
            figures.append([.text(r.label + (r.money ? t(.unitWan) : "")), cell(r.now), cell(r.yearToDate), cell(r.previous), .text(r.change ?? "—")])
        }
        figures.append([.text(t(.disbursedNew) + t(.unitWan)), Workbook.wan(s.disbursedNew)])
        figures.append([.text(t(.disbursedContinuing) + t(.unitWan)), Workbook.wan(s.disbursedContinuing)])
        var shares: [[Workbook.Cell]] = [[.text(""), .text(t(.countHeader)), .text(t(.amountYi))]]
        for b in s.bands { shares.append([.text(t(.bandRow, ["min": b.min.published(chinese: language.isChinese)])), .integer(Int64(b.count)), Workbook.yi(b.total)]) }
        for (title, list) in [(t(.byGroup), s.byGroup), (t(.byIndustry), s.byIndustry)] {
            shares.append([.text(title)])
            for g in list { shares.append([.text(g.key), .integer(Int64(g.count)), Workbook.yi(g.total)]) }
        }
        if !s.targets.isEmpty {
            shares.append([.text(t(.targets)), .text(t(.target)), .text(t(.done)), .text(t(.donePercent))])
            for target in s.targets {
                shares.append([.text(t(.bandRow, ["min": target.min.published(chinese: language.isChinese)])), .integer(Int64(target.target)), .integer(Int64(target.actual)),
                               .text(PeriodSummary.percent(Int64(target.actual), of: Int64(target.target)) ?? "—")])
            }
        }
        var projects: [[Workbook.Cell]] = [[.text(t(.project)), .text(t(.projectName)), .text(t(.group)), .text(t(.industry)), .text(t(.amountWan)), .text(t(.signedOn))]]
        for p in s.current.signed {
            projects.append([.text(p.project), .text(p.name), .text(p.group), .text(p.industry), Workbook.wan(p.amount), .date(p.date)])
        }
        return [Workbook.Sheet(name: t(.sheetSummary), rows: figures), Workbook.Sheet(name: t(.sheetBands), rows: shares),
                Workbook.Sheet(name: t(.sheetProjects), rows: projects)]
    }

    /// The eight quarters' signings: count and amount.
    public static func quarterSheet(_ quarters: [(quarter: Quarter, count: Int, total: Money)], _ language: Language) -> Workbook.Sheet {
        var rows: [[Workbook.Cell]] = [[.text(ReportText.quarter.text(language)), .text(ReportText.countHeader.text(language)), .text(ReportText.amountYi.text(language))]]
        for q in quarters { rows.append([.text(q.quarter.description), .integer(Int64(q.count)), Workbook.yi(q.total)]) }
        return Workbook.Sheet(name: ReportText.sheetQuarters.text(language), rows: rows)
    }
}
