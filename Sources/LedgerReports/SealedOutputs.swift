public import Catalogue
public import Ledger
public import LedgerStore
internal import LedgerService

/// Every sealed output, by kind and format, from a request: what the commands print and
/// what `check-report` recomputes to compare a file against.
public enum SealedOutputs {
    public struct Unknown: Error, Sendable { public let kind: String }
    public struct BadPeriod: Error, Sendable { public let period: String }

    static func period(_ request: FigureRequest) throws -> Period {
        do { return try Period.parse(request.period) } catch { throw BadPeriod(period: request.period) }
    }

    /// The report's values: the period's summary, the year's cohort to the period's end, eight quarters.
    public static func reportValues(_ store: LedgerStore, _ request: FigureRequest) throws -> ReportValues {
        try reportValues(LedgerFigures.basis(store, request), request)
    }

    static func reportValues(_ basis: LedgerFigures.Basis, _ request: FigureRequest) throws -> ReportValues {
        let p = try period(request)
        let summary = try LedgerFigures.summary(basis, period: p, rules: request.rules)
        let cohortStart = BusinessDate(year: p.year, month: 1, day: 1)!
        let pipeline = LedgerFigures.pipeline(basis, from: cohortStart, through: p.last, rules: request.rules)
        return ReportValues(zone: basis.zone, period: p, summary: summary, pipeline: pipeline,
                            quarters: LedgerFigures.quarterSeries(basis, ending: p.last.quarter, rules: request.rules), seal: basis.seal)
    }

    public static func json(_ store: LedgerStore, _ request: FigureRequest, language: Language) throws -> [String: Any] {
        let basis = try LedgerFigures.basis(store, request)
        switch request.kind {
        case "summary":
            let s = try LedgerFigures.summary(basis, period: try period(request), rules: request.rules)
            // `summary --explain --json` lists the events behind the figures: list them again.
            let evidence = request.options["explain"] == "true"
                ? try SummaryEvidence.collect(from: store, for: s, filter: FoldFilter(asOf: request.asOf, throughSequence: basis.seal.treeSize),
                                              kinds: SummaryEvidence.kinds.intersection(request.rules.countedKinds))
                : nil
            var o = SummaryRenderer(summary: s, zone: basis.zone, basis: "", language: language)
                .jsonObject(asKnownAt: request.asKnownAtMs.map { Timestamp.iso($0) }, asOf: request.asOf?.description, evidence: evidence)
            o["seal"] = basis.seal.jsonObject
            return o
        case "pipeline":
            let p = try period(request)
            return PipelineRenderer(pipeline: LedgerFigures.pipeline(basis, from: p.first, through: p.last, rules: request.rules), language: language)
                .jsonObject(seal: basis.seal)
        case "report":
            return ReportPage(values: try reportValues(basis, request), language: language).jsonObject()
        case "projects":
            return ProjectText.jsonDocument(try projects(basis, request), seal: basis.seal)
        default: throw Unknown(kind: request.kind)
        }
    }

    /// The projects a `projects` request selects, from the request's prefix.
    public static func projects(_ basis: LedgerFigures.Basis, _ request: FigureRequest) throws -> [ProjectState] {
        try ProjectList(options: request.options, rules: request.rules).select(basis.states.values)
    }

    public static func workbook(_ store: LedgerStore, _ request: FigureRequest, language: Language) throws -> Workbook {
        let basis = try LedgerFigures.basis(store, request)
        var sheets: [Workbook.Sheet]
        switch request.kind {
        case "summary":
            let s = try LedgerFigures.summary(basis, period: try period(request), rules: request.rules)
            sheets = SummaryWorkbook(summary: s, language: language).sheets()
        case "pipeline":
            let p = try period(request)
            sheets = PipelineRenderer(pipeline: LedgerFigures.pipeline(basis, from: p.first, through: p.last, rules: request.rules), language: language).sheets()
        case "report":
            let v = try reportValues(basis, request)
            sheets = SummaryWorkbook(summary: v.summary, language: language).sheets() + [SummaryWorkbook.quarterSheet(v.quarters, language)]
                + PipelineRenderer(pipeline: v.pipeline, language: language).sheets()
        case "projects":
            sheets = [try ProjectList(options: request.options, rules: request.rules).sheet(basis.states.values, language)]
        default: throw Unknown(kind: request.kind)
        }
        return Workbook(sheets: sheets + [basis.seal.sheet(language)])
    }

    public static func html(_ store: LedgerStore, _ request: FigureRequest, language: Language) throws -> String {
        guard request.kind == "report" else { throw Unknown(kind: request.kind) }
        return ReportPage(values: try reportValues(store, request), language: language).document()
    }
}
