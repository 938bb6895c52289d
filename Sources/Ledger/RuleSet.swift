/// The counting rules (统计口径) a figure is computed under: what varies between years and provinces.
///
/// A report names its rule set (and the SHA-256 of its canonical bytes, see `RuleSet+JSON`),
/// so the same ledger read under other rules gives other figures visibly, never silently.
/// Schema `taizhang.rules/1`; every key is documented in the README's "Rule sets".
public struct RuleSet: Sendable, Hashable {
    /// What 履约率 counts as fulfilled (the definition differs from zone to zone).
    public enum Fulfilment: String, Sendable, Hashable, CaseIterable {
        /// Landed: construction started or any money in place (the common definition).
        case startedOrDisbursed = "started_or_disbursed"
        case started
        case disbursed
        case commissioned
    }

    /// Months after a reference date at which a late project turns yellow, then red.
    public struct Lights: Sendable, Hashable {
        public var yellowMonths: Int
        public var redMonths: Int

        public init(yellowMonths: Int, redMonths: Int) {
            self.yellowMonths = yellowMonths
            self.redMonths = redMonths
        }
    }

    /// A year's attraction targets: at least `count` projects signed at `min` or more.
    public struct Target: Sendable, Hashable {
        public var year: Int
        public var min: Money
        public var count: Int

        public init(year: Int, min: Money, count: Int) {
            self.year = year
            self.min = min
            self.count = count
        }
    }

    public var name: String
    /// Smallest signing counted (亿元以上: 1亿元).
    public var threshold: Money
    /// The bands "其中, 投资 X 以上" counts, ascending.
    public var bands: [Money]
    /// A project is new (新签) in a year when signed in that year or the `newProjectYears - 1`
    /// years before; older ones are continuing (续建). 1: the calendar year only.
    public var newProjectYears: Int
    /// The kinds whose events count in the figures. Without `revised`, money signed is the
    /// signing's amount; with it, the total after revisions. Without `terminated`, a
    /// terminated project leaves the cohort; with it, it stays in (signed) and is never alerted.
    public var countedKinds: Set<EventKind>
    public var fulfilment: Fulfilment
    /// Signed and not started: counted from the signing (or a planned start where known).
    public var notStarted: Lights
    /// Started and not commissioned: counted from the start.
    public var notCommissioned: Lights
    public var targets: [Target]

    public init(name: String, threshold: Money, bands: [Money], newProjectYears: Int, countedKinds: Set<EventKind>,
                fulfilment: Fulfilment, notStarted: Lights, notCommissioned: Lights, targets: [Target]) {
        self.name = name
        self.threshold = threshold
        self.bands = bands
        self.newProjectYears = newProjectYears
        self.countedKinds = countedKinds
        self.fulfilment = fulfilment
        self.notStarted = notStarted
        self.notCommissioned = notCommissioned
        self.targets = targets
    }

    /// The built-in rules: the newsletter's 亿元以上 and bands, the 2021 "152" targets, and
    /// lights at 6/12 months without a start and 24/36 months without commissioning.
    public static let builtIn = RuleSet(
        name: "taizhang-default-2021",
        threshold: .yi,
        bands: [.yi(20), .yi(50), .yi(100)],
        newProjectYears: 1,
        countedKinds: [.signed, .disbursed, .started, .commissioned, .revised, .terminated],
        fulfilment: .startedOrDisbursed,
        notStarted: Lights(yellowMonths: 6, redMonths: 12),
        notCommissioned: Lights(yellowMonths: 24, redMonths: 36),
        targets: [Target(year: 2021, min: .yi(100), count: 1), Target(year: 2021, min: .yi(50), count: 3), Target(year: 2021, min: .yi(20), count: 6)])

    /// The kinds a rule set may list: every kind but `void`, which is never a figure.
    public static let countableKinds: [EventKind] = [.signed, .disbursed, .started, .commissioned, .revised, .terminated]

    /// The targets of `year`, as `PeriodSummary.compute` takes them.
    public func targets(year: Int) -> [(min: Money, count: Int)] {
        targets.filter { $0.year == year }.map { ($0.min, $0.count) }
    }

    /// Whether a project signed on `signed` counts as new (新签) in `year`.
    public func isNew(signed: BusinessDate, in year: Int) -> Bool {
        PeriodSummary.isNew(signed: signed, in: year, newProjectYears: newProjectYears)
    }

    public func counts(_ kind: EventKind) -> Bool { countedKinds.contains(kind) }
}
