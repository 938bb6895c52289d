public import Catalogue

/// A request the service cannot carry out as asked: an unknown project, a file it cannot read,
/// a digest that is not one. One line for people, in either language, and a stable code.
public struct RequestError: BilingualError {
    /// How a front end should take it: bad input (exit 2, HTTP 400), a project that is not
    /// there (exit 2, HTTP 404), an event that is not there (exit 1, HTTP 404), or a failed
    /// verification (exit 4, HTTP 409).
    public enum Kind: Sendable { case badInput, notFound, noSuchEvent, verifyFailed }

    public let text: ServiceText
    public let arguments: [String: String]
    public let kind: Kind

    public init(_ text: ServiceText, _ arguments: [String: String] = [:], kind: Kind = .badInput) {
        self.text = text
        self.arguments = arguments
        self.kind = kind
    }

    /// The stable code, for scripts and JSON: the phrase's key.
    public var code: String { text.rawValue }

    public func message(_ language: Language) -> String {
        text.text(language, filling: arguments)
    }
}
