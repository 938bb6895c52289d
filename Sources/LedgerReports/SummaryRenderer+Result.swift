public import Catalogue
public import LedgerService
internal import Ledger

extension SummaryRenderer {
    /// The renderer of a summary the service computed, its heading saying how the figures were taken.
    public init(_ result: SummaryResult, language: Language) {
        var basis: [String] = []
        if let ms = result.filter.knownAtMs { basis.append(RenderText.asKnownAt.text(language, ["time": Timestamp.iso(ms)])) }
        if let d = result.filter.asOf { basis.append(RenderText.datesUpTo.text(language, ["date": d.description])) }
        self.init(summary: result.summary, zone: result.zone, basis: basis.joined(separator: RenderText.basisSeparator.text(language)), language: language)
    }

    /// The `taizhang.summary/1` object of a summary the service computed.
    public func jsonObject(_ result: SummaryResult) -> [String: Any] {
        jsonObject(asKnownAt: result.filter.knownAtMs.map { Timestamp.iso($0) }, asOf: result.filter.asOf?.description, evidence: result.evidence)
    }
}
