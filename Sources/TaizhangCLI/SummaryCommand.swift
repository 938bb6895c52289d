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
    @Option(help: "Smallest signing counted (default: the rule set's, 1亿元).") var threshold: String?
    @OptionGroup var figures: FigureOptions
    @Option(help: "A targets file (JSON, see Fixtures/targets-2021.json) for progress against the year's targets (default: the rule set's).")
    var targets: String?
    @Flag(help: "Machine-readable output (schema taizhang.summary/1).") var json = false
    @Flag(help: "CSV for scripts: English codes, amounts in fen.") var csv = false
    @Flag(help: "CSV for Excel and WPS: Chinese headers under --lang zh, amounts as 万元 numbers, a BOM; see --csv-encoding.") var excelCsv = false
    @Option(help: "Encoding of --excel-csv: utf-8 (with BOM, default) or gb18030.") var csvEncoding: String = "utf-8"
    @Option(help: "Also write an xlsx workbook here.") var xlsx: String?
    @Flag(help: "List the events behind every number (with --json: disbursed.events and terminated.events).") var explain = false

    func run() throws {
        try Console.guarded {
            if explain && (csv || excelCsv) { throw UsageError("--explain lists events as text or with --json; it does not go with --csv") }
            let language = output.language
            let p = try Period.argument(period, language)
            var options = ["lang": language.rawValue]
            var request = try figures.request(kind: "summary", period: period, language: language)
            if let threshold {
                do { request.rules.threshold = try Money.parse(threshold) } catch let error as MoneyParseError { throw UsageError("--threshold \(threshold): \(error.message(language))") }
                options["threshold"] = threshold
            }
            if let targets {
                let goals = try TargetsFile.read(targets, year: p.year)
                request.rules.targets = request.rules.targets.filter { $0.year != p.year } + goals.map { RuleSet.Target(year: p.year, min: $0.min, count: $0.count) }
                options["targets"] = targets
            }
            request.options = options
            let store = try ledger.open(readOnly: true)
            if let xlsx { try SealedOutputs.workbook(store, request, language: language).write(to: xlsx) }
            let (summary, seal) = try figures(store, request, p, language)
            let filter = FoldFilter(knownAtMs: request.asKnownAtMs, asOf: request.asOf)
            var basis: [String] = []
            if let ms = filter.knownAtMs { basis.append(language.pick("截至 \(Timestamp.iso(ms)) 台账所知", "as known at \(Timestamp.iso(ms))")) }
            if let d = filter.asOf { basis.append(language.pick("业务日期截至 \(d)", "business dates up to \(d)")) }
            let renderer = SummaryRenderer(summary: summary, zone: try store.zone(), basis: basis.joined(separator: language.pick(";", "; ")), language: language)
            let evidence = explain && !csv ? try SummaryEvidence.collect(from: store, for: summary, filter: filter) : nil
            if json {
                var o = renderer.jsonObject(asKnownAt: filter.knownAtMs.map { Timestamp.iso($0) }, asOf: filter.asOf?.description, evidence: evidence)
                o["seal"] = seal.jsonObject
                Console.out(JSONText.render(o))
            } else if csv {
                Console.out(renderer.csv())
            } else if excelCsv {
                let sheet = SummaryWorkbook(summary: summary, language: language).sheets()[0]
                do {
                    FileHandle.standardOutput.write(Data(try ExcelCSV.bytes(sheet, seal: seal, language: language, encoding: csvEncoding)))
                } catch { throw UsageError("--csv-encoding \(csvEncoding): expected utf-8 or gb18030") }
            } else {
                Console.out(renderer.text())
                if let evidence { Console.out(renderer.explain(evidence)) }
                Console.out("")
                Console.out(seal.footer(language))
            }
        }
    }
}

extension SummaryCommand {
    /// The summary and its seal: from the stored projections when nothing filters the log and
    /// the log did not grow meanwhile (the prefix the seal names), else from one fold of that prefix.
    func figures(_ store: LedgerStore, _ request: FigureRequest, _ p: Period, _ language: Language) throws -> (PeriodSummary, Seal) {
        do {
            if request.asOf == nil && request.asKnownAtMs == nil && request.rules.bands == PeriodSummary.defaultBands {
                let seal = try LedgerFigures.seal(store, request)
                let summary = try store.summary(p, threshold: request.rules.threshold, targets: request.rules.targets(year: p.year))
                if try store.prefixSize(FoldFilter()) == seal.treeSize { return (summary, seal) }
            }
            let basis = try LedgerFigures.basis(store, request)
            return (try LedgerFigures.summary(basis, period: p, rules: request.rules), basis.seal)
        } catch let e as SummaryOverflow {
            throw UsageError(e.message(language))
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
