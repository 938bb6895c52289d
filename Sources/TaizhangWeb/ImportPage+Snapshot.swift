internal import Catalogue
internal import Ledger
internal import LedgerService
internal import LedgerReports

/// The project-sheet import's pages: the derived events of the dry run, the sheet's missing projects.
extension ImportPage {
    /// The dry run of `import --snapshot --as-of`: each derived event with the cell it comes from
    /// and what it changes, as the command line's `--dry-run` table has them, then the confirm button.
    func snapshotPreview(_ result: SnapshotOutcome, asOf: BusinessDate, stagedID: String, recordedAtMs: Int64?) -> HTML {
        let derived = result.sheets.flatMap(\.events)
        let rows: [[HTML]] = derived.prefix(ImportPage.previewRowsMax).map { d in
            let e = d.event
            return ["\(e.project)", "\(KindText.kind(e.kind, l))", "\(e.date.description)", "\(e.kind.carriesAmount ? money(e.amount) : "")",
                    "<code>\(d.cell)</code>", "\(AttributeText.changes(e, l))"]
        }
        let more: HTML = derived.count > ImportPage.previewRowsMax
            ? "<p>\(WebText.importMore.text(l, ["count": String(derived.count)]))</p>" : ""
        let recorded = recordedAtMs.map { Timestamp.iso($0) } ?? WebText.importNow.text(l)
        let header = [WebText.columnProject, .columnKind, .columnDate, .columnAmount].map { $0.text(l) }
            + [SnapshotText.cell.text(l), SnapshotText.changes.text(l)]
        let would = WebImportText.snapshotWouldLand.text(l, ["asOf": asOf.description, "events": String(result.outcome.eventsAppended), "recorded": recorded])
        return """
        <p class="notice" id="dry-run-result">\(would)</p>
        \(missing(result.sheets))
        \(Layout.table(header, rows, numeric: [3]))
        \(more)
        <form method="post" action="/import/confirm">\(Layout.csrfField(session))<input type="hidden" name="staged" value="\(stagedID)">
        <button type="submit" id="confirm">\(WebText.importConfirm.text(l))</button></form>
        <p><a href="/import">\(WebText.importCancel.text(l))</a></p>
        """
    }

    /// The ledger's projects a sheet does not name: they get no event (a line, as on the command line's standard error).
    func missing(_ sheets: [SnapshotOutcome.Sheet]) -> HTML {
        let lines: [HTML] = sheets.filter { !$0.missingProjects.isEmpty }.map { sheet in
            "<p class=\"notice missing\">\(SnapshotText.missingFromSheet.text(l, ["projects": sheet.missingProjects.joined(separator: ", ")]))</p>"
        }
        return "\(lines)"
    }
}
