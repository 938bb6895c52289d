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

/// A span of business dates named as people write it: a quarter (`2021Q1`) or a year (`2021`).
///
/// Stands in until the `Period` of the `words` branch is on main; then this parses through it.
public struct DateSpan: Sendable, Hashable {
    public var first: BusinessDate
    public var last: BusinessDate
    /// The quarter, when the span is one.
    public var quarter: Quarter?

    public init?(_ text: String) {
        if let q = Quarter(text) {
            self.first = q.first
            self.last = q.last
            self.quarter = q
        } else if text.count == 4, let y = Int(text), let f = BusinessDate(year: y, month: 1, day: 1), let l = BusinessDate(year: y, month: 12, day: 31) {
            self.first = f
            self.last = l
            self.quarter = nil
        } else {
            return nil
        }
    }
}
