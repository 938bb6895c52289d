internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerStore
internal import LedgerReports

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "A period's investment-attraction figures (a quarter, half, year or month), in the newsletter's words.",
        discussion: """
        Without --as-of or --as-known-at the figures come from the projections kept in the ledger. \
        --as-known-at reproduces what the ledger could have printed at that recorded time (a figure \
        as published); --as-of keeps only events whose business date is on or before that day.
        """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The period: 2021Q1 or 2021年一季度, 2021H1 or 2021年上半年, 2021 or 2021年, 2021-03 or 2021年3月.") var period: String
    @Option(help: "Smallest signing counted (default 1亿元).") var threshold: String = "1亿元"
    @Option(help: "Only events with a business date on or before this day (YYYY-MM-DD).") var asOf: String?
    @Option(help: "Only events recorded at or before this time (ISO 8601 with offset, or a date = end of that day, China time).")
    var asKnownAt: String?
    @Option(help: "A targets file (JSON, see Fixtures/targets-2021.json) for progress against the year's targets.")
    var targets: String?
    @Flag(help: "Machine-readable output (schema taizhang.summary/1).") var json = false
    @Flag(help: "CSV for spreadsheets.") var csv = false
    @Flag(help: "List the events behind every number (with --json: disbursed.events and terminated.events).") var explain = false

    func run() throws {
        try Console.guarded {
            if explain && csv { throw UsageError("--explain lists events as text or with --json; it does not go with --csv") }
            let language = output.language
            let p = try Period.argument(period, language)
            let minimum: Money
            do { minimum = try Money.parse(threshold) } catch let error as MoneyParseError { throw UsageError("--threshold \(threshold): \(error.message(language))") }
            var filter = FoldFilter()
            if let asOf {
                do { filter.asOf = try BusinessDate.parse(asOf) } catch let error as DateParseError { throw UsageError("--as-of \(asOf): \(error.message(language))") }
            }
            if let asKnownAt {
                guard let ms = Timestamp.parse(asKnownAt) else { throw UsageError("--as-known-at \(asKnownAt) is not an ISO 8601 time with offset or a date") }
                filter.knownAtMs = ms
            }
            let goals = try targets.map { try TargetsFile.read($0, year: p.year) } ?? []
            let store = try ledger.open(readOnly: true)
            let summary: PeriodSummary
            do { summary = try store.summary(p, threshold: minimum, targets: goals, filter: filter) } catch let e as SummaryOverflow { throw UsageError(e.message(language)) }
            var basis: [String] = []
            if let ms = filter.knownAtMs { basis.append(language.pick("截至 \(Timestamp.iso(ms)) 台账所知", "as known at \(Timestamp.iso(ms))")) }
            if let d = filter.asOf { basis.append(language.pick("业务日期截至 \(d)", "business dates up to \(d)")) }
            let renderer = SummaryRenderer(summary: summary, zone: try store.zone(), basis: basis.joined(separator: language.pick(";", "; ")), language: language)
            let evidence = explain && !csv ? try SummaryEvidence.collect(from: store, for: summary, filter: filter) : nil
            if json {
                Console.out(JSONText.render(renderer.jsonObject(asKnownAt: filter.knownAtMs.map { Timestamp.iso($0) }, asOf: filter.asOf?.description, evidence: evidence)))
            } else if csv {
                Console.out(renderer.csv())
            } else {
                Console.out(renderer.text())
                if let evidence { Console.out(renderer.explain(evidence)) }
            }
        }
    }
}

/// The year's attraction targets: `{"year": 2021, "signed_bands": [{"min": "100亿元", "count": 1}, …]}`.
enum TargetsFile {
    static func read(_ path: String, year: Int) throws -> [(min: Money, count: Int)] {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("targets file \(path) cannot be read") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let bands = object["signed_bands"] as? [[String: Any]] else {
            throw UsageError("targets file \(path) is not JSON with a signed_bands list")
        }
        if let y = object["year"] as? Int, y != year { return [] }
        return try bands.enumerated().map { i, band in
            guard let text = band["min"] as? String, let count = band["count"] as? Int, let min = try? Money.parse(text) else {
                throw UsageError("targets file \(path): signed_bands[\(i)] needs a min amount (\"20亿元\") and a whole count")
            }
            return (min, count)
        }
    }
}
