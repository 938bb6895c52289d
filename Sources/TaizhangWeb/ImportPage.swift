internal import Catalogue
internal import Ledger
internal import LedgerStore
internal import LedgerReports

/// The pages of an import: the upload form, the dry run (or every problem), the result.
struct ImportPage {
    let language: Language
    let session: Session
    var l: Language { language }

    static let previewRowsMax = 200

    func money(_ m: Money) -> String { l.isChinese ? m.chinese : m.english }

    /// The CSRF token rides in the action's query: a multipart body is read only after the check.
    func form() -> HTML {
        """
        <form class="stack" method="post" action="/import?csrf=\(session.csrf)" enctype="multipart/form-data">
        <label for="files">\(WebText.importFiles.text(l))</label><input id="files" type="file" name="files" multiple required>
        <label for="recorded_at">\(WebText.importRecordedAt.text(l))</label>
        <input id="recorded_at" name="recorded_at" placeholder="2021-04-10T17:00:00+08:00">
        <label for="as_of">\(WebImportText.asOfLabel.text(l))</label><input id="as_of" name="as_of" placeholder="2021-06-30">
        <p><button type="submit" id="dry-run">\(WebText.importDryRun.text(l))</button></p>
        </form>
        <p>\(WebText.importHelp.text(l))</p>
        <p>\(WebImportText.snapshotHelp.text(l))</p>
        """
    }

    func problems(_ list: [RowProblem]) -> HTML {
        let rows: [[HTML]] = list.map { p in
            let place = ImportPage.place(p.file)
            return ["\(place.file)", "\(place.sheet)", "\(p.line > 0 ? String(p.line) : "")", "\(p.column)", "<code>\(p.value)</code>",
                    "\(l.isChinese ? p.chinese : p.english)"]
        }
        let header = [WebText.columnFile.text(l), WebImportText.columnSheet.text(l)]
            + [WebText.columnLine, .columnColumn, .columnValue, .columnReason].map { $0.text(l) }
        return """
        <p class="error" id="rejected">\(WebText.importRejected.text(l, ["count": String(list.count)]))</p>
        \(Layout.table(header, rows, numeric: [2]))
        <p><a href="/import">\(WebText.importAgain.text(l))</a></p>
        """
    }

    /// A problem's file as the readers name it, `台账.xlsx[台账]` for one sheet of a workbook, as file and sheet.
    static func place(_ file: String) -> (file: String, sheet: String) {
        guard file.hasSuffix("]"), let open = file.lastIndex(of: "["), open > file.startIndex else { return (file, "") }
        return (String(file[..<open]), String(file[file.index(after: open)..<file.index(before: file.endIndex)]))
    }

    func batches(_ o: ImportOutcome) -> HTML {
        var rows: [[HTML]] = o.batches.map { b in
            ["\(b.id)", "\(b.fileName)", "<code>\(Hex.string(b.fileSHA256))</code>", "\(b.encoding)", "\(b.rows)", "\(b.eventCount)", "\(b.duplicateCount)"]
        }
        rows += o.alreadyLanded.map { a in
            ["\(a.batch.id)", "\(a.source.fileName)", "<code>\(Hex.string(a.source.sha256))</code>", "\(a.source.encoding)", "",
             "\(WebText.importAlreadyLanded.text(l, ["batch": String(a.batch.id)]))", ""]
        }
        return Layout.table([WebText.columnBatch, .columnFile, .columnSHA, .columnEncoding, .columnRows, .columnEvents, .columnDuplicates].map { $0.text(l) },
                            rows, numeric: [0, 4, 5, 6])
    }

    func preview(_ o: ImportOutcome, stagedID: String, recordedAtMs: Int64?) -> HTML {
        let rows: [[HTML]] = o.preview.prefix(ImportPage.previewRowsMax).map { r in
            let e = r.event
            return ["\(r.sequence)", "\(e.date.description)", "\(l.isChinese ? e.kind.chinese : e.kind.name)", "\(e.project)",
                    "\(e.kind.carriesAmount ? money(e.amount) : "")", "\(e.name)"]
        }
        let more: HTML = o.preview.count > ImportPage.previewRowsMax
            ? "<p>\(WebText.importMore.text(l, ["count": String(o.eventsAppended)]))</p>" : ""
        let recorded = recordedAtMs.map { Timestamp.iso($0) } ?? WebText.importNow.text(l)
        return """
        <p class="notice" id="dry-run-result">\(WebText.importWouldLand.text(l, ["events": String(o.eventsAppended), "duplicates": String(o.duplicates), "recorded": recorded]))</p>
        \(batches(o))
        \(Layout.table([WebText.columnSequence, .columnDate, .columnKind, .columnProject, .columnAmount, .columnName].map { $0.text(l) }, rows, numeric: [0, 4]))
        \(more)
        <form method="post" action="/import/confirm">\(Layout.csrfField(session))<input type="hidden" name="staged" value="\(stagedID)">
        <button type="submit" id="confirm">\(WebText.importConfirm.text(l))</button></form>
        <p><a href="/import">\(WebText.importCancel.text(l))</a></p>
        """
    }

    func result(_ o: ImportOutcome, digest: LedgerDigest) -> HTML {
        """
        <p class="ok" id="landed">\(WebText.importLanded.text(l, ["events": String(o.eventsAppended)]))</p>
        \(batches(o))
        <p>\(WebText.homeDigest.text(l)) <span class="digest" id="digest">\(DigestText.line(digest))</span></p>
        <p><a href="/import">\(WebText.importAgain.text(l))</a> · <a href="/">\(WebText.backHome.text(l))</a></p>
        """
    }
}
