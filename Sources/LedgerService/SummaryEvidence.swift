public import Ledger
public import LedgerStore

/// The milestone and money events behind a summary, one by one, for `--explain`.
///
/// A quarter's contributions keep what the figures need: one sum of money per project and a
/// flag for a termination. An auditor ticking off the figures needs every event with its
/// sequence, so `--explain` reads the events of the projects the summary counts, under the
/// same time filter the summary used. The disbursements listed add up to the summary's totals
/// because both come from the same events: the fold that feeds the contributions and this
/// reading leave out the same voids and the same later-recorded or later-dated events.
public struct SummaryEvidence: Sendable {
    /// Starts, commissionings, terminations and disbursements dated in the summary's parts
    /// (the period, the year to date and the same period a year earlier), by sequence.
    public var events: [RecordedEvent]

    public init(events: [RecordedEvent] = []) { self.events = events }

    /// The kinds of event `--explain` lists (a rule set may count fewer).
    public static let kinds: Set<EventKind> = [.started, .commissioned, .terminated, .disbursed]

    /// Reads the evidence of `summary` from `store`; `filter` is the one the summary was computed
    /// under, `kinds` the kinds its rule set counts.
    public static func collect(from store: LedgerStore, for summary: PeriodSummary, filter: FoldFilter,
                               kinds: Set<EventKind> = kinds) throws -> SummaryEvidence {
        let parts = summary.period.yearToDate + summary.period.previousYear.parts
        var projects: Set<String> = []
        for f in [summary.yearToDate, summary.previousYear] {
            for c in f.started + f.commissioned + f.terminated + f.disbursed { projects.insert(c.project) }
        }
        var events: [RecordedEvent] = []
        for project in projects {
            events += try store.activeEvents(ofProject: project, filter: filter).filter { r in
                kinds.contains(r.event.kind) && parts.contains { $0.contains(r.event.date) }
            }
        }
        return SummaryEvidence(events: events.sorted { $0.sequence < $1.sequence })
    }

    /// The disbursements dated in `period`, by sequence.
    public func disbursements(in period: Period) -> [RecordedEvent] {
        events.filter { $0.event.kind == .disbursed && period.contains($0.event.date) }
    }

    /// The terminations dated in `period`, by sequence.
    public func terminations(in period: Period) -> [RecordedEvent] {
        events.filter { $0.event.kind == .terminated && period.contains($0.event.date) }
    }

    /// The event at `sequence`, if it is evidence.
    public func event(at sequence: UInt64) -> RecordedEvent? {
        events.first { $0.sequence == sequence }
    }
}
