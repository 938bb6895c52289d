public import Ledger
public import LedgerStore

/// One event of an export: the record, its batch and its recorded time as text.
public struct ExportStep {
    public var record: RecordedEvent
    public var batch: BatchRecord?
    /// `Timestamp.iso` of the recorded time, kept from one event to the next: a batch shares
    /// one time, and formatting it is most of an export's cost.
    public var recordedAt: String
}

extension LedgerService {
    /// Hands every event after `since` to `body`, in order, the chain checked as it goes.
    public func export(since: UInt64 = 0, _ body: (ExportStep) throws -> Void) throws {
        let store = try open(readOnly: true)
        let batches = try batchesById(store)
        var recordedAt: (ms: Int64, text: String) = (.min, "")
        // `since` is exclusive; after the largest sequence there is nothing (and no overflow).
        let (from, pastTheEnd) = since.addingReportingOverflow(1)
        try store.forEachEvent(from: from, through: pastTheEnd ? 0 : .max, verifying: true) { r in
            if r.envelope.recordedAtMs != recordedAt.ms { recordedAt = (r.envelope.recordedAtMs, Timestamp.iso(r.envelope.recordedAtMs)) }
            try body(ExportStep(record: r, batch: batches[r.envelope.batch], recordedAt: recordedAt.text))
            return true
        }
    }
}
