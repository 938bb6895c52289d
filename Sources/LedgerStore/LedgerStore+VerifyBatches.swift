internal import Catalogue
internal import LMDB
internal import Ledger

extension LedgerStore {
    /// The encoding a replayed export's batches carry: the only batches that may follow a gap in the ids.
    static let replayEncoding = "export"

    /// Every batch record in key order; a record that does not decode, or names another id, is a
    /// failure at its key and left out of the checks that follow.
    func readBatches(_ txn: borrowing Transaction, _ findings: VerifyFindings) throws -> [BatchRecord] {
        var out: [BatchRecord] = []
        try txn.withCursor(batches) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                entry = try cursor.next()
                let id = UInt64(bigEndian8: e.key)
                let key = id.map(String.init) ?? Hex.string(e.key)
                let record: BatchRecord
                do { record = try BatchRecord.decode(e.value) } catch {
                    findings.at("batches", key: key, .batchUndecodable, [("reason", VerifyFailure.reason(error))])
                    continue
                }
                if record.id != id {
                    findings.at("batches", key: key, .batchSaysId, [("stored", .text("\(record.id)"))])
                    continue
                }
                if !record.encoded().elementsEqual(e.value) { findings.at("batches", key: key, .batchNotCanonical) }
                out.append(record)
            }
        }
        return out
    }

    /// Batches against the events that name them, and `batch_files` against batches, both ways.
    ///
    /// Ids increase from 1 by one, except before a replayed export's batch (an export does not
    /// carry batches that landed no event); each batch's events are the sequences from its first
    /// on, as many as it says; recorded times never go back; rows are events plus duplicates.
    func verifyBatches(_ txn: borrowing Transaction, _ batches: [BatchRecord], log: LogScan, _ findings: VerifyFindings) throws {
        var previous: BatchRecord?
        var nextSequence: UInt64 = 1
        for batch in batches {
            let key = "\(batch.id)"
            let gap = batch.id != (previous?.id ?? 0) + 1
            if gap && !(batch.backdated && batch.encoding == LedgerStore.replayEncoding) {
                findings.at("batches", key: key, .batchIdGap, [("previous", .text("\(previous?.id ?? 0)"))])
            }
            if batch.firstSequence != nextSequence {
                findings.at("batches", key: key, .batchFirstSequence, [("stored", .text("\(batch.firstSequence)")), ("expected", .text("\(nextSequence)"))])
            }
            let counted = log.batchEvents[batch.id] ?? 0
            if counted != batch.eventCount {
                findings.at("batches", key: key, .batchEventCount, [("stored", .text("\(batch.eventCount)")), ("counted", .text("\(counted)"))])
            }
            if batch.rows != batch.eventCount &+ batch.duplicateCount {
                findings.at("batches", key: key, .batchRows, [
                    ("rows", .text("\(batch.rows)")), ("events", .text("\(batch.eventCount)")), ("duplicates", .text("\(batch.duplicateCount)")),
                ])
            }
            if let previous, batch.recordedAtMs < previous.recordedAtMs { findings.at("batches", key: key, .batchRecordedBackwards) }
            nextSequence = batch.firstSequence &+ batch.eventCount
            previous = batch
        }
        try verifyBatchFiles(txn, batches, findings)
    }

    /// `batch_files` maps each batch's file SHA-256 to it, and holds nothing else.
    private func verifyBatchFiles(_ txn: borrowing Transaction, _ batches: [BatchRecord], _ findings: VerifyFindings) throws {
        var byId: [UInt64: BatchRecord] = [:]
        for b in batches { byId[b.id] = b }
        for batch in batches {
            let stored = try txn.get(batchFiles, key: batch.fileSHA256)
            if stored?.withUnsafeBytes({ UInt64(bigEndian8: $0) }) != batch.id {
                findings.at("batches", key: "\(batch.id)", .batchFileMissing)
            }
        }
        try txn.withCursor(batchFiles) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                entry = try cursor.next()
                let key = Hex.string(e.key)
                guard let id = UInt64(bigEndian8: e.value) else {
                    findings.at("batch_files", key: key, .valueWrongLength, [("bytes", .text("\(e.value.count)")), ("expected", .text("8"))])
                    continue
                }
                guard let batch = byId[id] else {
                    findings.at("batch_files", key: key, .batchFileUnknownBatch, [("batch", .text("\(id)"))])
                    continue
                }
                if !batch.fileSHA256.elementsEqual(e.key) {
                    findings.at("batch_files", key: key, .batchFileElsewhere, [("batch", .text("\(id)"))])
                }
            }
        }
    }
}

/// Each event's batch, checked while the log is read: the batch exists and shares its recorded time.
///
/// Its failures are kept apart and reported after those of the batch records: a batch record
/// that lies about its events makes every event of it look misplaced, and the record is the cause.
struct BatchRanges {
    private var byId: [UInt64: BatchRecord] = [:]
    /// The batch the event before named: a batch's events come one after another.
    private var last: BatchRecord?
    let findings = VerifyFindings()

    init(_ batches: [BatchRecord]) {
        for b in batches { byId[b.id] = b }
    }

    mutating func check(_ view: EventView, key: UInt64) {
        if last?.id != view.batch { last = byId[view.batch] }
        guard let batch = last else {
            findings.at(key, .eventBatchUnknown, [("batch", .text("\(view.batch)"))])
            return
        }
        if key < batch.firstSequence || key - batch.firstSequence >= batch.eventCount {
            let holder = byId.values.first { key >= $0.firstSequence && key - $0.firstSequence < $0.eventCount }
            if let holder {
                findings.at(key, .eventBatchElsewhere, [("batch", .text("\(view.batch)")), ("expected", .text("\(holder.id)"))])
            }
        }
        if view.recordedAtMs != batch.recordedAtMs {
            findings.at(key, .eventRecordedNotBatch, [
                ("event", .text(LedgerStore.printableTime(view.recordedAtMs))), ("batch", .text(LedgerStore.printableTime(batch.recordedAtMs))),
            ])
        }
    }
}
