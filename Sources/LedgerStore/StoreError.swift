public import Ledger
public import Catalogue

/// Why the store refused to do something: a stable code, one line in either language, the place
/// (the ledger's path, the sequence where there is one) and the cause (LMDB's error, kept whole).
///
/// Every LMDB error leaves the store as one of these (`LedgerStore.translate`), so no caller
/// needs to know LMDB exists.
public struct StoreError: BilingualError {
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
    /// The English line, for logs and scripts that read English.
    public let message: String
    /// For `rejected`: every problem found in the batch.
    public let problems: [RowProblem]
    /// The ledger (or backup folder) the error is about, when it is about one.
    public var path: String?
    /// The sequence of the event it is about, when it is about one.
    public var sequence: UInt64?
    /// What went wrong underneath (an LMDB error, a decoding error, a file system error).
    public var cause: (any Error & Sendable)?
    /// The line in either language (`message` is the English one).
    public var localized: (@Sendable (Language) -> String)?

    /// An error whose words are in the catalogue (`StoreText`); `chinese` overrides arguments
    /// that have words of their own in Chinese (a rule violation's reason).
    public init(_ code: Code, _ text: StoreText, _ arguments: [String: String] = [:], chinese: [String: String] = [:],
                path: String? = nil, sequence: UInt64? = nil, cause: (any Error & Sendable)? = nil, problems: [RowProblem] = []) {
        var all = arguments
        if let path { all["path"] = all["path"] ?? path }
        if let sequence { all["sequence"] = all["sequence"] ?? String(sequence) }
        let zh = all.merging(chinese) { _, c in c }
        self.code = code
        self.message = text.text(.en, filling: all)
        self.problems = problems
        self.path = path
        self.sequence = sequence
        self.cause = cause
        self.localized = { [all] language in text.text(language, filling: language.isChinese ? zh : all) }
    }

    /// An error whose line is the same in both languages. For words not yet in the catalogue only.
    public init(_ code: Code, _ message: String, problems: [RowProblem] = []) {
        self.code = code
        self.message = message
        self.problems = problems
    }

    /// The line in `language`: the catalogue's words where there are some, else the English line.
    public func message(_ language: Language) -> String { localized?(language) ?? message }
}
