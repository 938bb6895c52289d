public import Catalogue

/// Why an account operation was refused: a stable code and a catalogue phrase with its arguments.
public struct AccountError: BilingualError, Equatable {
    public enum Code: String, Sendable {
        case badName = "bad_account_name"
        case exists = "account_exists"
        case unknown = "unknown_account"
        case badPassword = "bad_password"
        case unreadable = "accounts_unreadable"
        case unwritable = "accounts_unwritable"
    }

    public let code: Code
    public let arguments: [String: String]

    public init(_ code: Code, _ arguments: [String: String] = [:]) {
        self.code = code
        self.arguments = arguments
    }

    /// One line in `language`, from `WebText`.
    public func message(_ language: Language) -> String {
        let text: WebText = switch code {
        case .badName: .accountBadName
        case .exists: .accountExists
        case .unknown: .accountUnknown
        case .badPassword: .accountBadPassword
        case .unreadable: .accountsUnreadable
        case .unwritable: .accountsUnwritable
        }
        return text.phrase.text(language, filling: arguments)
    }
}
