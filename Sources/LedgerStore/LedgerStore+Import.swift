internal import LMDB
public import Ledger

/// How a batch is to land.
public struct ImportOptions: Sendable {
    /// The recorded time of the batch; nil for the clock. Never before the head's.
    public var recordedAtMs: Int64?
    public var operatorName: String
    /// Validate and report, write nothing.
    public var dryRun: Bool
    /// Accept a recorded time more than `Limits.recordedTimeAheadMsMax` ahead of the clock.
    public var futureRecordedTimeAllowed = false
    /// A likely correction (`likely_correction`) is a problem, not a warning.
    public var strict = false
    /// The most events this import may land: `Limits.batchEventsMax`, lower only in tests.
    public var batchEventsMax = Limits.batchEventsMax {
        didSet { precondition(batchEventsMax <= Limits.batchEventsMax, "an import's event limit can only be lowered") }
    }

    public init(recordedAtMs: Int64? = nil, operatorName: String, dryRun: Bool = false) {
        self.recordedAtMs = recordedAtMs
        self.operatorName = operatorName
        self.dryRun = dryRun
    }
}

/// What an import did (or, in a dry run, would do).
public struct ImportOutcome: Sendable {
    /// Batches that landed (dry run: would land), one per new input file.
    public var batches: [BatchRecord] = []
    /// Input files that had landed before, with the batch they landed as.
    public var alreadyLanded: [(source: BatchSource, batch: BatchRecord)] = []
    public var eventsAppended: UInt64 = 0
    public var duplicates: UInt64 = 0
    public var rows: UInt64 = 0
    public var head: Head = .empty
    public var dryRun = false
    /// In a dry run, the first events that would land (at most `previewEventsMax`).
    public var preview: [RecordedEvent] = []
    /// Rows that landed but very likely should not have (a correction of a landed event).
    public var warnings: [ImportWarning] = []
    /// What the readers said of the files (a workbook's sheets read and skipped).
    public var notes: [ImportNote] = []
    public static let previewEventsMax = Limits.previewEventsMax
}

/// Thrown out of the write transaction to abort a dry run after validation.
private struct DryRunFinished: Error { let outcome: ImportOutcome }

extension LedgerStore {
    /// Lands one batch per new source, all in one write transaction: everything or nothing.
    ///
    /// `rows(i, sink)` must hand every row of source `i` to `sink`, in order. It may be called
    /// again for the same source if LMDB needs a larger map and reruns the transaction.
    /// Every row is validated against the ledger and the rows before it; any problem rejects
    /// the whole import with `StoreError.rejected` listing all problems.
    public func importBatches(
        sources: [BatchSource], options: ImportOptions,
        rows: (Int, (IncomingRow) throws -> Void) throws -> Void
    ) throws -> ImportOutcome {
        try importBatches(sources: sources, options: options) { index, _, sink in
            try withoutActuallyEscaping(sink) { sink in try rows(index) { try sink(PreparedRow($0)) } }
        }
    }

    /// As `importBatches(sources:options:rows:)`, with the rows of source `i` prepared ahead by
    /// the `RowPreparer` handed with it (`prepare` on the thread that parses them): the writer
    /// then stores the records as made there (see `PreparedRow`).
    public func importBatches(
        sources: [BatchSource], options: ImportOptions,
        preparedRows rows: (Int, RowPreparer, (PreparedRow) throws -> Void) throws -> Void
    ) throws -> ImportOutcome {
        do {
            return try writing { txn in
                var writer = try BatchWriter(store: self, txn: txn, options: options)
                try txn.withCursor(events) { log in
                    for (index, source) in sources.enumerated() {
                        if try writer.skipIfLanded(source, txn: txn) { continue }
                        try writer.beginSource(source)
                        try rows(index, writer.preparer()) { row in try writer.accept(row, log: log, txn: txn) }
                        writer.endSource()
                    }
                }
                if !writer.problems.isEmpty {
                    throw StoreError(.rejected, .rejected, ["count": String(writer.problems.count)], path: path, problems: writer.problems)
                }
                let outcome = try writer.finish(txn: txn)
                if options.dryRun { throw DryRunFinished(outcome: outcome) }
                return outcome
            }
        } catch let finished as DryRunFinished {
            return finished.outcome
        }
    }
}
