internal import Ledger
public import Hummingbird
internal import Catalogue
internal import LedgerReports
internal import LedgerStore
internal import LedgerService

/// `/audit` (auditors): the digest, a verify run, the batches, export and proof downloads.
///
/// Nothing here changes the ledger, so the forms are GET; the group still carries the CSRF check
/// for any POST added to it later.
struct AuditRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("/audit") { _, context in try page(context, AuditPage(language: context.language, digest: try site.ledger.digest(),
                                                                         batches: try site.ledger.batches()).body(verify: nil)) }
        group.get("/audit/verify") { _, context in
            let report = try site.ledger.verify()
            return try page(context, AuditPage(language: context.language, digest: try site.ledger.digest(), batches: try site.ledger.batches()).body(verify: report))
        }
        group.get("/audit/export.jsonl") { _, _ in
            HTMLResponse.download(try AuditRoutes.export(site.ledger, csv: false), fileName: "taizhang-export.jsonl", type: "application/x-ndjson")
        }
        group.get("/audit/export.csv") { _, _ in
            HTMLResponse.download(try AuditRoutes.export(site.ledger, csv: true), fileName: "taizhang-export.csv", type: "text/csv; charset=utf-8")
        }
        group.get("/audit/proof") { request, context in
            let l = context.language
            guard let id = FormFields(request.uri.query ?? "").text("event") else { throw WebError(.badRequest(WebText.auditNeedsEvent.text(l))) }
            let proof = try site.ledger.prove(.inclusion(event: id), verifyFirst: true)
            return HTMLResponse.download(Array((JSONText.render(proof.jsonObject) + "\n").utf8), fileName: "inclusion-proof.json", type: "application/json")
        }
        group.get("/audit/consistency") { request, context in
            let l = context.language
            let text = FormFields(request.uri.query ?? "").text("from") ?? ""
            guard let kept = AuditRoutes.keptTree(text) else { throw WebError(.badRequest(WebText.auditBadDigest.text(l, ["value": text]))) }
            let proof = try site.ledger.prove(.consistency(from: kept), verifyFirst: true)
            return HTMLResponse.download(Array((JSONText.render(proof.jsonObject) + "\n").utf8), fileName: "consistency-proof.json", type: "application/json")
        }
    }

    /// `SEQ:TREE_HEAD` as `prove --from` takes it, or a whole digest line (`SEQ HASH RECORDED_AT TREE_HEAD`).
    static func keptTree(_ text: String) -> KeptTree? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        if fields.count == 4 { return KeptTree(fields[0] + ":" + fields[3]) }
        return KeptTree(text)
    }

    /// `taizhang export --jsonl` or `--csv`, whole, as bytes: the same use case and rows.
    static func export(_ ledger: LedgerService, csv: Bool) throws -> [UInt8] {
        var out: [UInt8] = csv ? Array((EventExport.csvHeader + "\n").utf8) : []
        try ledger.export { step in
            if csv {
                EventExport.appendCSVRow(step.record, batch: step.batch, recordedAt: step.recordedAt, to: &out)
            } else {
                EventExport.appendJSONLine(step.record, batch: step.batch, recordedAt: step.recordedAt, to: &out)
            }
        }
        return out
    }

    func page(_ context: WebContext, _ body: HTML) throws -> Response {
        HTMLResponse.page(Layout.page(title: WebText.auditTitle.text(context.language), context: context, path: "/audit", body: body))
    }
}

/// What `/audit` shows.
struct AuditPage {
    let language: Language
    let digest: LedgerDigest
    let batches: [BatchRecord]
    var l: Language { language }

    func body(verify report: VerifyReport?) -> HTML {
        let verified: HTML = report.map { r in
            r.ok ? "<p class=\"ok\" id=\"verify\">\(WebText.auditVerified.text(l, ["events": String(r.eventsChecked)]))</p>"
                 : "<p class=\"error\" id=\"verify\">\(WebText.auditNotVerified.text(l, ["failure": r.failures.first ?? ""]))</p>"
        } ?? ""
        let rows: [[HTML]] = batches.map { b in
            ["\(b.id)", "\(b.fileName)", "\(b.encoding)", "\(b.rows)", "\(b.eventCount)", "\(b.duplicateCount)",
             "\(Timestamp.iso(b.recordedAtMs))\(b.backdated ? " " + WebText.backdated.text(l) : "")", "\(Timestamp.iso(b.importedAtMs))",
             "\(b.operatorName)", "<code>\(Hex.string(b.fileSHA256))</code>"]
        }
        return """
        <p>\(WebText.homeDigest.text(l)) <span class="digest" id="digest">\(DigestText.line(digest))</span></p>
        \(verified)
        <p class="noprint"><a href="/audit/verify" id="run-verify">\(WebText.auditRunVerify.text(l))</a> ·
        <a href="/audit/export.jsonl">\(WebText.auditExportJSONL.text(l))</a> · <a href="/audit/export.csv">\(WebText.auditExportCSV.text(l))</a></p>
        <form class="noprint" method="get" action="/audit/proof"><label>\(WebText.auditProofEvent.text(l)) <input name="event" placeholder="E-2021Q1-001"></label>
        <button type="submit">\(WebText.auditProofButton.text(l))</button></form>
        <form class="noprint" method="get" action="/audit/consistency"><label>\(WebText.auditOldDigest.text(l)) <input name="from" size="60" placeholder="108:5bf5ef6b…"></label>
        <button type="submit">\(WebText.auditConsistencyButton.text(l))</button></form>
        <h2>\(WebText.auditBatches.text(l))</h2>
        \(Layout.table([WebText.columnBatch, .columnFile, .columnEncoding, .columnRows, .columnEvents, .columnDuplicates, .columnRecordedAt,
                        .columnImportedAt, .columnOperator, .columnSHA].map { $0.text(l) }, rows, numeric: [0, 3, 4, 5]))
        """
    }
}
