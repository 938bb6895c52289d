/// A period's investment-attraction figures, computed from per-project contributions to its parts.
///
/// Pure: the same contributions give the same summary, whether they come from the stored
/// projections or from a fold of part of the log (time travel).
public struct PeriodSummary: Sendable {
    public struct Signed: Sendable, Hashable {
        public var project: String
        public var name: String
        public var group: String
        public var industry: String
        public var amount: Money
        public var date: BusinessDate
        public var sequence: UInt64
    }

    public struct Band: Sendable {
        public var min: Money
        public var projects: [Signed]
        public var count: Int { projects.count }
        public var total: Money { Money(fen: projects.reduce(0) { $0 + $1.amount.fen }) }
    }

    public struct Share: Sendable {
        public var key: String
        public var count: Int
        public var total: Money
    }

    /// The figures of one part (a quarter or a month), or of several put end to end.
    ///
    /// `disbursed` holds one entry per project and part with money in it: sum it, never count it.
    public struct Figures: Sendable {
        public var signed: [Signed] = []
        public var started: [PeriodContribution] = []
        public var commissioned: [PeriodContribution] = []
        public var terminated: [PeriodContribution] = []
        public var disbursed: [PeriodContribution] = []
        public var signedTotal: Money { Money(fen: signed.reduce(0) { $0 + $1.amount.fen }) }

        /// Puts `next`'s lists after these, as the next part's.
        ///
        /// An empty list takes the next one's storage as it is: a quarter's figures are its
        /// part's, shared rather than copied contribution by contribution.
        mutating func append(_ next: Figures) {
            Self.append(next.signed, to: &signed); Self.append(next.started, to: &started)
            Self.append(next.commissioned, to: &commissioned); Self.append(next.terminated, to: &terminated)
            Self.append(next.disbursed, to: &disbursed)
        }

        private static func append<T>(_ next: [T], to list: inout [T]) {
            if list.isEmpty { list = next } else { list += next }
        }
        public var disbursedTotal: Money { Money(fen: disbursed.reduce(0) { $0 + $1.disbursed.fen }) }
    }

    public struct TargetProgress: Sendable {
        public var min: Money
        public var target: Int
        /// The signings of the year to date at or above `min`, whatever the threshold.
        public var projects: [Signed]
        public var actual: Int { projects.count }
    }

    public var period: Period
    public var threshold: Money
    public var current: Figures
    public var bands: [Band]
    public var byGroup: [Share]
    public var byIndustry: [Share]
    /// Disbursed in the period to projects signed in the same year, and to older (续建) ones.
    public var disbursedNew: Money
    public var disbursedContinuing: Money
    public var yearToDate: Figures
    public var previousYear: Figures
    public var targets: [TargetProgress]
    /// A project signed in the period's year or the `newProjectYears - 1` before is new (新签).
    public var newProjectYears: Int = 1

    /// Whether a project signed on `signed` is new (新签) in `year`, else continuing (续建).
    public func isNew(signed: BusinessDate, in year: Int) -> Bool {
        PeriodSummary.isNew(signed: signed, in: year, newProjectYears: newProjectYears)
    }

    static func isNew(signed: BusinessDate, in year: Int, newProjectYears: Int) -> Bool {
        signed.year <= year && year - signed.year < newProjectYears
    }

    /// The quarter summed up, when the period is one.
    public var quarter: Quarter? { period.quarter }

    /// The default bands, as the newsletter and the year's targets count them.
    public static let defaultBands: [Money] = [.yi(20), .yi(50), .yi(100)]

