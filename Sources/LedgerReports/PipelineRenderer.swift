public import Catalogue
public import Ledger

/// A cohort's ratios, durations and alerts as text, `taizhang.pipeline/1` JSON, CSV and sheets.
public struct PipelineRenderer: Sendable {
    public var pipeline: Pipeline
    public var language: Language

    public init(pipeline: Pipeline, language: Language) {
        self.pipeline = pipeline
        self.language = language
    }

    func t(_ w: ReportText, _ a: KeyValuePairs<String, String> = [:]) -> String { w.text(language, a) }
    var zh: Bool { language.isChinese }

    /// The four ratios with the words of the rule set.
    public func ratioRows(_ r: Pipeline.Ratios) -> [(String, Pipeline.Ratio, Bool)] {
        [(t(.startRate), r.started, false), (t(.commissionRate), r.commissioned, false), (t(.fundsRate), r.funds, true), (t(.fulfilmentRate), r.fulfilled, false)]
    }

    public func heading() -> String {
        let p = pipeline
        return t(.pipelineHeading, ["from": p.from.description, "through": p.through.description,
                                    "threshold": p.rules.threshold.published(chinese: zh), "count": String(p.members.count), "asOf": p.asOf.description])
    }

    public func alertReason(_ a: Pipeline.Alert) -> String {
        let dates = ["reference": a.reference.description, "due": a.due.description, "red": a.redFrom.description]
        if a.fromPlannedStart { return AttributeWords.alertNotStartedPlanned.text(language, filling: dates) }
        return (a.stage == .notStarted ? ReportText.alertNotStarted : .alertNotCommissioned).text(language, filling: dates)
    }

    public func text(seal: Seal) -> String {
        let p = pipeline
        var out = [heading(), ""]
        var ratios = TextTable(header: [t(.ratio), t(.ratioPart), t(.ratioWhole), t(.ratioPercent)], rightAligned: [1, 2, 3])
        for (name, ratio, money) in ratioRows(p.ratios) {
            let show: (Int64) -> String = money ? { Money(fen: $0).published(chinese: self.zh) } : { String($0) }
            ratios.add([name, show(ratio.part), show(ratio.whole), ratio.percent ?? "—"])
        }
        out.append(ratios.render())
        out.append("")
        out.append(t(.durations))
        var d = TextTable(header: ["", t(.durationCount), t(.minimum), t(.lowerQuartile), t(.median), t(.upperQuartile), t(.maximum)], rightAligned: [1, 2, 3, 4, 5, 6])
        for (name, dist) in durationRows(p.durations) {
            d.add([name, String(dist.count), dist.minimum.map(String.init) ?? "—", dist.lowerQuartile ?? "—", dist.median ?? "—", dist.upperQuartile ?? "—", dist.maximum.map(String.init) ?? "—"])
        }
        out.append(d.render())
        out.append("")
        out.append(t(.byGroup))
        var g = TextTable(header: [t(.group), t(.cohort), t(.startRate), t(.commissionRate), t(.fundsRate), t(.fulfilmentRate), t(.median)], rightAligned: [1, 2, 3, 4, 5, 6])
        for line in p.byGroup {
            let r = line.ratios
            g.add([line.group, String(line.members.count), r.started.percent ?? "—", r.commissioned.percent ?? "—", r.funds.percent ?? "—",
                   r.fulfilled.percent ?? "—", line.durations.toStart.median ?? "—"])
        }
        out.append(g.render())
        out.append("")
        out.append(t(.alerts))
        if p.alerts.isEmpty { out.append(t(.noAlerts)) } else {
            var a = TextTable(header: [t(.light), t(.project), t(.projectName), t(.group), t(.daysOverdue), t(.reason)], rightAligned: [4])
            for alert in p.alerts {
                a.add([t(alert.light == .red ? .red : .yellow), alert.member.project, alert.member.name, alert.member.group, String(alert.daysOverdue), alertReason(alert)])
            }
            out.append(a.render())
        }
        out.append("")
        out.append(t(.members))
        var m = TextTable(header: [t(.project), t(.projectName), t(.group), t(.signedOn), t(.startedOn), t(.commissionedOn), t(.toStart), t(.toCommission)], rightAligned: [6, 7])
        for member in p.members {
            m.add([member.project, member.name, member.group, member.signed.description, member.started?.description ?? "—",
                   member.commissioned?.description ?? "—", member.daysToStart.map(String.init) ?? "—", member.daysToCommission.map(String.init) ?? "—"])
        }
        out.append(m.render())
        out.append("")
        out.append(seal.footer(language))
        return out.joined(separator: "\n")
    }

