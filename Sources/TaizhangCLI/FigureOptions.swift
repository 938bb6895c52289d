internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import Ledger
internal import LedgerReports

/// The options every sealed output shares: the two time axes and the rule set.
struct FigureOptions: ParsableArguments {
    @Option(help: Help.text(.figuresAsOf, value: .vDay)) var asOf: BusinessDate?
    @Option(help: Help.text(.figuresAsKnownAt, value: .vTime)) var asKnownAt: RecordedTime?
    @Option(help: Help.text(.figuresRules, value: .vFile)) var rules: String?

    /// The request for `kind` and `period`, with the rules read and the times parsed.
    func request(kind: String, period: String, language: Language, options: [String: String] = [:]) throws -> FigureRequest {
        let date = asOf, knownAt = asKnownAt?.ms
        let ruleSet = try rules.map { try FigureOptions.readRules($0, language: language) } ?? .builtIn
        let nowMs = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        return FigureRequest(kind: kind, period: period, asOf: date, asKnownAtMs: knownAt, rules: ruleSet, rulesPath: rules,
                             today: LedgerFigures.chinaDay(nowMs), options: options)
    }

    static func readRules(_ path: String, language: Language) throws -> RuleSet {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError(ReportText.rulesUnreadable.text(language, ["file": path])) }
        do { return try RuleSet.parse(Array(data)) } catch { throw UsageError(error.text(language, file: path)) }
    }
}
