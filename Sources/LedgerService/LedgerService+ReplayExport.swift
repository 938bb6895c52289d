public import LedgerStore
internal import Ledger
internal import LedgerImport

/// What replaying an export landed, and the digest it left.
public struct ReplayExportResult: Sendable {
    public var outcome: ImportOutcome
    public var digest: LedgerDigest
}

extension LedgerService {
    /// Lands an export's events again (`import --replay-export`), each batch with its original
    /// id, recorded time and lines, so that an empty ledger (or one the export continues, from
    /// `export --since`) ends with the same chain: the same digest. Every batch's last hash is
    /// checked against the export's inside the transaction; any difference rejects it all.
    public func replayExport(file: String, zone: String, operatorName: String, allowFuture: Bool = false) throws -> ReplayExportResult {
        let records = try ExportReader.read(path: file)
        guard !records.isEmpty else { throw RequestError(.exportEmpty, ["file": file]) }
        return try openCreatingIfMissing(zone: zone) { store in
            try replay(records, file: file, into: store, operatorName: operatorName, allowFuture: allowFuture)
        }
    }

    private func replay(_ records: [ExportedEvent], file: String, into store: LedgerStore, operatorName: String,
                        allowFuture: Bool) throws -> ReplayExportResult {
        let groups = try ExportBatches.group(records, after: try store.head(), file: file)
        let sources = groups.map { g -> BatchSource in
            let first = g.first!, last = g.last!
            let sha = first.fileSHA256.isEmpty ? ChainHash.sha256(parts: g.map(\.hash)) : first.fileSHA256
            return BatchSource(fileName: first.file.isEmpty ? "export:batch \(first.batch)" : first.file, sha256: sha, encoding: "export",
                               replay: ReplayedBatch(batchId: first.batch, recordedAtMs: first.recordedAtMs, lastHash: last.hash))
        }
        try store.reserve(bytes: records.count * 2048 + (64 << 20))
        var options = ImportOptions(operatorName: operatorName)
        options.futureRecordedTimeAllowed = allowFuture
        let outcome: ImportOutcome
        do {
            outcome = try store.importBatches(sources: sources, options: options) { index, sink in
                for r in groups[index] { try sink(.event(r.event, line: r.line)) }
            }
        } catch let e as StoreError where e.code == .rejected {
            throw Rejection(problems: e.problems)
        }
        return ReplayExportResult(outcome: outcome, digest: try store.digest())
    }
}

/// An export's events cut into its batches, after checking that they continue the head and each other.
enum ExportBatches {
    static func group(_ records: [ExportedEvent], after head: Head, file: String) throws -> [[ExportedEvent]] {
        var groups: [[ExportedEvent]] = []
        var expected = head.sequence + 1, previousHash = head.hash, recorded = head.recordedAtMs
        for r in records {
            let at = ["file": file, "sequence": String(r.sequence)]
            guard r.sequence == expected else {
                throw RequestError(.exportSequenceGap, at.merging(["expected": String(expected), "head": String(head.sequence)]) { a, _ in a })
            }
            guard r.previousHash == previousHash else { throw RequestError(.exportBrokenLink, at.merging(["before": String(r.sequence - 1)]) { a, _ in a }) }
            guard r.recordedAtMs >= recorded else { throw RequestError(.exportTimeBackwards, at) }
            if let last = groups.last?.last, last.batch == r.batch {
                guard r.recordedAtMs == last.recordedAtMs, r.file == last.file else { throw RequestError(.exportBatchSplit, at) }
                groups[groups.count - 1].append(r)
            } else {
                if let last = groups.last?.last, r.batch <= last.batch {
                    throw RequestError(.exportBatchOrder, at.merging(["batch": String(r.batch), "previous": String(last.batch)]) { a, _ in a })
                }
                groups.append([r])
            }
            expected += 1
            previousHash = r.hash
            recorded = r.recordedAtMs
        }
        return groups
    }
}
