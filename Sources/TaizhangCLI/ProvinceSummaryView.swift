internal import Catalogue
internal import Foundation
internal import Ledger
internal import LedgerProvince
internal import LedgerReports
internal import LedgerStore

/// The province's summary as text, JSON and CSV: each zone's line through the zone's own renderer.
struct ProvinceSummaryView {
    let summary: ProvinceSummary
    let language: Language

    func renderer(_ s: PeriodSummary, zone: String) -> SummaryRenderer {
        SummaryRenderer(summary: s, zone: zone, basis: "", language: language)
    }

    func jsonObject() -> [String: Any] {
        [
            "schema": "taizhang.province-summary/1",
            "quarter": summary.period.description,
            "zones": summary.lines.map(zoneObject),
            "total": renderer(summary.total, zone: ProvinceText.provinceTotal.text(language)).jsonObject(asKnownAt: nil, asOf: nil),
        ]
    }

    func zoneObject(_ line: ProvinceSummary.Line) -> [String: Any] {
        let r = line.rollup
        let size: Any = r.checkpointSize.map { $0 as Any } ?? NSNull()
        let root: Any = r.checkpointRoot.map { $0.hex as Any } ?? NSNull()
        let failure: Any = r.failure.map { $0.message as Any } ?? NSNull()
        var o: [String: Any] = ["origin": r.origin, "zone": r.zone, "verified": r.verified, "signed_checkpoint": r.signed]
        o["checkpoint"] = ["tree_size": size, "root_hash": root] as [String: Any]
        o["failure"] = failure
        o["summary"] = renderer(line.summary, zone: r.zone).jsonObject(asKnownAt: nil, asOf: nil)
        return o
    }

    static let columns = ["origin", "zone", "checkpoint", "verified", "signed", "signed_fen", "started", "commissioned", "disbursed_fen"]

    func row(_ origin: String, _ zone: String, _ checkpoint: String, _ verified: String, _ s: PeriodSummary) -> [String] {
        let c = s.current
        return [origin, zone, checkpoint, verified, String(c.signed.count), String(c.signedTotal.fen), String(c.started.count),
                String(c.commissioned.count), String(c.disbursedTotal.fen)]
    }

    var rows: [[String]] {
        summary.lines.map { l in
            row(l.rollup.origin, l.rollup.zone, l.rollup.checkpointSize.map(String.init) ?? "-", l.rollup.verified ? "yes" : "NO", l.summary)
        } + [row("", ProvinceText.provinceTotal.text(language), "", "", summary.total)]
    }

    func csv() -> String {
        ([Self.columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n")
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    func text() -> String {
        var lines = ["\(summary.period)"]
        for l in summary.lines {
            let r = l.rollup
            lines.append(renderer(l.summary, zone: r.zone).text())
            lines.append("  \(r.origin) @ \(r.checkpointSize.map(String.init) ?? "-") \(r.checkpointRoot?.hex ?? "") \(r.verified ? "OK" : "FAILED: " + (r.failure?.message ?? ""))")
            lines.append("")
        }
        lines.append(renderer(summary.total, zone: ProvinceText.provinceTotal.text(language)).text())
        return lines.joined(separator: "\n")
    }
}
