/// The one fold of a log's events into project states: what every summary of the log counts.
///
/// A zone's summary from its log (`LedgerStore.fold`), a sealed report's prefix, `verify`'s own
/// fold and the province's fold of each zone's rows all add their events here, so they leave
/// out the same events (`Event.counts`: voids and the events they cancel; events dated after
/// `asOf`) and apply the same lifecycle rules. Money disbursed is also kept by month when
/// asked for, since a month's summary needs it finer than the quarters a `ProjectState` keeps.
public struct EventFold: Sendable {
    /// The ids the log's voids cancel: found before the fold, since a void may come after its target.
    public let voided: Set<String>
    /// Only events dated on or before this day: the world as it was then.
    public let asOf: BusinessDate?
    public private(set) var states: [String: ProjectState] = [:]
    /// When asked for: each project's disbursements by month index (`BusinessDate.monthIndex`).
    public private(set) var monthly: [String: [Int: Int64]]?

    public init(voided: Set<String>, asOf: BusinessDate? = nil, byMonth: Bool = false) {
        self.voided = voided
        self.asOf = asOf
        self.monthly = byMonth ? [:] : nil
    }

    /// Whether an event of this kind and id counts here (`Event.counts`); the id is read only when a void could cancel it.
    @inline(__always)
    public func counts(kind: EventKind?, id: @autoclosure () -> String) -> Bool {
        Event.counts(kind: kind, id: id(), voided: voided)
    }

    /// Adds `event` if it counts and is dated within `asOf`; the rule it breaks is thrown.
    public mutating func add(_ event: Event, sequence: UInt64) throws(RuleViolation) {
        guard counts(kind: event.kind, id: event.id) else { return }
        try apply(event, sequence: sequence)
    }

    /// Adds an event already known to count (`counts`), unless it is dated after `asOf`.
    public mutating func apply(_ event: Event, sequence: UInt64) throws(RuleViolation) {
        if let asOf, event.date > asOf { return }
        try states[event.project, default: ProjectState(project: event.project)].apply(event, sequence: sequence)
        if event.kind == .disbursed, monthly != nil {
            monthly![event.project, default: [:]][event.date.monthIndex, default: 0] += event.amount.fen
        }
    }

    /// The folded projects' contributions to one part of a period (a quarter, or a month when
    /// folded `byMonth`), in project id order: what `PeriodSummary.compute` asks for each part.
    public func contributions(_ part: Period) -> [PeriodContribution] {
        let parts: [PeriodContribution]
        if let quarter = part.quarter {
            parts = states.values.compactMap { $0.contributions()[quarter.index] }
        } else {
            precondition(monthly != nil, "a month's contributions need a fold byMonth")
            let index = part.first.monthIndex
            parts = states.values.compactMap { $0.contribution(to: part, disbursed: Money(fen: monthly?[$0.project]?[index] ?? 0)) }
        }
        return parts.sorted { $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) }
    }
}
