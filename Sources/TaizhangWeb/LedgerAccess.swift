public import Catalogue
public import Ledger
public import LedgerStore
public import LedgerImport
public import LedgerReports
public import LedgerService
internal import Foundation

/// Every call the site makes into the ledger, in one file, so moving to `LedgerService` is one edit.
///
/// One environment for the process (LMDB's rule), opened for writing: imports and voids from the
/// site go through the same `importBatches` as the command line, and reads see what another
/// process (a command-line import) committed, since every read is a new transaction.
public final class LedgerAccess: Sendable {
    let store: LedgerStore

    public init(path: String) throws {
        store = try LedgerStore(path: path, readOnly: false)
    }

    // MARK: Reading

    public func zone() throws -> String { try store.zone() }
    public func digest() throws -> LedgerDigest { try store.digest() }
    /// The head's sequence: cheap, one read of the meta table; what `ResponseCache` keys on.
    public func headSequence() throws -> UInt64 { try store.head().sequence }
    public func batches() throws -> [BatchRecord] { try store.allBatches() }
    public func projects() throws -> [ProjectState] { try store.allProjects() }

    /// A quarter's summary as `summary` computes it, with the events behind its figures.
    /// A period's summary as `taizhang summary` computes it (`LedgerStore.summary`'s two paths:
    /// the stored quarters for everything recorded, one fold by month under a time filter or for
    /// a month). `full` adds the seven periods before it and the events behind the figures (the
    /// page); the API needs neither. One fold and one read per quarter serve all eight summaries.
    public func summary(period: Period, filter: FoldFilter, language: Language, full: Bool = true) throws -> SummaryView {
        let folded = filter.isEverything && period.kind != .month ? nil : try store.foldByMonth(filter)
        var fetched: [Period: [PeriodContribution]] = [:]
        func contributions(_ part: Period) throws -> [PeriodContribution] {
            if let c = fetched[part] { return c }
            let c: [PeriodContribution]
            if let folded {
                c = part.quarter.map { LedgerStore.contributions(of: folded.states, quarter: $0) }
                    ?? LedgerStore.contributions(of: folded.states, monthly: folded.monthly, month: part)
            } else {
                c = try store.contributions(quarter: part.quarter!)
            }
            fetched[part] = c
            return c
        }
        let summary = try PeriodSummary.compute(period: period, contributions: contributions)
        let recent = try (full ? SummaryView.recent(period) : []).map { p in
            let figures = try PeriodSummary.compute(period: p, contributions: contributions).current
            return (period: p, count: figures.signed.count, total: figures.signedTotal)
        }
        var basis: [String] = []
        if let ms = filter.knownAtMs { basis.append(WebText.basisKnownAt.text(language, ["time": Timestamp.iso(ms)])) }
        if let d = filter.asOf { basis.append(WebText.basisAsOf.text(language, ["date": d.description])) }
        let renderer = SummaryRenderer(summary: summary, zone: try store.zone(), basis: basis.joined(separator: "; "), language: language)
        let evidence = full ? try SummaryEvidence.collect(from: store, for: summary, filter: filter) : SummaryEvidence()
        return SummaryView(summary: summary, renderer: renderer, evidence: evidence, filter: filter, recent: recent)
    }

    /// A project's state and every event, with the voids and the batch each came in.
    public func project(_ id: String) throws -> ProjectView? {
        let events = try store.events(ofProject: id)
        guard !events.isEmpty else { return nil }
        let state = try store.project(id) ?? ProjectState(project: id)
        let batches = Dictionary(uniqueKeysWithValues: try store.allBatches().map { ($0.id, $0) })
        let voids = try events.map { try store.voidingSequence(ofEvent: $0.event.id) }
        return ProjectView(state: state, events: events, voidedBy: voids, batches: batches)
    }

    public func event(id: String) throws -> RecordedEvent? { try store.event(id: id) }

    // MARK: Changing

    /// Validates `files` and lands them all or none, exactly as `taizhang import FILE…` would;
    /// a rejected batch comes back as its problems.
    public func importFiles(_ files: [InputFile], recordedAtMs: Int64?, operatorName: String, dryRun: Bool) throws -> ImportResult {
        try store.reserve(bytes: files.reduce(64 << 20) { $0 + $1.byteCount * 6 })
        let sources = files.map { BatchSource(fileName: $0.name, sha256: $0.sha256, encoding: $0.encoding) }
        let options = ImportOptions(recordedAtMs: recordedAtMs, operatorName: operatorName, dryRun: dryRun)
        do {
            let outcome = try store.importBatches(sources: sources, options: options) { index, sink in
                try files[index].rows { try sink($0) }
            }
            return .landed(outcome)
        } catch let e as StoreError where e.code == .rejected {
            return .rejected(e.problems)
        }
    }

