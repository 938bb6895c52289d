public import Catalogue
public import LedgerProvince
internal import Foundation
internal import Ledger

/// The province's summary as text, JSON and CSV: each zone's line through the zone's own
/// renderer (`SummaryRenderer`), so a zone's part reads as that zone's `summary` does.
public struct ProvinceSummaryText {
    public let summary: ProvinceSummary
    public let language: Language

    public init(_ summary: ProvinceSummary, language: Language) {
        self.summary = summary
        self.language = language
    }

    func renderer(_ s: PeriodSummary, zone: String) -> SummaryRenderer {
        SummaryRenderer(summary: s, zone: zone, basis: "", language: language)
    }

    var totalName: String { ProvinceText.provinceTotal.text(language) }

    public func jsonObject() -> [String: Any] {
        [
            "schema": "taizhang.province-summary/1",
            "quarter": summary.period.description,
            "zones": summary.lines.map(zoneObject),
            "total": renderer(summary.total, zone: totalName).jsonObject(asKnownAt: nil, asOf: nil),
        ]
    }

    func zoneObject(_ line: ProvinceSummary.Line) -> [String: Any] {
        let r = line.rollup
        let size: Any = r.checkpointSize.map { $0 as Any } ?? NSNull()
        let root: Any = r.checkpointRoot.map { $0.hex as Any } ?? NSNull()
        let failure: Any = r.failure.map { $0.message(language) as Any } ?? NSNull()
        var o: [String: Any] = ["origin": r.origin, "zone": r.zone, "verified": r.verified, "signed_checkpoint": r.signed]
        o["checkpoint"] = ["tree_size": size, "root_hash": root] as [String: Any]
        o["failure"] = failure
        o["summary"] = renderer(line.summary, zone: r.zone).jsonObject(asKnownAt: nil, asOf: nil)
        return o
    }

    /// The CSV's columns and its `verified` values are codes for scripts, the same in either language.
    public static let columns = ["origin", "zone", "checkpoint", "verified", "signed", "signed_fen", "started", "commissioned", "disbursed_fen"]

    func row(_ origin: String, _ zone: String, _ checkpoint: String, _ verified: String, _ s: PeriodSummary) -> [String] {
        let c = s.current
        return [origin, zone, checkpoint, verified, String(c.signed.count), String(c.signedTotal.fen), String(c.started.count),
                String(c.commissioned.count), String(c.disbursedTotal.fen)]
    }

    public func csv() -> String {
        var out = CSVText()
        out.row(Self.columns)
        for l in summary.lines {
            out.row(row(l.rollup.origin, l.rollup.zone, l.rollup.checkpointSize.map(String.init) ?? "-", l.rollup.verified ? "yes" : "NO", l.summary))
        }
        out.row(row("", totalName, "", "", summary.total))
        return out.text
    }

    public func text() -> String {
        var lines = [summary.period.description]
        for l in summary.lines {
            let r = l.rollup
            lines.append(renderer(l.summary, zone: r.zone).text())
            let arguments = ["origin": r.origin, "size": r.checkpointSize.map(String.init) ?? "-", "root": r.checkpointRoot?.hex ?? "-"]
            if let failure = r.failure {
                lines.append(ProvinceText.zoneNotVerified.text(language, filling: arguments.merging(["detail": failure.message(language)]) { a, _ in a }))
            } else {
                lines.append(ProvinceText.zoneVerified.text(language, filling: arguments))
            }
            lines.append("")
        }
        lines.append(renderer(summary.total, zone: totalName).text())
        return lines.joined(separator: "\n")
    }
}