    /// Builds the summary; `contributions(p)` gives the contributions to `p`, one of the
    /// period's `parts` (a quarter or a month), of its year to date or of a year earlier.
    ///
    /// Every figure is the figures of the parts put end to end, each part's in the order of
    /// its own (a quarter's signings by sequence, then the next quarter's): so a quarter's
    /// summary is what it always was, and a half or a year lists its quarters in turn.
    /// Bands below the threshold are left out: "其中" counts among the projects signed at or
    /// above the threshold, so a band under it would count only part of what its name says.
    /// Target progress counts every signing of the year to date in each target band, whatever
    /// the threshold, because a target is about projects of that size.
    public static func compute(
        period: Period, threshold: Money = .yi, bands: [Money] = defaultBands,
        targets: [(min: Money, count: Int)] = [], newProjectYears: Int = 1, contributions: (Period) throws -> [PeriodContribution]
    ) throws -> PeriodSummary {
        var fetched: [Period: [PeriodContribution]] = [:]
        for p in period.yearToDate + period.previousYear.parts { fetched[p] = try contributions(p) }
        // Every total below is a sum of Int64 fen; refuse, rather than trap, when the year's
        // figures cannot be counted in Int64 (it takes some 92,000 signings of 1万亿元).
        for parts in [period.yearToDate, period.previousYear.parts] {
            var signed: Int128 = 0, disbursed: Int128 = 0
            for part in parts {
                for c in fetched[part]! {
                    signed += Int128(c.signedAmount.fen)
                    disbursed += Int128(c.disbursed.fen)
                }
            }
            if signed > Int128(Int64.max) || disbursed > Int128(Int64.max) { throw SummaryOverflow(period: period) }
        }
        // Each part's figures once: a quarter is its own year to date's first part (or all of it).
        var partFigures: [Period: Figures] = [:]
        func figuresOf(_ parts: [Period]) -> Figures {
            var all = Figures()
            for p in parts {
                let f = partFigures[p] ?? figures(fetched[p]!, threshold: threshold)
                partFigures[p] = f
                all.append(f)
            }
            return all
        }
        let current = figuresOf(period.parts)
        let ytd = figuresOf(period.yearToDate)
        let signedYearToDate = period.yearToDate.flatMap { signings(fetched[$0]!, threshold: .zero) }
        let previous = figuresOf(period.previousYear.parts)
        let bandList = bands.filter { $0 >= threshold }.sorted().map { min in
            Band(min: min, projects: current.signed.filter { $0.amount >= min })
        }
        var disbursedNew: Int64 = 0, disbursedOld: Int64 = 0
        for c in current.disbursed {
            if isNew(signed: c.signedDate, in: period.year, newProjectYears: newProjectYears) {
                disbursedNew += c.disbursed.fen
            } else {
                disbursedOld += c.disbursed.fen
            }
        }
        let progress = targets.map { t in
            TargetProgress(min: t.min, target: t.count, projects: signedYearToDate.filter { $0.amount >= t.min })
        }
        return PeriodSummary(
            period: period, threshold: threshold, current: current, bands: bandList,
            byGroup: shares(current.signed) { $0.group }, byIndustry: shares(current.signed) { $0.industry },
            disbursedNew: Money(fen: disbursedNew), disbursedContinuing: Money(fen: disbursedOld),
            yearToDate: ytd, previousYear: previous, targets: progress, newProjectYears: newProjectYears)
    }

    /// The figures of several parts, one after the other.
    static func figures(_ parts: [[PeriodContribution]], threshold: Money) -> Figures {
        var all = Figures()
        for part in parts { all.append(figures(part, threshold: threshold)) }
        return all
    }

