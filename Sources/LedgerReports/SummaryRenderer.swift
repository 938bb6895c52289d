public import Catalogue
public import Ledger
public import LedgerService

/// Renders a period's summary in the newsletter's phrasing, as JSON, CSV or `--explain` lists.
public struct SummaryRenderer {
    public var summary: PeriodSummary
    public var zone: String
    /// How the figures were taken, e.g. "as known at 2021-04-15T23:59:59+08:00", for the heading.
    public var basis: String
    public var language: Language

    public init(summary: PeriodSummary, zone: String, basis: String, language: Language) {
        self.summary = summary
        self.zone = zone
        self.basis = basis
        self.language = language
    }

    var zh: Bool { language.isChinese }

    /// A phrase of the summary in the renderer's language.
    func say(_ text: SummaryText, _ arguments: KeyValuePairs<String, String> = [:]) -> String { text.text(language, arguments) }

    /// An amount as a threshold or band is named (`20亿元`, `2 billion yuan`), exact.
    func amount(_ m: Money) -> String { zh ? m.chinese : m.english }

    /// The threshold as the sentence and the table name it: `亿元` for the default in Chinese
    /// (`亿元以上`), else the amount.
    var thresholdName: String {
        summary.threshold == .yi && zh ? say(.defaultThreshold) : amount(summary.threshold)
    }

    /// The newsletter's sentence: count, total and the bands with their names.
    public func sentence() -> String {
        let s = summary
        let count = s.current.signed.count
        let zoneName = zone.isEmpty ? "" : say(.zoneInSentence, ["zone": zone])
        var text = say(count == 1 && !zh ? .sentenceOne : .sentence, [
            "period": s.period.name(language), "zone": zoneName, "threshold": thresholdName,
            "count": String(count), "total": s.current.signedTotal.published(chinese: zh),
        ])
        let bands = s.bands.filter { $0.count > 0 }
        if let first = bands.first {
            text += say(.firstBand, ["min": amount(first.min), "count": String(first.count), "names": names(first.projects)])
            for band in bands.dropFirst() {
                // The Chinese names every band's projects; the English counts the later bands.
                text += say(zh ? .nextBandNamed : .nextBandCounted, ["min": amount(band.min), "count": String(band.count), "names": names(band.projects)])
            }
        }
        return zh ? text : text + "."
    }

    /// The most names a sentence lists; the rest are counted ("等N个项目") and listed by `--explain`.
    static let sentenceNamesMax = 10

    /// `直管区的A、B、经开组团的C和D` as the newsletter lists them (a group named before its
    /// first project); `A (直管区), B (直管区), C (经开组团) and 3 more` in English.
    func names(_ all: [PeriodSummary.Signed]) -> String {
        let projects = Array(all.prefix(SummaryRenderer.sentenceNamesMax))
        var items: [String] = []
        if zh {
            var groups: [String] = []
            var byGroup: [String: [String]] = [:]
            for p in projects {
                if byGroup[p.group] == nil { groups.append(p.group) }
                byGroup[p.group, default: []].append(p.name)
            }
            for g in groups {
                for (i, name) in byGroup[g]!.enumerated() { items.append(i == 0 && !g.isEmpty ? say(.nameInGroup, ["group": g, "name": name]) : name) }
            }
        } else {
            items = projects.map { $0.group.isEmpty ? $0.name : say(.nameInGroup, ["group": $0.group, "name": $0.name]) }
        }
        let list = items.joined(separator: say(.listSeparator))
        if all.count > projects.count {
            return zh ? say(.listAndAll, ["list": list, "count": String(all.count)])
                      : say(.listAndRest, ["list": list, "count": String(all.count - projects.count)])
        }
        if items.count <= 1 || !zh { return list }
        return say(.listLast, ["list": items.dropLast().joined(separator: say(.listSeparator)), "last": items.last!])
    }

