/// A person who may sign in: a name, a role and a bcrypt hash of the password, never the password.
public struct Account: Sendable, Codable, Equatable {
    public var name: String
    public var role: Role
    /// `$2b$…` as hummingbird-auth's `Bcrypt.hash` writes it.
    public var bcrypt: String
    /// When the account was made or its password last set, ISO 8601.
    public var changedAt: String

    public init(name: String, role: Role, bcrypt: String, changedAt: String) {
        self.name = name
        self.role = role
        self.bcrypt = bcrypt
        self.changedAt = changedAt
    }

    enum CodingKeys: String, CodingKey {
        case name, role, bcrypt
        case changedAt = "changed_at"
    }

    /// A name is 1–64 letters, digits, `.`, `_` or `-` (Chinese names included): it is shown in
    /// pages and logs, so it carries no spaces, quotes or control characters.
    public static func isValidName(_ name: String) -> Bool {
        guard (1...64).contains(name.count) else { return false }
        return name.unicodeScalars.allSatisfy { s in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-"
        }
    }
}
