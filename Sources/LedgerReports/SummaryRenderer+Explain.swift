public import LedgerService
internal import Catalogue
internal import Ledger

extension SummaryRenderer {
    /// Every number's events (sequence, date, project, amount), so that an auditor can tick them off.
    ///
    /// One block for the period, one for the year to date (unless the period starts the year)
    /// and one for the same period a year earlier; each lists the signings, starts, commissionings, terminations
    /// and every disbursement event with its sequence, and the totals they add up to. The
    /// period's block also names the sequences behind each band, group, industry chain and
    /// target.
    public func explain(_ evidence: SummaryEvidence) -> String {
        let s = summary
        var out: [String] = []
        let p = s.period
        out += block((p.kind == .quarter ? SummaryText.theQuarter : .thePeriod).text(language, ["period": p.description]), s.current, parts: p.parts, evidence)
        out += shareLines()
        if !p.startsTheYear {
            out += block(SummaryText.yearToDate.text(language, ["span": Self.span(p.yearToDate)]), s.yearToDate, parts: p.yearToDate, evidence)
        }
        out += block(SummaryText.aYearEarlier.text(language, ["period": p.previousYear.description]), s.previousYear, parts: p.previousYear.parts, evidence)
        return out.joined(separator: "\n")
    }

    private func sequences(_ list: [PeriodSummary.Signed]) -> String {
        list.isEmpty ? "—" : list.map { String($0.sequence) }.joined(separator: say(.listSeparator))
    }

    /// The table every section uses: sequence, date, project, name, amount, note.
    private func table(_ rows: [[String]]) -> String {
        let header: [SummaryText] = [.columnSequence, .columnDate, .columnProject, .columnName, .columnAmount, .columnNote]
        var t = TextTable(header: header.map { say($0) }, rightAligned: [0, 4])
        for r in rows { t.add(r) }
        return t.render()
    }

    /// `2021Q1–Q3`, `2021-01–2021-05`: the parts of a year to date.
    static func span(_ parts: [Period]) -> String {
        guard let first = parts.first, let last = parts.last, first != last else { return parts.first?.description ?? "" }
        return "\(first)–" + (last.kind == .quarter ? "Q\(last.number)" : last.description)
    }

    private func block(_ title: String, _ f: PeriodSummary.Figures, parts: [Period], _ evidence: SummaryEvidence) -> [String] {
        let s = summary
        var out = ["", "== \(title) =="]
        func section(_ heading: String, _ rows: [[String]]) {
            out.append("")
            out.append(heading)
            if !rows.isEmpty { out.append(table(rows)) }
        }
        func date(_ sequence: UInt64) -> String { evidence.event(at: sequence)?.event.date.description ?? "" }

        section(say(.explainSigned, ["threshold": thresholdName, "count": String(f.signed.count), "total": amount(f.signedTotal)]),
                f.signed.map { [String($0.sequence), $0.date.description, $0.project, $0.name, amount($0.amount), "\($0.group) · \($0.industry)"] })
        section(say(.explainStarts, ["count": String(f.started.count)]),
                f.started.map { [String($0.startedSequence), date($0.startedSequence), $0.project, $0.name, "", ""] })
        section(say(.explainCommissionings, ["count": String(f.commissioned.count)]),
                f.commissioned.map { [String($0.commissionedSequence), date($0.commissionedSequence), $0.project, $0.name, "", ""] })

        // Any contribution of a project carries its name and signing date.
        let names = Dictionary((f.terminated + f.disbursed).map { ($0.project, $0) }, uniquingKeysWith: { a, _ in a })
        func inBlock(_ date: BusinessDate) -> Bool { parts.contains { $0.contains(date) } }
        let terminations = evidence.events.filter { $0.event.kind == .terminated && inBlock($0.event.date) }
        section(say(.explainTerminations, ["count": String(f.terminated.count)]),
                terminations.map { [String($0.sequence), $0.event.date.description, $0.event.project, names[$0.event.project]?.name ?? "", "", $0.event.note] })

        let disbursements = evidence.events.filter { $0.event.kind == .disbursed && inBlock($0.event.date) }
        var rows = disbursements.map { r -> [String] in
            let isNew = names[r.event.project].map { summary.isNew(signed: $0.signedDate, in: r.event.date.year) } == true
            return [String(r.sequence), r.event.date.description, r.event.project, names[r.event.project]?.name ?? "", amount(r.event.amount),
                    say(isNew ? .signedThisYear : .continuing)]
        }
        let listed = Money(fen: disbursements.reduce(0) { $0 + $1.event.amount.fen })
        let agrees = listed == f.disbursedTotal
        let count = String(disbursements.count)
        rows.append(["", "", say(.total), say(.events, ["count": count]), amount(listed),
                     agrees ? "" : say(.differs, ["total": amount(f.disbursedTotal)])])
        section(say(.explainDisbursed, ["total": amount(f.disbursedTotal), "count": count]), rows)
        return out
    }

    /// The sequences behind each band, group, industry chain and target of the quarter.
    private func shareLines() -> [String] {
        let s = summary
        var out = [""]
        out.append(say(.ofWhich))
        for band in s.bands {
            out.append(say(.shareBand, ["min": amount(band.min), "count": String(band.count), "total": amount(band.total), "sequences": sequences(band.projects)]))
        }
        for (line, shares, key) in [(SummaryText.shareGroup, s.byGroup, \PeriodSummary.Signed.group),
                                    (.shareIndustry, s.byIndustry, \PeriodSummary.Signed.industry)] {
            for share in shares {
                let members = s.current.signed.filter { ($0[keyPath: key].isEmpty ? "—" : $0[keyPath: key]) == share.key }
                out.append(say(line, ["key": share.key, "count": String(share.count), "total": amount(share.total), "sequences": sequences(members)]))
            }
        }
        for t in s.targets {
            out.append(say(.shareTarget, ["min": amount(t.min), "actual": String(t.actual), "target": String(t.target), "sequences": sequences(t.projects)]))
        }
        return out
    }
}
