internal import LMDB
internal import Ledger

/// Where the import stands in the summary index: the recorded-time step it is in, and the day facts it made.
struct SummaryStep {
    /// The recorded time of the events being appended; a new one starts a new step.
    var recordedAtMs: Int64?
    /// The head's recorded time when the import began: a step at that time continues the stored one.
    var continuedRecordedAtMs: Int64?
    var touched: [BatchWriter.Touched] = []
    var facts: [DayFact] = []
}

/// The import's share of the bitemporal summary index, written in its own write transaction.
///
/// Every event makes one day fact; every change of recorded time (a replayed export's batches,
/// the end of the import) writes the versions of the quarter contributions the step changed.
/// The entries are those `SummaryHistory` makes from the log, which `verify` holds them to.
extension BatchWriter {
    /// Starts a step when this batch's recorded time is not the step's, and puts `touched` in it.
    mutating func enterStep(_ touched: Touched, txn: borrowing Transaction) throws {
        let t = current!.recordedAtMs
        if t != step.recordedAtMs {
            try flushStep(txn: txn)
            step.recordedAtMs = t
        }
        if !touched.inStep {
            touched.inStep = true
            step.touched.append(touched)
        }
    }

    /// Writes the versions of the step's projects and starts their next step from where they are.
    mutating func flushStep(txn: borrowing Transaction) throws {
        guard let t = step.recordedAtMs else { return }
        let continuing = t == step.continuedRecordedAtMs
        var writes = SortedWrites()
        for touched in step.touched {
            try store.writeVersions(touched.state, base: touched.stepBase, recordedAtMs: t, continuing: continuing, into: &writes, txn)
            touched.stepBase = touched.state
            touched.inStep = false
        }
        if let index = store.summaryIndex { try writes.apply(index.versions, txn) }
        step.touched.removeAll(keepingCapacity: true)
    }

    /// The day fact of the event just appended; a void's is at the day of the event it cancels.
    mutating func noteDayFact(_ event: Event, txn: borrowing Transaction) throws {
        let sequence = head.sequence
        guard event.kind == .void else {
            step.facts.append(DayFact(date: event.date.yyyymmdd, sequence: sequence, kind: event.kind.rawValue,
                                      amountFen: event.amount.fen, voidedSequence: 0, project: event.project))
            return
        }
        let target = try self.sequence(ofEvent: event.ref, txn)!
        let voided = try store.event(at: target, txn).event
        step.facts.append(DayFact(date: voided.date.yyyymmdd, sequence: sequence, kind: event.kind.rawValue,
                                  amountFen: 0, voidedSequence: target, project: voided.project))
    }

    /// Every day fact, in key order, before the import commits; their array is freed.
    mutating func writeDayFacts(txn: borrowing Transaction) throws {
        try store.writeDayFacts(step.facts, txn)
        step.facts = []
    }
}
