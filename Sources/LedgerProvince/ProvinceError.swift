public import Catalogue

/// Why a province operation stopped: a stable code, the origin and sequence it is about, and one
/// line in either language (the catalogue's `ProvinceText` and `ProvinceErrorText`).
public struct ProvinceError: BilingualError {
    public enum Code: String, Sendable {
        /// The server cannot be reached, or the URL is not one.
        case unreachable
        /// The server failed or went away during the work; its transaction was rolled back.
        case failed
        /// The zone rewrote what it had published: `sequence` is the first that differs.
        case rewritten
        /// The first new event does not link to the stored one before it.
        case brokenChain
        /// The new checkpoint does not extend the last stored one.
        case notExtending
        /// A stored row, chain or checkpoint does not verify.
        case verifyFailed
        /// Bad input: a URL, a period, a keys file.
        case badInput
    }

    public var code: Code
    public var origin: String
    public var sequence: UInt64
    private let render: @Sendable (Language) -> String

    public init(_ code: Code, origin: String = "", sequence: UInt64 = 0, render: @escaping @Sendable (Language) -> String) {
        self.code = code
        self.origin = origin
        self.sequence = sequence
        self.render = render
    }

    public init<B: Phrasebook>(_ code: Code, origin: String = "", sequence: UInt64 = 0, _ text: B, _ arguments: [String: String] = [:]) {
        self.init(code, origin: origin, sequence: sequence) { text.text($0, filling: arguments) }
    }

    /// A row, chain or checkpoint of `origin` that does not verify at `sequence`, and why.
    public static func notVerified(_ origin: String, _ sequence: UInt64, _ reason: ProvinceErrorText, _ arguments: [String: String] = [:]) -> ProvinceError {
        notVerified(origin, sequence) { reason.text($0, filling: arguments) }
    }

    public static func notVerified(_ origin: String, _ sequence: UInt64, _ reason: @escaping @Sendable (Language) -> String) -> ProvinceError {
        ProvinceError(.verifyFailed, origin: origin, sequence: sequence) { language in
            ProvinceText.provinceVerifyFailed.text(language, filling: ["origin": origin, "sequence": String(sequence), "detail": reason(language)])
        }
    }

    /// The line in `language`.
    public func message(_ language: Language) -> String { render(language) }
}
