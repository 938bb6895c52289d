public import Ledger
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

    public static func compute(_ rollups: [ZoneRollup], period: Period, threshold: Money = .yi,
                               targets: [(min: Money, count: Int)] = []) throws -> ProvinceSummary {
        var lines: [Line] = []
        var zones: [EventFold] = []
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

    /// A zone's rows folded by month, in sequence order, through the zone's own fold (`EventFold`).
    static func fold(_ events: [RecordedEvent]) throws -> EventFold {
        var fold = EventFold(voided: Event.voidedIds(events.lazy.map(\.event)), byMonth: true)
        for r in events {
            do {
                try fold.add(r.event, sequence: r.sequence)
            } catch {
                throw ProvinceError(.verifyFailed, sequence: r.sequence, ProvinceErrorText.replayBreaks, ["sequence": String(r.sequence), "id": r.event.id])
            }
        }
        return fold
    }
}
