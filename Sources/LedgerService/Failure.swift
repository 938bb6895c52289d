public import Catalogue
public import Ledger
internal import LedgerStore
internal import LedgerImport

/// Any error of a use case, as a front end shows it: one line in the person's language, a
/// stable code, and what kind of failure it is (which exit status, which HTTP status).
public struct Failure: Error, Sendable {
    public enum Kind: Sendable {
        /// Something went wrong in the ledger or the machine (exit 1, HTTP 500).
        case error
        /// The request was not one the service can take (exit 2, HTTP 400).
        case badInput
        /// What was asked for is not there (exit 2, HTTP 404).
        case notFound
        /// The event a request names is not in the ledger (exit 1, HTTP 404).
        case noSuchEvent
        /// Rows or an event were refused; nothing was written (exit 3, HTTP 422).
        case rejected
        /// The log or a proof does not verify (exit 4, HTTP 409).
        case verifyFailed
    }

    public let kind: Kind
    /// A stable code for scripts: `ledger_missing`, `unknownProject`, `corrupt`, …
    public let code: String
    /// For `rejected`: every problem, one line each.
    public let problems: [RowProblem]
    /// True when the log's chain or records do not hold and the message does not say so itself:
    /// commands that walk the chain put "the log does not verify" before it.
    public let isCorrupt: Bool
    private let render: @Sendable (Language) -> String

    init(kind: Kind, code: String, problems: [RowProblem] = [], isCorrupt: Bool = false, render: @escaping @Sendable (Language) -> String) {
        self.kind = kind
        self.code = code
        self.problems = problems
        self.isCorrupt = isCorrupt
        self.render = render
    }

    /// The one line for people.
    public func message(_ language: Language) -> String { render(language) }

    /// What `error`, thrown by a use case, is to a person.
    public init(_ error: Error) {
        switch error {
        case let e as Failure:
            self = e
        case let e as RequestError:
            let kind: Kind = switch e.kind { case .badInput: .badInput; case .notFound: .notFound; case .noSuchEvent: .noSuchEvent; case .verifyFailed: .verifyFailed }
            self.init(kind: kind, code: e.code) { e.message($0) }
        case let e as Rejection:
            self.init(kind: .rejected, code: "rejected", problems: e.problems) { language in
                ServiceText.rejected.text(language, ["count": String(e.problems.count)])
            }
        case let e as StoreError:
            // A ledger that does not hold (damaged file, record or index) is a failed verification.
            let kind: Kind = e.code == .rejected ? .rejected : e.code == .corrupt ? .verifyFailed : .error
            self.init(kind: kind, code: e.code.rawValue, problems: e.problems,
                      isCorrupt: e.code == .corrupt && e.localized == nil) { e.message($0) }
        case let e as InputError:
            self.init(kind: .badInput, code: e.problem.code) { e.problem.message($0) }
        case let e as CodecError:
            self.init(kind: .verifyFailed, code: "undecodable", isCorrupt: true) { ServiceText.undecodable.text($0, ["detail": e.message($0)]) }
        case let e as any FailureConvertible:
            self = e.failure
        default:
            let text = String(describing: error)
            self.init(kind: .error, code: "error") { _ in text }
        }
    }
}