    /// The sentence, then the analyst's table: the period, year to date and a year earlier.
    public func text() -> String {
        let s = summary
        var out = [sentence(), ""]
        if !basis.isEmpty { out.append(say(.basis, ["basis": basis])) }
        var t = TextTable(header: [say(.columnFigure), s.period.columnName(language), say(.columnYearToDate), say(.columnYearEarlier), say(.columnChange)],
                          rightAligned: [1, 2, 3, 4])
        func row(_ name: SummaryText, _ now: Int64, _ ytd: Int64, _ prev: Int64, money: Bool) {
            let fmt: (Int64) -> String = money ? { Money(fen: $0).published(chinese: zh) } : { String($0) }
            t.add([say(name, ["threshold": thresholdName]), fmt(now), fmt(ytd), fmt(prev), PeriodSummary.percentChange(from: prev, to: now) ?? "—"])
        }
        let c = s.current, y = s.yearToDate, p = s.previousYear
        row(.rowSigned, Int64(c.signed.count), Int64(y.signed.count), Int64(p.signed.count), money: false)
        row(.rowInvestment, c.signedTotal.fen, y.signedTotal.fen, p.signedTotal.fen, money: true)
        row(.rowStarts, Int64(c.started.count), Int64(y.started.count), Int64(p.started.count), money: false)
        row(.rowCommissionings, Int64(c.commissioned.count), Int64(y.commissioned.count), Int64(p.commissioned.count), money: false)
        row(.rowTerminations, Int64(c.terminated.count), Int64(y.terminated.count), Int64(p.terminated.count), money: false)
        row(.rowDisbursed, c.disbursedTotal.fen, y.disbursedTotal.fen, p.disbursedTotal.fen, money: true)
        out.append(t.render())
        out.append(say(.disbursedSplit, ["new": s.disbursedNew.published(chinese: zh), "continuing": s.disbursedContinuing.published(chinese: zh)]))
        for band in s.bands {
            out.append(say(.bandLine, ["min": amount(band.min), "count": String(band.count), "total": band.total.published(chinese: zh)]))
        }
        for (title, shares) in [(SummaryText.byGroup, s.byGroup), (.byIndustry, s.byIndustry)] where !shares.isEmpty {
            out.append("")
            out.append(say(title))
            var table = TextTable(header: ["", say(.columnProjects), say(.columnInvestment)], rightAligned: [1, 2])
            for share in shares { table.add([share.key, String(share.count), share.total.published(chinese: zh)]) }
            out.append(table.render())
        }
        if !s.targets.isEmpty {
            out.append("")
            out.append(say(.targetsTitle))
            var table = TextTable(header: ["", say(.columnTarget), say(.columnDone), say(.columnDonePercent)], rightAligned: [1, 2, 3])
            for target in s.targets {
                let pct = PeriodSummary.percent(Int64(target.actual), of: Int64(target.target)) ?? "—"
                table.add([say(.targetBand, ["min": amount(target.min)]), String(target.target), String(target.actual), pct])
            }
            out.append(table.render())
        }
        return out.joined(separator: "\n")
    }

    /// The `taizhang.summary/1` object (keys listed in the README); with `evidence` (`--explain`),
    /// `disbursed.events` and `terminated.events` list each event behind the quarter's figures.
    public func jsonObject(asKnownAt: String?, asOf: String?, evidence: SummaryEvidence? = nil) -> [String: Any] {
        let s = summary
        func signed(_ p: PeriodSummary.Signed) -> [String: Any] {
            ["project": p.project, "name": p.name, "group": p.group, "industry": p.industry,
             "amount_fen": p.amount.fen, "date": p.date.description, "sequence": p.sequence]
        }
        func figures(_ f: PeriodSummary.Figures) -> [String: Any] {
            ["signed": ["count": f.signed.count, "total_fen": f.signedTotal.fen],
             "started": ["count": f.started.count], "commissioned": ["count": f.commissioned.count],
             "terminated": ["count": f.terminated.count], "disbursed": ["total_fen": f.disbursedTotal.fen]]
        }
        func shares(_ list: [PeriodSummary.Share], key: String) -> [[String: Any]] {
            list.map { [key: $0.key, "count": $0.count, "total_fen": $0.total.fen] }
        }
        func contributions(_ list: [PeriodContribution], sequence: KeyPath<PeriodContribution, UInt64>) -> [[String: Any]] {
            list.map { ["project": $0.project, "name": $0.name, "sequence": $0[keyPath: sequence]] }
        }
        func change(_ old: Int, _ new: Int) -> Any { PeriodSummary.percentChange(from: Int64(old), to: Int64(new)) ?? NSNullLike.null }
        func change(_ old: Money, _ new: Money) -> Any { PeriodSummary.percentChange(from: old.fen, to: new.fen) ?? NSNullLike.null }
        let c = s.current, p = s.previousYear
        var previous = figures(p)
        previous[periodKey] = s.period.previousYear.description
        if s.period.kind != .quarter { previous["quarter"] = NSNullLike.null }
        previous["signed_total_change_percent"] = change(p.signedTotal, c.signedTotal)
        previous["change_percent"] = [
            "signed_count": change(p.signed.count, c.signed.count), "signed_total": change(p.signedTotal, c.signedTotal),
            "started": change(p.started.count, c.started.count), "commissioned": change(p.commissioned.count, c.commissioned.count),
            "terminated": change(p.terminated.count, c.terminated.count), "disbursed": change(p.disbursedTotal, c.disbursedTotal),
        ] as [String: Any]
        var terminated: [String: Any] = ["count": c.terminated.count, "projects": c.terminated.map { ["project": $0.project, "name": $0.name] }]
        var disbursed: [String: Any] = ["total_fen": c.disbursedTotal.fen, "new_projects_fen": s.disbursedNew.fen, "continuing_fen": s.disbursedContinuing.fen]
        if let evidence {
            let signedOn = Dictionary(c.disbursed.map { ($0.project, $0.signedDate) }, uniquingKeysWith: { a, _ in a })
            disbursed["events"] = evidence.disbursements(in: s.period).map { r -> [String: Any] in
                ["sequence": r.sequence, "project": r.event.project, "date": r.event.date.description, "amount_fen": r.event.amount.fen,
                 "new_project": signedOn[r.event.project].map { s.isNew(signed: $0, in: s.period.year) } == true]
            }
            terminated["events"] = evidence.terminations(in: s.period).map { r -> [String: Any] in
                ["sequence": r.sequence, "project": r.event.project, "date": r.event.date.description, "note": r.event.note]
            }
        }
        var object: [String: Any] = [
            "schema": "taizhang.summary/1",
            "zone": zone,
            periodKey: s.period.description,
            "threshold_fen": s.threshold.fen,
            "as_known_at": asKnownAt ?? NSNullLike.null,
            "as_of": asOf ?? NSNullLike.null,
            "sentence": sentence(),
            "signed": ["count": s.current.signed.count, "total_fen": s.current.signedTotal.fen, "projects": s.current.signed.map(signed)],
            "bands": s.bands.map { ["min_fen": $0.min.fen, "count": $0.count, "total_fen": $0.total.fen, "projects": $0.projects.map(signed)] as [String: Any] },
            "started": ["count": s.current.started.count, "projects": contributions(s.current.started, sequence: \.startedSequence)],
            "commissioned": ["count": s.current.commissioned.count, "projects": contributions(s.current.commissioned, sequence: \.commissionedSequence)],
            "terminated": terminated,
            "disbursed": disbursed,
            "by_group": shares(s.byGroup, key: "group"),
            "by_industry": shares(s.byIndustry, key: "industry"),
            "year_to_date": figures(s.yearToDate),
            "previous_year": previous,
            "targets": s.targets.map {
                ["min_fen": $0.min.fen, "target": $0.target, "actual": $0.actual,
                 "percent": PeriodSummary.percent(Int64($0.actual), of: Int64($0.target)) ?? NSNullLike.null,
                 "projects": $0.projects.map(\.project)] as [String: Any]
            },
        ]
        if s.period.kind != .quarter {
            object["quarter"] = NSNullLike.null
            object["period_kind"] = s.period.kind.rawValue
        }
        return object
    }

