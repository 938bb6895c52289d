internal import Foundation
public import Ledger
public import LedgerStore

/// The use cases behind every sealed output: fold the requested prefix of the log, compute the
/// figures, and seal them with that prefix's tree head.
///
/// One place, called by the CLI commands and by `check-report` (and, through `ReportPage`, the
/// web), so it moves into `LedgerService` in one step.
public enum LedgerFigures {
    /// The folded states of a request's prefix and the seal that names it.
    public struct Basis: Sendable {
        /// The prefix folded by month (`EventFold`), so that months are summarised as quarters are.
        public var fold: EventFold
        public var states: [String: ProjectState] { fold.states }
        public var seal: Seal
        /// The day alerts and cohorts are read on.
        public var asOf: BusinessDate
        public var zone: String
    }

    /// Folds events 1...N, N being `throughSequence`, else what `--as-known-at` took in, else the head.
    public static func basis(_ store: LedgerStore, _ request: FigureRequest) throws -> Basis {
        let seal = try seal(store, request)
        let fold = try store.foldByMonth(FoldFilter(asOf: request.asOf, throughSequence: seal.treeSize))
        return Basis(fold: fold, seal: seal, asOf: try BusinessDate.parse(seal.asOf), zone: try store.zone())
    }

    /// `compute()` and the seal of the prefix it read: computed again while an import committed in
    /// between (the log only grows, so an unchanged prefix size before and after is that prefix).
    ///
    /// For outputs read from the stored projections rather than from a fold of the sealed prefix.
    public static func pinned<T>(_ store: LedgerStore, _ request: FigureRequest, _ compute: () throws -> T) throws -> (T, Seal) {
        let filter = FoldFilter(knownAtMs: request.asKnownAtMs)
        var seal = try seal(store, request)
        var value = try compute()
        var tries = 0
        while tries < 20, try store.prefixSize(filter) != seal.treeSize {
            seal = try LedgerFigures.seal(store, request)
            value = try compute()
            tries += 1
        }
        return (value, seal)
    }

    /// The seal of a request: the prefix it takes in, its tree head, the day, the rules, the command.
    public static func seal(_ store: LedgerStore, _ request: FigureRequest) throws -> Seal {
        // The period as the ledger writes it (`2021年一季度` is `2021Q1`): one request, one seal.
        var request = request
        if let p = try? Period.parse(request.period) { request.period = p.description }
        let size = try request.throughSequence ?? store.prefixSize(FoldFilter(knownAtMs: request.asKnownAtMs))
        let digest = try store.storedDigest(at: size) ?? store.digest(at: size)
        let asOf = request.asOf ?? request.asKnownAtMs.map(chinaDay) ?? request.today
        let pinnedAt = request.asKnownAtMs ?? (size > 0 ? digest.recordedAtMs : nil)
        var seal = Seal(kind: request.kind, period: request.period, treeSize: size, treeHead: digest.treeHead.description,
                        asOf: asOf.description, asKnownAt: pinnedAt.map { Timestamp.iso($0) }, asOfGiven: request.asOf != nil,
                        rules: request.rules, command: command(request, asOf: asOf, pinnedAt: pinnedAt), options: request.options)
        seal.asKnownAtGiven = request.asKnownAtMs != nil
        return seal
    }

    /// Today in China time: the day alerts are read on when nothing else says.
    public static func today() -> BusinessDate { chinaDay(Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))) }

    /// The business day (China time) of a recorded time.
    public static func chinaDay(_ ms: Int64) -> BusinessDate {
        Timestamp.chinaDay(ms) ?? BusinessDate(year: 1970, month: 1, day: 1)!
    }

    /// `taizhang KIND PERIOD --as-of D --as-known-at T [--rules FILE]`: pinned to the prefix.
    static func command(_ r: FigureRequest, asOf: BusinessDate, pinnedAt: Int64?) -> String {
        var words = ["taizhang", r.kind]
        if !r.period.isEmpty { words.append(r.kind == "pipeline" ? "--signed-in" : r.period) }
        if !r.period.isEmpty && r.kind == "pipeline" { words.append(r.period) }
        if r.asOf != nil || r.kind == "pipeline" || r.kind == "report" { words += ["--as-of", asOf.description] }
        if let pinnedAt { words += ["--as-known-at", Timestamp.iso(pinnedAt)] }
        if r.rules != .builtIn { words += ["--rules", r.rulesPath ?? "RULES.json"] }
        for (k, v) in r.options.sorted(by: { $0.key < $1.key }) where !(k == "lang" && v == "zh") {
            words += v == "true" ? ["--" + k] : ["--" + k, v]   // a flag (`--explain`, `--descending`) takes no value
        }
        return words.map(shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { $0.value > 0x7F || "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/+=@,".unicodeScalars.contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A period's summary under the rule set (threshold, bands, counted kinds, new-project years, targets of its year).
    public static func summary(_ basis: Basis, period: Period, rules: RuleSet) throws -> PeriodSummary {
        try PeriodSummary.compute(period: period, rules: rules) { basis.fold.contributions($0) }
    }

    /// The cohort signed from `from` through `through`, read on the basis's day.
    public static func pipeline(_ basis: Basis, from: BusinessDate, through: BusinessDate, rules: RuleSet) -> Pipeline {
        Pipeline.compute(states: basis.states.values, from: from, through: through, asOf: basis.asOf, rules: rules)
    }

    /// Signings at or above the threshold in each of the eight quarters ending with `quarter`.
    public static func quarterSeries(_ basis: Basis, ending quarter: Quarter, rules: RuleSet) -> [(quarter: Quarter, count: Int, total: Money)] {
        (0..<8).reversed().map { back in
            let q = Quarter(index: quarter.index - back)
            let signed = basis.states.values.filter { s in
                s.signedDate.map { q.contains($0) } == true && s.signedAmount >= rules.threshold
            }
            return (q, signed.count, Money(fen: signed.reduce(0) { $0 + $1.signedAmount.fen }))
        }
    }
}
