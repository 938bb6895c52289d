public import Ledger
public import LedgerStore
public import LedgerImport

/// What a project-sheet import derived and landed (or would, in a dry run).
public struct SnapshotOutcome: Sendable {
    public var outcome: ImportOutcome
    /// One derivation per sheet read, in order: the events with their cells, missing projects, unrecordable changes.
    public var derived: [SnapshotDerivation]
}

extension LedgerService {
    /// `import --snapshot --as-of DATE`: compares each sheet with the ledger and lands what changed,
    /// through every rule of an ordinary import, all or nothing.
    public func importSnapshot(_ request: ImportRequest, asOf: BusinessDate, mapping: [String: SnapshotColumn]) throws -> SnapshotOutcome {
        let (inputs, notes) = try readInputs(request, format: nil)
        if request.dryRun && !exists { throw StoreError(.missing, .ledgerMissingDryRun, path: path) }
        var options = ImportOptions(recordedAtMs: request.recordedAtMs, operatorName: request.operatorName, dryRun: request.dryRun)
        options.futureRecordedTimeAllowed = request.allowFuture
        return try openCreatingIfMissing(zone: request.zone) { store in
            let view = SnapshotDerivation.Ledger(projects: try store.allProjects()) { (try? store.events(ofProject: $0)) ?? [] }
            var derived: [SnapshotDerivation] = []
            var problems: [RowProblem] = []
            for input in inputs {
                do {
                    derived.append(SnapshotDerivation.derive(try SnapshotSheet.rows(input, mapping: mapping), file: input.name, asOf: asOf, ledger: view))
                } catch let e as InputError { problems += e.problems }
            }
            problems += derived.flatMap(\.problems)
            if !problems.isEmpty { throw Rejection(problems: problems) }
            let sources = inputs.map { BatchSource(fileName: $0.name, sha256: $0.sha256, encoding: $0.encoding) }
            do {
                var outcome = try store.importBatches(sources: sources, options: options) { index, sink in
                    for d in derived[index].events { try sink(.event(d.event, line: UInt32(clamping: d.line))) }
                }
                outcome.notes = notes
                return SnapshotOutcome(outcome: outcome, derived: derived)
            } catch let e as StoreError where e.code == .rejected {
                throw Rejection(problems: e.problems)
            }
        }
    }
}