    public func durationRows(_ d: Pipeline.Durations) -> [(String, DayDistribution)] {
        [(t(.toStart), d.toStart), (t(.toCommission), d.toCommission), (t(.signingToCommission), d.signingToCommission)]
    }

    /// The `taizhang.pipeline/1` object; amounts in exact fen.
    public func jsonObject(seal: Seal) -> [String: Any] {
        let p = pipeline
        func ratios(_ r: Pipeline.Ratios) -> [String: Any] {
            func one(_ x: Pipeline.Ratio, _ unit: String) -> [String: Any] { ["part" + unit: x.part, "whole" + unit: x.whole, "percent": x.percent ?? JSONNull.value] }
            return ["started": one(r.started, ""), "commissioned": one(r.commissioned, ""), "funds": one(r.funds, "_fen"), "fulfilled": one(r.fulfilled, "")]
        }
        func dist(_ d: DayDistribution) -> [String: Any] {
            ["count": d.count, "days": d.days, "min": d.minimum ?? JSONNull.value, "max": d.maximum ?? JSONNull.value,
             "q1": d.lowerQuartile ?? JSONNull.value, "median": d.median ?? JSONNull.value, "q3": d.upperQuartile ?? JSONNull.value]
        }
        func durations(_ d: Pipeline.Durations) -> [String: Any] {
            ["signing_to_start": dist(d.toStart), "start_to_commissioning": dist(d.toCommission), "signing_to_commissioning": dist(d.signingToCommission)]
        }
        func member(_ m: Pipeline.Member) -> [String: Any] {
            var o: [String: Any] = ["project": m.project, "name": m.name, "group": m.group, "industry": m.industry, "signed": m.signed.description,
                                    "amount_fen": m.amount.fen, "disbursed_fen": m.disbursed.fen, "fulfilled": m.fulfilled]
            for (k, v) in [("started", m.started), ("commissioned", m.commissioned), ("terminated", m.terminated)] { o[k] = v?.description ?? JSONNull.value }
            for (k, v) in [("days_signing_to_start", m.daysToStart), ("days_start_to_commissioning", m.daysToCommission), ("days_signing_to_commissioning", m.daysSigningToCommission)] {
                o[k] = v ?? JSONNull.value
            }
            return o
        }
        return [
            "schema": "taizhang.pipeline/1", "from": p.from.description, "through": p.through.description, "as_of": p.asOf.description,
            "threshold_fen": p.rules.threshold.fen, "fulfilment": p.rules.fulfilment.rawValue, "count": p.members.count,
            "ratios": ratios(p.ratios), "durations": durations(p.durations),
            "by_group": p.byGroup.map { ["group": $0.group, "count": $0.members.count, "ratios": ratios($0.ratios), "durations": durations($0.durations)] as [String: Any] },
            "alerts": p.alerts.map { a -> [String: Any] in
                ["project": a.member.project, "name": a.member.name, "group": a.member.group, "light": a.light.rawValue, "stage": a.stage.rawValue,
                 "reference": a.reference.description, "due": a.due.description, "red_from": a.redFrom.description, "days_overdue": a.daysOverdue,
                 "reason": alertReason(a)]
            },
            "projects": p.members.map(member),
            "seal": seal.jsonObject,
        ]
    }

