public import Ledger
public import LedgerStore
internal import LedgerImport
internal import Catalogue
internal import Foundation

/// How to read a project sheet: the day it is as of, and a zone's own headers (`--columns FILE`).
public struct SnapshotRequest: Sendable {
    public var asOf: BusinessDate
    /// A `本区表头 = 标准列` file, or nil.
    public var columnsFile: String?

    public init(asOf: BusinessDate, columnsFile: String? = nil) {
        self.asOf = asOf
        self.columnsFile = columnsFile
    }
}

/// What a project-sheet import derived and landed (or would, in a dry run).
public struct SnapshotOutcome: Sendable {
    /// One event derived from the sheet: the row and the cell(s) it comes from.
    public struct Derived: Sendable {
        public var event: Event
        public var line: Int
        public var cell: String
    }

    /// One sheet read: its derived events in order, and the ledger's projects it does not name.
    public struct Sheet: Sendable {
        public var file: String
        public var events: [Derived]
        public var missingProjects: [String]
    }

    public var outcome: ImportOutcome
    public var sheets: [Sheet]
}

extension LedgerService {
    /// `import --snapshot --as-of DATE`: compares each sheet with the ledger and lands what changed,
    /// through every rule of an ordinary import, all or nothing. Under `--strict` a ledger project
    /// the sheet does not name is a problem (`snapshot_project_missing`), not a line of the report.
    public func importSnapshot(_ request: ImportRequest, _ snapshot: SnapshotRequest) throws -> SnapshotOutcome {
        let mapping = try snapshot.columnsFile.map(Self.columnMapping) ?? [:]
        let (inputs, notes) = try readInputs(request, format: nil)
        let options = try storeOptions(request)
        return try openCreatingIfMissing(zone: request.zone) { store in
            let view = SnapshotDerivation.Ledger(projects: try store.allProjects()) { (try? store.events(ofProject: $0)) ?? [] }
            var derived: [SnapshotDerivation] = []
            var problems: [RowProblem] = []
            for input in inputs {
                do {
                    let rows = try SnapshotSheet.rows(input, mapping: mapping)
                    derived.append(SnapshotDerivation.derive(rows, file: input.name, asOf: snapshot.asOf, ledger: view))
                } catch let e as InputError { problems += e.problems }
            }
            problems += derived.flatMap(\.problems)
            if request.strict { problems += zip(inputs, derived).flatMap { Self.missingProblems($1.missingProjects, file: $0.name) } }
            if !problems.isEmpty { throw Rejection(problems: problems) }
            let sources = inputs.map { BatchSource(fileName: $0.name, sha256: $0.sha256, encoding: $0.encoding) }
            do {
                var outcome = try store.importBatches(sources: sources, options: options) { index, sink in
                    for d in derived[index].events { try sink(.event(d.event, line: UInt32(clamping: d.line))) }
                }
                outcome.notes = notes
                let sheets = zip(inputs, derived).map { input, d in
                    SnapshotOutcome.Sheet(file: input.name, events: d.events.map { .init(event: $0.event, line: $0.line, cell: $0.cell) },
                                          missingProjects: d.missingProjects)
                }
                return SnapshotOutcome(outcome: outcome, sheets: sheets)
            } catch let e as StoreError where e.code == .rejected {
                throw Rejection(problems: e.problems)
            }
        }
    }

    /// `--strict`: each ledger project the sheet does not name, as a problem of the file.
    static func missingProblems(_ projects: [String], file: String) -> [RowProblem] {
        projects.map { project in
            RowProblem(file: file, line: 0, column: "", value: project, code: "snapshot_project_missing") {
                SnapshotText.projectMissingStrict.text($0, ["project": project])
            }
        }
    }

    /// `--columns FILE`: `本区表头 = 标准列` lines (`#` starts a comment); the column by any of its names.
    static func columnMapping(_ path: String) throws -> [String: SnapshotColumn] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(kind: .badInput, code: "columns_unreadable") { SnapshotText.columnsUnreadable.text($0, ["file": path]) }
        }
        var out: [String: SnapshotColumn] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let column = SnapshotColumn.named(parts[1]) else {
                throw Failure(kind: .badInput, code: "columns_bad_line") {
                    SnapshotText.columnsBadLine.text($0, ["file": path, "line": String(i + 1), "text": line])
                }
            }
            out[SnapshotColumn.key(parts[0])] = column
        }
        return out
    }
}
