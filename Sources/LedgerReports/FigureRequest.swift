public import Ledger

/// What a person asks figures for: the period, the two time axes, the rule set, and (for
/// `check-report`) the exact log prefix.
///
/// The CLI and the web both build one and hand it to `LedgerFigures`; the seal written with
/// the figures holds the same values, so `check-report` rebuilds the request from the file.
public struct FigureRequest: Sendable {
    /// `summary`, `pipeline`, `report` or `projects`.
    public var kind: String
    /// The period as typed (`2021Q1`, `2021`).
    public var period: String
    public var asOf: BusinessDate?
    public var asKnownAtMs: Int64?
    public var rules: RuleSet
    /// Where the rules came from (`--rules FILE`), for the reproducing command.
    public var rulesPath: String?
    /// Set by `check-report`: fold exactly events 1...throughSequence.
    public var throughSequence: UInt64?
    /// The day alerts are read on when neither `--as-of` nor `--as-known-at` says.
    public var today: BusinessDate
    /// Kind-specific options that change the figures (the `projects` filters), as typed.
    public var options: [String: String]

    public init(kind: String, period: String, asOf: BusinessDate? = nil, asKnownAtMs: Int64? = nil, rules: RuleSet = .builtIn,
                rulesPath: String? = nil, throughSequence: UInt64? = nil, today: BusinessDate, options: [String: String] = [:]) {
        self.kind = kind
        self.period = period
        self.asOf = asOf
        self.asKnownAtMs = asKnownAtMs
        self.rules = rules
        self.rulesPath = rulesPath
        self.throughSequence = throughSequence
        self.today = today
        self.options = options
    }
}