    /// The workbook's sheets: ratios and durations, groups, alerts, projects.
    public func sheets() -> [Workbook.Sheet] {
        let p = pipeline
        var summary: [[Workbook.Cell]] = [[.text(t(.ratio)), .text(t(.ratioPart)), .text(t(.ratioWhole)), .text(t(.ratioPercent))]]
        for (name, ratio, money) in ratioRows(p.ratios) {
            let cell: (Int64) -> Workbook.Cell = money ? { Workbook.wan(Money(fen: $0)) } : { .integer($0) }
            summary.append([.text(name), cell(ratio.part), cell(ratio.whole), percentCell(ratio)])
        }
        summary.append([])
        summary.append([.text(t(.durations)), .text(t(.durationCount)), .text(t(.minimum)), .text(t(.lowerQuartile)), .text(t(.median)), .text(t(.upperQuartile)), .text(t(.maximum))])
        for (name, d) in durationRows(p.durations) {
            summary.append([.text(name), .integer(Int64(d.count)), d.minimum.map { .integer(Int64($0)) } ?? .empty, days(d.lowerQuartile),
                            days(d.median), days(d.upperQuartile), d.maximum.map { .integer(Int64($0)) } ?? .empty])
        }
        var groups: [[Workbook.Cell]] = [[.text(t(.group)), .text(t(.cohort)), .text(t(.startRate)), .text(t(.commissionRate)), .text(t(.fundsRate)), .text(t(.fulfilmentRate)), .text(t(.median))]]
        for g in p.byGroup {
            groups.append([.text(g.group), .integer(Int64(g.members.count)), percentCell(g.ratios.started), percentCell(g.ratios.commissioned),
                           percentCell(g.ratios.funds), percentCell(g.ratios.fulfilled), days(g.durations.toStart.median)])
        }
        var alerts: [[Workbook.Cell]] = [[.text(t(.light)), .text(t(.project)), .text(t(.projectName)), .text(t(.group)), .text(t(.daysOverdue)), .text(t(.reason))]]
        for a in p.alerts {
            alerts.append([.text(t(a.light == .red ? .red : .yellow)), .text(a.member.project), .text(a.member.name), .text(a.member.group), .integer(Int64(a.daysOverdue)), .text(alertReason(a))])
        }
        var members: [[Workbook.Cell]] = [[.text(t(.project)), .text(t(.projectName)), .text(t(.group)), .text(t(.industry)), .text(t(.amountWan)), .text(t(.disbursedWan)),
                                           .text(t(.signedOn)), .text(t(.startedOn)), .text(t(.commissionedOn)), .text(t(.toStart)), .text(t(.toCommission))]]
        for m in p.members {
            members.append([.text(m.project), .text(m.name), .text(m.group), .text(m.industry), Workbook.wan(m.amount), Workbook.wan(m.disbursed), .date(m.signed),
                            m.started.map { .date($0) } ?? .empty, m.commissioned.map { .date($0) } ?? .empty,
                            m.daysToStart.map { .integer(Int64($0)) } ?? .empty, m.daysToCommission.map { .integer(Int64($0)) } ?? .empty])
        }
        return [Workbook.Sheet(name: t(.sheetPipeline), rows: summary), Workbook.Sheet(name: t(.sheetGroups), rows: groups),
                Workbook.Sheet(name: t(.sheetAlerts), rows: alerts), Workbook.Sheet(name: t(.sheetCohort), rows: members)]
    }

    /// A percent as the number shown (`42.86`, format 0.00) so the cell reads as the bulletin does.
    func percentCell(_ r: Pipeline.Ratio) -> Workbook.Cell {
        r.percent.map { .decimal(String($0.dropLast()), .days) } ?? .empty
    }

    func days(_ text: String?) -> Workbook.Cell { text.map { .decimal($0, .days) } ?? .empty }
}

extension PipelineRenderer {
    /// The cohort's projects, one line each, for scripts: English codes, fen, ISO dates.
    public static let csvColumns = ["project", "name", "group", "industry", "signed", "started", "commissioned", "terminated", "amount_fen",
                                    "disbursed_fen", "fulfilled", "days_signing_to_start", "days_start_to_commissioning", "light", "days_overdue"]

    /// One line a project of the cohort, for scripts (its seal goes beside it, `Seal.companionLine`).
    public func csv() -> String {
        var lines = [CSVText.line(PipelineRenderer.csvColumns)]
        let alerts = Dictionary(pipeline.alerts.map { ($0.member.project, $0) }, uniquingKeysWith: { a, _ in a })
        for m in pipeline.members {
            let a = alerts[m.project]
            lines.append(CSVText.line([m.project, m.name, m.group, m.industry, m.signed.description, m.started?.description ?? "",
                                       m.commissioned?.description ?? "", m.terminated?.description ?? "", String(m.amount.fen), String(m.disbursed.fen),
                                       m.fulfilled ? "1" : "0", m.daysToStart.map(String.init) ?? "", m.daysToCommission.map(String.init) ?? "",
                                       a?.light.rawValue ?? "", a.map { String($0.daysOverdue) } ?? ""]))
        }
        return lines.joined(separator: "\n")
    }
}
