import Foundation
import Ledger
import LedgerStore
import Testing
import TestSupport

/// Any sequence of valid events, imported in any split into batches (some batches starting
/// with events the one before already landed, which count as duplicates), gives the same
/// projections, quarter contributions, summaries and folds as the whole sequence in one
/// batch. Seeded: a failure names its seed and split, and reruns the same.
@Suite struct SplitImportPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
    static let splitsPerSeed = 3

    @Test(arguments: seeds) func anySplitIntoBatchesGivesTheSameProjectionsAndSummaries(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed &* 0x2545_F491_4F6C_DD1D)
        let count = Int.random(in: 40...600, using: &rng)
        let events = SyntheticEvents.make(count: count, projectsMax: Int.random(in: 2...60, using: &rng), seed: seed)
        let whole = try temporaryLedger()
        try whole.land(events, file: "whole.jsonl")
        let expected = try LedgerSnapshot(whole)
        #expect(try whole.verify().ok)

        for split in 0..<Self.splitsPerSeed {
            let batches = Self.randomSplit(events, using: &rng)
            let store = try temporaryLedger()
            var duplicates: UInt64 = 0
            for (i, batch) in batches.enumerated() {
                let day = String(format: "%02d", i % 28 + 1)
                let outcome = try store.land(batch, file: "part-\(split)-\(i).jsonl", recordedAt: "2022-\(String(format: "%02d", i / 28 + 1))-\(day)T12:00:00+08:00")
                duplicates += outcome.duplicates
            }
            let what = "seed \(seed), split \(split): \(batches.map(\.count)) events per batch"
            #expect(try LedgerSnapshot(store) == expected, "\(what)")
            #expect(try store.head().sequence == UInt64(count), "\(what)")
            #expect(duplicates == UInt64(batches.reduce(0) { $0 + $1.count } - count), "\(what)")
            let report = try store.verify()
            #expect(report.ok, "\(what): \(report.failures)")
        }
    }

    @Test func theGeneratorMakesEveryKindOfEvent() {
        let kinds = Set(Self.seeds.flatMap { SyntheticEvents.make(count: 400, projectsMax: 30, seed: $0).map(\.kind) })
        #expect(kinds == Set(EventKind.allCases))
    }

    /// Cuts `events` into 1…20 consecutive batches; a batch may begin with the last few events
    /// of the batch before it again.
    static func randomSplit(_ events: [Event], using rng: inout SeededGenerator) -> [[Event]] {
        let pieces = Int.random(in: 1...min(20, events.count), using: &rng)
        let cuts = Set((1..<pieces).map { _ in Int.random(in: 1..<events.count, using: &rng) }).sorted()
        var batches: [[Event]] = []
        var start = 0
        for end in cuts + [events.count] where end > start {
            let overlap = start > 0 && Bool.random(using: &rng) ? Int.random(in: 1...min(5, start), using: &rng) : 0
            batches.append(Array(events[(start - overlap)..<end]))
            start = end
        }
        return batches
    }
}

/// What a ledger says about its projects, independent of how its events were batched.
struct LedgerSnapshot: Equatable {
    var projects: [ProjectState]
    var contributions: [[PeriodContribution]]
    var summaries: [String]
    var fold: [String: ProjectState]
    var foldAsOf: [String: ProjectState]

    static let quarters = (2019 * 4..<2026 * 4).map(Quarter.init(index:))

    init(_ store: LedgerStore) throws {
        projects = try store.allProjects()
        contributions = try Self.quarters.map { try store.contributions(quarter: $0).sorted { $0.project < $1.project } }
        summaries = try Self.quarters.map { q in
            Self.figures(try store.summary(Period(q), targets: [(.yi(20), 3)]))
        }
        fold = try store.fold()
        foldAsOf = try store.fold(FoldFilter(asOf: BusinessDate(year: 2020, month: 6, day: 30)!))
    }

    /// The figures a quarter's summary prints, as one line.
    static func figures(_ s: PeriodSummary) -> String {
        func line(_ f: PeriodSummary.Figures) -> String {
            "\(f.signed.map(\.project)) \(f.signedTotal.fen) \(f.started.count) \(f.commissioned.count) \(f.terminated.count) \(f.disbursedTotal.fen)"
        }
        return [
            line(s.current), line(s.yearToDate), line(s.previousYear),
            s.bands.map { "\($0.count):\($0.total.fen)" }.joined(separator: ","),
            s.byGroup.map { "\($0.key):\($0.count):\($0.total.fen)" }.joined(separator: ","),
            s.byIndustry.map { "\($0.key):\($0.count):\($0.total.fen)" }.joined(separator: ","),
            "\(s.disbursedNew.fen) \(s.disbursedContinuing.fen)", s.targets.map { "\($0.actual)" }.joined(separator: ","),
        ].joined(separator: " | ")
    }
}
