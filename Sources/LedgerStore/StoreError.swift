public import Ledger
public import Catalogue

/// Why the store refused to do something, as one line for people.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case notALedger = "not_a_ledger"
        case missing = "ledger_missing"
        case newerFormat = "newer_format"
        case corrupt = "corrupt"
        case recordedTimeBeforeHead = "recorded_before_head"
        case recordedTimeAhead = "recorded_time_ahead"
        case diskFull = "disk_full"
        case permission = "permission_denied"
        case storage = "storage"
        case tooManyEvents = "batch_events_max"
        case unknownEvent = "unknown_event"
        case rejected = "batch_rejected"
    }

    public let code: Code
    public let message: String
    /// For `rejected`: every problem found in the batch.
    public let problems: [RowProblem]
    /// The line in either language, for errors whose words are in the catalogue (`message` is the English one).
    public var localized: (@Sendable (Language) -> String)?

    public init(_ code: Code, _ message: String, problems: [RowProblem] = []) {
        self.code = code
        self.message = message
        self.problems = problems
    }

    public var description: String { message }
}
