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

    private func money(_ m: Money) -> String { zh ? m.chinese : m.english }

    private func sequences(_ list: [PeriodSummary.Signed]) -> String {
        list.isEmpty ? "—" : list.map { String($0.sequence) }.joined(separator: zh ? "、" : ", ")
    }

    /// The table every section uses: sequence, date, project, name, amount, note.
    private func table(_ rows: [[String]]) -> String {
        var t = TextTable(header: zh ? ["序号", "日期", "项目", "名称", "金额", "说明"] : ["sequence", "date", "project", "name", "amount", "note"],
                          rightAligned: [0, 4])
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

        section(zh ? "新签约\(thresholdPhrase)项目 \(f.signed.count)个,\(f.signedTotal.chinese)"
                   : "Signed at \(s.threshold.english) or more: \(f.signed.count), \(f.signedTotal.english)",
                f.signed.map { [String($0.sequence), $0.date.description, $0.project, $0.name, money($0.amount), "\($0.group) · \($0.industry)"] })
        section(zh ? "开工 \(f.started.count)个" : "Construction starts: \(f.started.count)",
                f.started.map { [String($0.startedSequence), date($0.startedSequence), $0.project, $0.name, "", ""] })
        section(zh ? "投产 \(f.commissioned.count)个" : "Commissionings: \(f.commissioned.count)",
                f.commissioned.map { [String($0.commissionedSequence), date($0.commissionedSequence), $0.project, $0.name, "", ""] })

        // Any contribution of a project carries its name and signing date.
        let names = Dictionary((f.terminated + f.disbursed).map { ($0.project, $0) }, uniquingKeysWith: { a, _ in a })
        func inBlock(_ date: BusinessDate) -> Bool { parts.contains { $0.contains(date) } }
        let terminations = evidence.events.filter { $0.event.kind == .terminated && inBlock($0.event.date) }
        section(zh ? "终止 \(f.terminated.count)个" : "Terminations: \(f.terminated.count)",
                terminations.map { [String($0.sequence), $0.event.date.description, $0.event.project, names[$0.event.project]?.name ?? "", "", $0.event.note] })

        let disbursements = evidence.events.filter { $0.event.kind == .disbursed && inBlock($0.event.date) }
        var rows = disbursements.map { r -> [String] in
            let isNew = names[r.event.project]?.signedDate.year == r.event.date.year
            return [String(r.sequence), r.event.date.description, r.event.project, names[r.event.project]?.name ?? "", money(r.event.amount),
                    isNew ? (zh ? "本年新签约" : "signed this year") : (zh ? "续建" : "continuing")]
        }
        let listed = Money(fen: disbursements.reduce(0) { $0 + $1.event.amount.fen })
        let agrees = listed == f.disbursedTotal
        rows.append(["", "", zh ? "合计" : "total", zh ? "\(disbursements.count)笔" : "\(disbursements.count) events", money(listed),
                     agrees ? "" : (zh ? "与汇总 \(f.disbursedTotal.chinese) 不符" : "differs from the summary's \(f.disbursedTotal.english)")])
        section(zh ? "到位资金 \(f.disbursedTotal.chinese),\(disbursements.count)笔" : "Funds disbursed: \(f.disbursedTotal.english), \(disbursements.count) events", rows)
        return out
    }

    /// The sequences behind each band, group, industry chain and target of the quarter.
    private func shareLines() -> [String] {
        let s = summary
        var out = [""]
        out.append(zh ? "其中(序号见上)" : "Of which (sequences above)")
        for band in s.bands {
            out.append(zh ? "  投资\(band.min.chinese)以上 \(band.count)个,\(band.total.chinese):\(sequences(band.projects))"
                          : "  at \(band.min.english) or more: \(band.count), \(band.total.english): \(sequences(band.projects))")
        }
        for (zhTitle, enTitle, shares, key) in [("组团", "group", s.byGroup, \PeriodSummary.Signed.group),
                                                ("产业链", "industry chain", s.byIndustry, \PeriodSummary.Signed.industry)] {
            for share in shares {
                let members = s.current.signed.filter { ($0[keyPath: key].isEmpty ? "—" : $0[keyPath: key]) == share.key }
                out.append(zh ? "  \(zhTitle) \(share.key) \(share.count)个,\(share.total.chinese):\(sequences(members))"
                              : "  \(enTitle) \(share.key): \(share.count), \(share.total.english): \(sequences(members))")
            }
        }
        for t in s.targets {
            out.append(zh ? "  年度目标 \(t.min.chinese)以上 \(t.actual)/\(t.target)个(年初至今全部签约):\(sequences(t.projects))"
                          : "  target at \(t.min.english) or more: \(t.actual) of \(t.target) (every signing of the year to date): \(sequences(t.projects))")
        }
        return out
    }
}