    /// `quarter` for a quarter, as the schema always had it; `period` for any other (with
    /// `period_kind`, and `quarter` null, so that no key of the schema is ever missing).
    var periodKey: String { summary.period.kind == .quarter ? "quarter" : "period" }

    /// One line per figure (`quarter,figure,key,count,total_fen,total`; `period,…` for other periods), for spreadsheets.
    public func csv() -> String {
        let s = summary
        var lines = [CSVText.line([periodKey, "figure", "key", "count", "total_fen", "total"])]
        func add(_ figure: String, _ key: String, _ count: Int?, _ total: Money?) {
            lines.append(CSVText.line([s.period.description, figure, key, count.map(String.init) ?? "", total.map { String($0.fen) } ?? "", total?.chinese ?? ""]))
        }
        add("signed", "", s.current.signed.count, s.current.signedTotal)
        for b in s.bands { add("band", String(b.min.fen), b.count, b.total) }
        add("started", "", s.current.started.count, nil)
        add("commissioned", "", s.current.commissioned.count, nil)
        add("terminated", "", s.current.terminated.count, nil)
        add("disbursed", "", nil, s.current.disbursedTotal)
        add("disbursed_new", "", nil, s.disbursedNew)
        add("disbursed_continuing", "", nil, s.disbursedContinuing)
        for g in s.byGroup { add("by_group", g.key, g.count, g.total) }
        for g in s.byIndustry { add("by_industry", g.key, g.count, g.total) }
        for (prefix, key, f) in [("year_to_date", "", s.yearToDate), ("previous_year", s.period.previousYear.description, s.previousYear)] {
            add(prefix + "_signed", key, f.signed.count, f.signedTotal)
            add(prefix + "_started", key, f.started.count, nil)
            add(prefix + "_commissioned", key, f.commissioned.count, nil)
            add(prefix + "_terminated", key, f.terminated.count, nil)
            add(prefix + "_disbursed", key, nil, f.disbursedTotal)
        }
        for t in s.targets {
            add("target", String(t.min.fen), t.target, nil)
            add("target_done", String(t.min.fen), t.actual, nil)
        }
        return lines.joined(separator: "\n")
    }
}

/// JSON null for `JSONText` (Foundation's `NSNull`, without exposing Foundation).
public enum NSNullLike {
    public static var null: Any { JSONNull.value }
}
