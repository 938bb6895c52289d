public import Ledger
internal import LedgerStore

/// Every zone's quarter, computed from its rows by the same domain code as a zone's `summary`.
public struct ProvinceSummary: Sendable {
    public struct Line: Sendable {
        public var rollup: ZoneRollup
        public var summary: QuarterSummary
    }

    public var quarter: Quarter
    public var lines: [Line]
    /// The province: every zone's contributions together, through the same `QuarterSummary.compute`.
    public var total: QuarterSummary

    public static func compute(_ rollups: [ZoneRollup], quarter: Quarter, threshold: Money = .yi,
                               targets: [(min: Money, count: Int)] = []) throws -> ProvinceSummary {
        var lines: [Line] = []
        var states: [[String: ProjectState]] = []
        for rollup in rollups {
            let folded = try fold(rollup.events)
            states.append(folded)
            let summary = try QuarterSummary.compute(quarter: quarter, threshold: threshold, targets: targets) {
                LedgerStore.contributions(of: folded, quarter: $0)
            }
            lines.append(Line(rollup: rollup, summary: summary))
        }
        let total = try QuarterSummary.compute(quarter: quarter, threshold: threshold, targets: targets) { q in
            states.flatMap { LedgerStore.contributions(of: $0, quarter: q) }
        }
        return ProvinceSummary(quarter: quarter, lines: lines, total: total)
    }

    /// The zone's project states from its events, as the zone's own fold makes them: in
    /// sequence order, voids and the events they cancel left out.
    public static func fold(_ events: [RecordedEvent]) throws -> [String: ProjectState] {
        let voided = Set(events.filter { $0.event.kind == .void }.map(\.event.ref))
        var states: [String: ProjectState] = [:]
        for r in events where r.event.kind != .void && !voided.contains(r.event.id) {
            do {
                try states[r.event.project, default: ProjectState(project: r.event.project)].apply(r.event, sequence: r.sequence)
            } catch {
                throw StoreError(.corrupt, "event \(r.sequence) (\(r.event.id)) breaks its project's history on replay: \(error.english)")
            }
        }
        return states
    }
}