    /// Appends a void of `eventID`, as `taizhang void EVENT --reason R` does.
    public func void(eventID: String, reason: String, operatorName: String) throws -> ImportResult {
        guard let target = try store.event(id: eventID) else { throw StoreError(.unknownEvent, eventID) }
        let day = LedgerAccess.chinaDay(Int64(Date().timeIntervalSince1970 * 1000))
        var void = Event(id: "", kind: .void, project: target.event.project, date: day, ref: target.event.id, note: reason)
        void.id = RowMapper.derivedId(void)
        let line = Array((JSONText.render(["id": void.id, "kind": "void", "project": void.project, "date": day.description,
                                           "ref": void.ref, "note": void.note], pretty: false) + "\n").utf8)
        let source = BatchSource(fileName: "void:\(target.event.id)", sha256: ChainHash.sha256(line), encoding: "UTF-8")
        do {
            return .landed(try store.importBatches(sources: [source], options: ImportOptions(operatorName: operatorName)) { _, sink in
                try sink(.event(void, line: 1))
            })
        } catch let e as StoreError where e.code == .rejected {
            return .rejected(e.problems)
        }
    }

    // MARK: Audit

    public func verify() throws -> VerifyReport { try store.verify() }

    /// `taizhang export --jsonl` or `--csv`, whole, as bytes.
    public func export(csv: Bool) throws -> [UInt8] {
        let batches = Dictionary(uniqueKeysWithValues: try store.allBatches().map { ($0.id, $0) })
        var out: [UInt8] = []
        if csv { out.append(contentsOf: Array((EventExport.csvHeader + "\n").utf8)) }
        try store.forEachEvent(from: 1, verifying: true) { r in
            let recordedAt = Timestamp.iso(r.envelope.recordedAtMs)
            if csv {
                EventExport.appendCSVRow(r, batch: batches[r.envelope.batch], recordedAt: recordedAt, to: &out)
            } else {
                EventExport.appendJSONLine(r, batch: batches[r.envelope.batch], recordedAt: recordedAt, to: &out)
            }
            return true
        }
        return out
    }

    /// `taizhang prove EVENT`: the inclusion proof of one event in today's log, as JSON text.
    public func inclusionProof(eventID: String) throws -> String? {
        guard try store.verify().ok else { throw StoreError(.corrupt, "verify") }
        guard let r = try store.event(id: eventID) else { return nil }
        let log = try store.leaves()
        guard let value = try store.storedValue(at: r.sequence) else { throw StoreError(.corrupt, "sequence \(r.sequence)") }
        let path = Merkle.inclusionPath(index: Int(r.sequence - 1), leaves: log.hashes)
        return JSONText.render(AuditProof(inclusionOf: r.sequence - 1, leafData: value, in: log.digest, path: path).jsonObject)
    }

    /// `taizhang prove --from SEQ:TREE_HEAD`: a consistency proof, or why none exists.
    public func consistencyProof(oldSize: UInt64, oldTreeHead: MerkleHash) throws -> ConsistencyResult {
        guard try store.verify().ok else { throw StoreError(.corrupt, "verify") }
        let log = try store.leaves()
        guard oldSize > 0, oldSize <= log.digest.sequence else { return .tooLong(logSize: log.digest.sequence) }
        let recomputed = Merkle.root(log.hashes, 0..<Int(oldSize))
        guard recomputed == oldTreeHead else { return .rewritten(actual: recomputed) }
        let path = Merkle.consistencyPath(oldSize: Int(oldSize), leaves: log.hashes)
        return .proof(JSONText.render(AuditProof(consistencyFrom: oldSize, oldHead: oldTreeHead, to: log.digest, path: path).jsonObject))
    }

    static func chinaDay(_ ms: Int64) -> BusinessDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: Timestamp.chinaOffsetSeconds)!
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(ms) / 1000))
        return BusinessDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}

/// What the summary page draws: the figures, the renderer of their words and the events behind them.
public struct SummaryView {
    public var summary: PeriodSummary
    public var renderer: SummaryRenderer
    public var evidence: SummaryEvidence
    public var filter: FoldFilter
    /// Signings at or above the threshold in the period and the seven of its kind before it, oldest first.
    public var recent: [(period: Period, count: Int, total: Money)]

    /// The period and the seven before it of the same kind (quarters, halves, years or months).
    static func recent(_ p: Period) -> [Period] {
        let perYear = switch p.kind { case .month: 12; case .quarter: 4; case .half: 2; case .year: 1 }
        let index = p.year * perYear + p.number - 1
        return (0..<8).reversed().compactMap { back in
            let i = index - back
            return Period(kind: p.kind, year: i / perYear, number: i % perYear + 1)
        }
    }
}

/// What the project page shows.
public struct ProjectView: Sendable {
    public var state: ProjectState
    public var events: [RecordedEvent]
    public var voidedBy: [UInt64?]
    public var batches: [UInt64: BatchRecord]
}

/// An import or void: what landed (or would), or every problem.
public enum ImportResult: Sendable {
    case landed(ImportOutcome)
    case rejected([RowProblem])
}

public enum ConsistencyResult: Sendable {
    case proof(String)
    case tooLong(logSize: UInt64)
    case rewritten(actual: MerkleHash)
}
