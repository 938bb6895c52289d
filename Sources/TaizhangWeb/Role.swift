/// What a person may do on the web: every role reads, only the roles named change or export.
///
/// The roles are the issue's: a clerk (录入员) imports and voids, an analyst (分析员) exports
/// reports, an auditor (审计员) verifies, proves, exports events and reads batches, an admin
/// (管理员) keeps accounts. A route group names the permission it needs, never a role, so that
/// who may do what is decided here once.
public enum Role: String, Sendable, CaseIterable, Codable {
    case clerk, analyst, auditor, admin

    /// Something a route group needs.
    public enum Permission: String, Sendable, CaseIterable {
        case read, importEvents, void, exportReports, audit, manageUsers
    }

    public func may(_ permission: Permission) -> Bool {
        switch permission {
        case .read: true
        case .importEvents, .void: self == .clerk
        case .exportReports: self == .analyst || self == .auditor
        case .audit: self == .auditor
        case .manageUsers: self == .admin
        }
    }

    /// The roles that hold `permission`, for the page that says which role is needed.
    public static func holding(_ permission: Permission) -> [Role] {
        allCases.filter { $0.may(permission) }
    }
}
