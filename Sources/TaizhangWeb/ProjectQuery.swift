public import Ledger

/// The `projects` command's filters and sorts, from a page's query string.
public struct ProjectQuery: Sendable {
    public var name: String?
    public var group: String?
    public var industry: String?
    public var status: ProjectStatus?
    public var minimum: Money?
    public var signedIn: Period?
    public var sort = "id"
    public var descending = false

    public static let sorts = ["id", "amount", "signed", "name", "disbursed"]

    public init() {}

    func matches(_ p: ProjectState) -> Bool {
        p.isSigned && (group == nil || p.group == group) && (industry == nil || p.industry == industry)
            && (status == nil || p.status == status) && (minimum == nil || p.totalInvestment >= minimum!)
            && (signedIn == nil || p.signedDate.map { signedIn!.contains($0) } == true)
            && (name == nil || p.name.localizedStandardContainsFree(name!) || p.project.localizedStandardContainsFree(name!))
    }

    /// Filtered and sorted as `taizhang projects --sort K [--descending]` does.
    public func apply(_ all: [ProjectState]) -> [ProjectState] {
        var list = all.filter(matches)
        switch sort {
        case "amount": list.sort { ($0.totalInvestment, $1.project) < ($1.totalInvestment, $0.project) }
        case "signed": list.sort { ($0.signedDate!, $0.project) < ($1.signedDate!, $1.project) }
        case "name": list.sort { $0.name == $1.name ? $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        case "disbursed": list.sort { ($0.disbursed, $1.project) < ($1.disbursed, $0.project) }
        default: break
        }
        if descending { list.reverse() }
        return list
    }
}

extension String {
    /// Case-insensitive containment without Foundation's locale machinery.
    func localizedStandardContainsFree(_ part: String) -> Bool {
        lowercased().contains(part.lowercased())
    }
}
