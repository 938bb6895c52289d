public import Ledger
internal import Catalogue
internal import Crypto

/// What changed between the ledger and the zone's sheet as of a date, as the events that say it.
///
/// A new row is a signing; a start or commissioning date that appears is that event on its date;
/// a higher cumulative is a disbursement of the difference dated as of the sheet; another total
/// is a revision; 终止 in the status a termination. A value that went backwards is a problem
/// naming the cell, the ledger's value and the event to void: nothing is guessed.
public struct SnapshotDerivation: Sendable {
    /// A derived event, the sheet row and the cell it comes from.
    public struct Derived: Sendable {
        public var event: Event
        public var line: Int
        public var cell: String
    }

    public var events: [Derived] = []
    public var problems: [RowProblem] = []
    /// Ledger projects the sheet does not name: said in the report, a problem under `--strict`.
    public var missingProjects: [String] = []

    /// The ledger as the derivation sees it: every project's state, and a project's events.
    public struct Ledger {
        public var projects: [ProjectState]
        public var events: (String) -> [RecordedEvent]

        public init(projects: [ProjectState], events: @escaping (String) -> [RecordedEvent]) {
            self.projects = projects
            self.events = events
        }
    }

    public static func derive(_ rows: [SnapshotRow], file: String, asOf: BusinessDate, ledger: Ledger) -> SnapshotDerivation {
        var out = SnapshotDerivation()
        var matched: Set<String> = []
        let byName = Dictionary(grouping: ledger.projects) { SnapshotDerivation.key($0.name) }
        for row in rows {
            var context = RowContext(row: row, file: file, asOf: asOf)
            let typedId = row.text(.project)
            var state: ProjectState?
            if !typedId.isEmpty {
                state = ledger.projects.first { $0.project == typedId }
            } else if let found = byName[key(row.text(.name))] {
                if found.count > 1 {
                    context.problem(.name, code: "snapshot_name_ambiguous", .nameAmbiguous,
                                    ["name": row.text(.name), "projects": found.map(\.project).joined(separator: ", ")])
                    out.problems += context.problems
                    continue
                }
                state = found.first
            }
            let project = state?.project ?? (typedId.isEmpty ? derivedProjectId(row.text(.name)) : typedId)
            matched.insert(project)
            context.project = project
            if let state {
                context.changes(from: state, events: ledger.events(project))
            } else {
                context.newProject()
            }
            out.events += context.events
            out.problems += context.problems
        }
        out.missingProjects = ledger.projects.map(\.project).filter { !matched.contains($0) }.sorted()
        return out
    }

    /// A project's name for matching: full-width folded, spaces and brackets' width ignored, case folded.
    static func key(_ name: String) -> String {
        Text.normalized(name).filter { !$0.isWhitespace }.lowercased()
    }

    /// The id of a project the sheet brings without one: `P-` and 16 hex digits of SHA-256 of its name's key.
    static func derivedProjectId(_ name: String) -> String {
        "P-" + Hex.string(SHA256.hash(data: Array(key(name).utf8)).prefix(8))
    }
}
