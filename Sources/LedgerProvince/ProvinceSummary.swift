public import Ledger
internal import LedgerStore
internal import Catalogue

/// Every zone's period, computed from its rows by the same domain code as a zone's `summary`.
public struct ProvinceSummary: Sendable {
    public struct Line: Sendable {
        public var rollup: ZoneRollup
        public var summary: PeriodSummary
    }

    public var period: Period
    public var lines: [Line]
    /// The province: every zone's contributions together, through the same `PeriodSummary.compute`.
    public var total: PeriodSummary

    /// A zone's project states and its disbursements by month, as the zone's own fold makes them.
    struct Folded {
        var states: [String: ProjectState] = [:]
        var monthly: [String: [Int: Int64]] = [:]

        /// The contributions to one part of a period, as `LedgerStore.summary` takes them.
        func contributions(_ part: Period) -> [PeriodContribution] {
            if let quarter = part.quarter { return LedgerStore.contributions(of: states, quarter: quarter) }
            return LedgerStore.contributions(of: states, monthly: monthly, month: part)
        }
    }

    public static func compute(_ rollups: [ZoneRollup], period: Period, threshold: Money = .yi,
                               targets: [(min: Money, count: Int)] = []) throws -> ProvinceSummary {
        var lines: [Line] = []
        var zones: [Folded] = []
        for rollup in rollups {
            let folded = try fold(rollup.events)
            zones.append(folded)
            let summary = try PeriodSummary.compute(period: period, threshold: threshold, targets: targets) { folded.contributions($0) }
            lines.append(Line(rollup: rollup, summary: summary))
        }
        let total = try PeriodSummary.compute(period: period, threshold: threshold, targets: targets) { part in
            zones.flatMap { $0.contributions(part) }
        }
        return ProvinceSummary(period: period, lines: lines, total: total)
    }

    /// In sequence order, voids and the events they cancel left out, as the zone's fold does.
    static func fold(_ events: [RecordedEvent]) throws -> Folded {
        let voided = Set(events.filter { $0.event.kind == .void }.map(\.event.ref))
        var folded = Folded()
        for r in events where r.event.kind != .void && !voided.contains(r.event.id) {
            let e = r.event
            do {
                try folded.states[e.project, default: ProjectState(project: e.project)].apply(e, sequence: r.sequence)
            } catch {
                throw ProvinceError(.verifyFailed, sequence: r.sequence, ProvinceErrorText.replayBreaks, ["sequence": String(r.sequence), "id": e.id])
            }
            if e.kind == .disbursed { folded.monthly[e.project, default: [:]][e.date.monthIndex, default: 0] += e.amount.fen }
        }
        return folded
    }
}
