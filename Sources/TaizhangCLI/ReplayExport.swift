internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerStore
internal import LedgerImport
internal import LedgerReports

/// `import --replay-export FILE`: lands an export's events again, each batch with its original
/// id, recorded time and lines, so that an empty ledger (or one the export continues, from
/// `export --since`) ends with the same chain: the same digest. Every batch's last hash is
/// checked against the export's inside the transaction; any difference rejects the whole import.
enum ReplayExport {
    static func run(path: String, ledger: LedgerOptions, zone: String, operatorName: String, allowFuture: Bool, json: Bool, language: Language) throws {
        let records = try ExportReader.read(path: path)
        guard !records.isEmpty else { throw UsageError("\(path) holds no events") }
        var landed: (store: LedgerStore, outcome: ImportOutcome)?
        try ledger.openCreatingIfMissing(zone: zone) { store in
            landed = (store, try replay(records, path: path, into: store, operatorName: operatorName, allowFuture: allowFuture, language: language))
        }
        guard let (store, outcome) = landed else { return }
        let digest = try store.digest()
        report(outcome, digest: digest, json: json, language: language)
    }

    /// Lands the export's batches in one transaction, each checked against the export's hashes.
    private static func replay(_ records: [ExportedEvent], path: String, into store: LedgerStore, operatorName: String,
                               allowFuture: Bool, language: Language) throws -> ImportOutcome {
        let head = try store.head()
        let groups = try batches(records, after: head, path: path)
        let sources = groups.map { g -> BatchSource in
            let first = g.first!, last = g.last!
            let sha = first.fileSHA256.isEmpty ? ChainHash.sha256(parts: g.map(\.hash)) : first.fileSHA256
            return BatchSource(fileName: first.file.isEmpty ? "export:batch \(first.batch)" : first.file, sha256: sha, encoding: "export",
                               replay: ReplayedBatch(batchId: first.batch, recordedAtMs: first.recordedAtMs, lastHash: last.hash))
        }
        try store.reserve(bytes: records.count * 2048 + (64 << 20))
        var options = ImportOptions(operatorName: operatorName)
        options.futureRecordedTimeAllowed = allowFuture
        do {
            return try store.importBatches(sources: sources, options: options) { index, sink in
                for r in groups[index] { try sink(.event(r.event, line: r.line)) }
            }
        } catch let e as StoreError where e.code == .rejected {
            for p in e.problems.prefix(50) { Console.err(p.message(language)) }
            Console.err(language.pick("重放被拒绝:未写入任何内容。", "replay rejected: nothing was written."))
            throw ExitCode(Console.Status.rejected.rawValue)
        }
    }

    private static func report(_ outcome: ImportOutcome, digest: LedgerDigest, json: Bool, language: Language) {
        if json {
            Console.out(JSONText.render(["landed": true, "events": outcome.eventsAppended, "batches": outcome.batches.count,
                                         "digest": DigestText.json(digest)] as [String: Any]))
        } else {
            Console.out(language.pick("已重放 \(outcome.eventsAppended) 个事件(\(outcome.batches.count) 个批次),与导出文件的哈希一致;台账摘要 ",
                                      "replayed \(outcome.eventsAppended) events in \(outcome.batches.count) batches, every hash as exported; ledger digest ")
                        + DigestText.line(digest))
        }
    }

    /// The export's events in batches, after checking that they continue `head` and each other.
    static func batches(_ records: [ExportedEvent], after head: Head, path: String) throws -> [[ExportedEvent]] {
        var groups: [[ExportedEvent]] = []
        var expected = head.sequence + 1, previousHash = head.hash, recorded = head.recordedAtMs
        for r in records {
            guard r.sequence == expected else {
                throw UsageError("\(path): sequence \(r.sequence) where \(expected) was expected (the ledger's head is \(head.sequence); an export replays into an empty ledger, or one whose head is where `export --since` began)")
            }
            guard r.previousHash == previousHash else {
                throw UsageError("\(path): sequence \(r.sequence) does not follow on: its previous_hash is not the hash of sequence \(r.sequence - 1)")
            }
            guard r.recordedAtMs >= recorded else {
                throw UsageError("\(path): sequence \(r.sequence): recorded_at goes backwards")
            }
            if let last = groups.last?.last, last.batch == r.batch {
                guard r.recordedAtMs == last.recordedAtMs, r.file == last.file else {
                    throw UsageError("\(path): sequence \(r.sequence): one batch with two recorded times or files")
                }
                groups[groups.count - 1].append(r)
            } else {
                if let last = groups.last?.last, r.batch <= last.batch {
                    throw UsageError("\(path): sequence \(r.sequence): batch \(r.batch) after batch \(last.batch)")
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
