internal import LMDB
public import Ledger

extension LedgerStore {
    /// A project's events as a fold under `filter` takes them in: voids and voided events left
    /// out, only events recorded by `knownAtMs`, within `throughSequence` and dated by `asOf`, in
    /// sequence order.
    ///
    /// Reads only the project's own events (`project_events`): a void always names an event of
    /// its own project, so the project's voids within the filter are all the voids that matter.
    /// This is how `summary --explain` lists each disbursement and termination behind a figure
    /// without scanning the log.
    public func activeEvents(ofProject project: String, filter: FoldFilter = FoldFilter()) throws -> [RecordedEvent] {
        try reading { txn in
            var known: [RecordedEvent] = []
            for sequence in try sequences(ofProject: project, txn) {
                if let through = filter.throughSequence, sequence > through { break }
                let recorded = try event(at: sequence, txn)
                if let knownAt = filter.knownAtMs, recorded.envelope.recordedAtMs > knownAt { break }
                known.append(recorded)
            }
            let voided = Event.voidedIds(known.lazy.map(\.event))
            return known.filter { r in
                r.event.counts(voided: voided) && (filter.asOf.map { r.event.date <= $0 } ?? true)
            }
        }
    }
}
