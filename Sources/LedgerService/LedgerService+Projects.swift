public import Ledger
internal import LedgerStore

/// How `projects` orders its list.
public enum ProjectSort: String, Sendable, CaseIterable {
    case id, amount, signed, name, disbursed
}

/// Which projects, in which order.
public struct ProjectQuery: Sendable {
    public var group: String?
    public var industry: String?
    public var status: ProjectStatus?
    /// Only projects whose total investment is at least this.
    public var minimum: Money?
    /// Only projects signed in this period.
    public var signedIn: Period?
    public var sort: ProjectSort
    public var descending: Bool

    public init(group: String? = nil, industry: String? = nil, status: ProjectStatus? = nil, minimum: Money? = nil,
                signedIn: Period? = nil, sort: ProjectSort = .id, descending: Bool = false) {
        self.group = group
        self.industry = industry
        self.status = status
        self.minimum = minimum
        self.signedIn = signedIn
        self.sort = sort
        self.descending = descending
    }

    /// An option value that cannot be read (`ProjectQuery(options:)`): the option's name and the value.
    public struct BadOption: Error, Sendable { public let option: String; public let value: String }

    /// The query from options as typed (`min`, `status`, `signed-in`, `group`, `industry`, `sort`,
    /// `descending`), as a sealed output records them and `check-report` reads them back.
    public init(options: [String: String]) throws {
        func read<T>(_ key: String, _ parse: (String) -> T?) throws -> T? {
            try options[key].map { v in
                guard let value = parse(v) else { throw BadOption(option: key, value: v) }
                return value
            }
        }
        self.init(group: options["group"], industry: options["industry"], status: try read("status", ProjectStatus.init(name:)),
                  minimum: try read("min") { try? Money.parse($0) }, signedIn: try read("signed-in") { try? Period.parse($0) },
                  sort: try read("sort", ProjectSort.init(rawValue:)) ?? .id, descending: options["descending"] == "true")
    }

    /// The signed projects that pass the filters, in the query's order: the one filter the
    /// table, the CSV, the JSON and the sealed workbook all apply.
    public func select(_ states: some Sequence<ProjectState>) -> [ProjectState] {
        var list = states.filter(admits).sorted { $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) }
        switch sort {
        case .id: break
        case .amount: list.sort { ($0.totalInvestment, $1.project) < ($1.totalInvestment, $0.project) }
        case .signed: list.sort { ($0.signedDate!, $0.project) < ($1.signedDate!, $1.project) }
        case .name:
            list.sort { $0.name == $1.name ? $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        case .disbursed: list.sort { ($0.disbursed, $1.project) < ($1.disbursed, $0.project) }
        }
        if descending { list.reverse() }
        return list
    }

    func admits(_ p: ProjectState) -> Bool {
        p.isSigned && (group == nil || p.group == group) && (industry == nil || p.industry == industry)
            && (status == nil || p.status == status) && (minimum.map { p.totalInvestment >= $0 } ?? true)
            && (signedIn.map { q in p.signedDate.map(q.contains) == true } ?? true)
    }
}

/// One event of a project as `show` lists it: the record, the void that cancelled it, its file.
public struct ListedEvent: Sendable {
    public var record: RecordedEvent
    /// The sequence of the void that cancelled it, if any.
    public var voidedBy: UInt64?
    /// The name of the file of its batch.
    public var file: String
}

/// A project as `show` gives it: its state and every event.
public struct ProjectDetail: Sendable {
    /// Its state; not signed when its signing was voided.
    public var state: ProjectState
    /// Its name, from its state or, when its signing was voided, from the voided signing.
    public var name: String
    public var events: [ListedEvent]
}

extension LedgerService {
    /// The projects the query admits, in its order.
    public func projects(_ query: ProjectQuery = ProjectQuery()) throws -> [ProjectState] {
        query.select(try open(readOnly: true).allProjects())
    }

    /// One project's state and events; `RequestError.unknownProject` when it has none.
    public func project(_ id: String) throws -> ProjectDetail {
        let store = try open(readOnly: true)
        let events = try store.events(ofProject: id)
        guard !events.isEmpty else { throw RequestError(.unknownProject, ["project": id], kind: .notFound) }
        let state = try store.project(id) ?? ProjectState(project: id)
        let batches = try batchesById(store)
        let listed = try events.map { r in
            ListedEvent(record: r, voidedBy: try store.voidingSequence(ofEvent: r.event.id), file: batches[r.envelope.batch]?.fileName ?? "")
        }
        let name = state.isSigned ? state.name : (events.first { $0.event.kind == .signed }?.event.name ?? "")
        return ProjectDetail(state: state, name: name, events: listed)
    }
}