    static func figures(_ contributions: [PeriodContribution], threshold: Money) -> Figures {
        var f = Figures()
        f.signed = signings(contributions, threshold: threshold)
        // Each list at its size from the start: grown by doubling, they were copied and faulted in again and again.
        var counts = (0, 0, 0, 0)
        for c in contributions {
            if c.isStart { counts.0 += 1 }
            if c.isCommissioning { counts.1 += 1 }
            if c.terminated { counts.2 += 1 }
            if c.disbursed.fen != 0 { counts.3 += 1 }
        }
        f.started.reserveCapacity(counts.0); f.commissioned.reserveCapacity(counts.1)
        f.terminated.reserveCapacity(counts.2); f.disbursed.reserveCapacity(counts.3)
        for c in contributions {
            if c.isStart { f.started.append(c) }
            if c.isCommissioning { f.commissioned.append(c) }
            if c.terminated { f.terminated.append(c) }
            if c.disbursed.fen != 0 { f.disbursed.append(c) }
        }
        f.started.sortUnlessSorted { $0.startedSequence < $1.startedSequence }
        f.commissioned.sortUnlessSorted { $0.commissionedSequence < $1.commissionedSequence }
        f.terminated.sortUnlessSorted { $0.project.utf8Precedes($1.project) }
        f.disbursed.sortUnlessSorted { $0.project.utf8Precedes($1.project) }
        return f
    }

    /// A part's signings at or above `threshold`, by sequence.
    static func signings(_ contributions: [PeriodContribution], threshold: Money) -> [Signed] {
        var signed: [Signed] = []
        for c in contributions where c.isSigning && c.signedAmount >= threshold {
            signed.append(Signed(project: c.project, name: c.name, group: c.group, industry: c.industry,
                                 amount: c.signedAmount, date: c.signedDate, sequence: c.signedSequence))
        }
        signed.sortUnlessSorted { $0.sequence < $1.sequence }
        return signed
    }

    static func shares(_ signed: [Signed], key: (Signed) -> String) -> [Share] {
        var order: [String] = []
        var totals: [String: (Int, Int64)] = [:]
        for s in signed {
            let k = key(s).isEmpty ? "—" : key(s)
            if totals[k] == nil { order.append(k) }
            totals[k, default: (0, 0)].0 += 1
            totals[k, default: (0, 0)].1 += s.amount.fen
        }
        return order.map { Share(key: $0, count: totals[$0]!.0, total: Money(fen: totals[$0]!.1)) }
            .sorted { ($0.total.fen, $1.key) > ($1.total.fen, $0.key) }
    }

    /// Change from `old` to `new` in percent, exact to two decimals (rounded half away from zero); nil when `old` is zero.
    ///
    /// Computed in 128 bits: a quarter's totals reach 10^15 fen with ten signings of the
    /// largest amount, and times 10,000 that overflows 64 bits. Nil also when the change is
    /// beyond what 64 bits of hundredths hold (a total grown 10^14-fold).
    public static func percentChange(from old: Int64, to new: Int64) -> String? {
        guard old != 0 else { return nil }
        let (difference, overflow) = new.subtractingReportingOverflow(old)
        guard !overflow, let hundredths = roundedHundredths(difference.magnitude, over: old.magnitude) else { return nil }
        let negative = (difference < 0) != (old < 0) && hundredths != 0
        return ExactDecimal.string(negative ? -hundredths : hundredths, exponent: 2) + "%"
    }

    /// `part` as a percentage of `whole`, exact to two decimals (rounded half up); nil when `whole` is zero.
    public static func percent(_ part: Int64, of whole: Int64) -> String? {
        guard whole > 0, part >= 0, let hundredths = roundedHundredths(part.magnitude, over: whole.magnitude) else { return nil }
        return ExactDecimal.string(hundredths, exponent: 2) + "%"
    }

    /// `numerator × 10,000 / denominator` rounded half up (on magnitudes: half away from zero),
    /// in 128 bits; nil when it does not fit an `Int64`.
    static func roundedHundredths(_ numerator: UInt64, over denominator: UInt64) -> Int64? {
        let wide = numerator.multipliedFullWidth(by: 10_000)
        guard wide.high < denominator else { return nil }
        let (quotient, remainder) = denominator.dividingFullWidth(wide)
        let up: UInt64 = remainder >= denominator - remainder ? 1 : 0
        guard quotient < UInt64(Int64.max) else { return nil }
        return Int64(quotient + up)
    }
}

/// A period whose figures add up past what Int64 fen can hold.
public struct SummaryOverflow: Error, Sendable {
    public let period: Period
}
