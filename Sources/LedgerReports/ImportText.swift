public import Catalogue
public import Ledger
public import LedgerStore

/// An import's report: what landed (or would, in a dry run), and what was refused.
public enum ImportText {
    /// How many preview events a dry run prints as a table.
    public static let previewRowsShown = Limits.previewRowsShownMax

    public static func lines(_ o: ImportOutcome, _ l: Language) -> [String] {
        var out = o.notes.map { $0.message(l) } + o.warnings.map { $0.message(l) }
        for (source, batch) in o.alreadyLanded {
            out.append(RenderText.alreadyLanded.text(l, ["file": source.fileName, "batch": String(batch.id), "events": String(batch.eventCount),
                                                         "recorded": Timestamp.iso(batch.recordedAtMs), "imported": Timestamp.iso(batch.importedAtMs)]))
        }
        for b in o.batches {
            out.append((o.dryRun ? RenderText.batchLandedDryRun : .batchLanded).text(l, [
                "batch": String(b.id), "file": b.fileName, "encoding": BatchTable.encoding(b.encoding, l), "rows": String(b.rows), "events": String(b.eventCount),
                "duplicates": String(b.duplicateCount), "range": BatchTable.range(b)]))
        }
        if o.dryRun { return out + preview(o, l) }
        if o.eventsAppended == 0 && o.batches.isEmpty && !o.alreadyLanded.isEmpty { return out }
        out.append(RenderText.imported.text(l, ["count": String(o.eventsAppended), "digest": DigestText.head(o.head)]))
        return out
    }

    /// A dry run's table of the first events that would land, and the line saying nothing was written.
    static func preview(_ o: ImportOutcome, _ l: Language) -> [String] {
        var out: [String] = []
        let header: [RenderText] = [.colSequence, .colDate, .colKind, .colProject, .colAmount, .colName]
        var t = TextTable(header: header.map { $0.text(l) }, rightAligned: [0])
        for r in o.preview.prefix(previewRowsShown) {
            let e = r.event
            t.add([String(r.sequence), e.date.description, KindText.kind(e.kind, l), e.project,
                   e.kind.carriesAmount ? MoneyText.text(e.amount, l) : "", e.name])
        }
        if !o.preview.isEmpty { out.append(t.render()) }
        if o.preview.count > previewRowsShown { out.append(RenderText.previewMore.text(l, ["count": String(o.eventsAppended)])) }
        out.append(RenderText.dryRunNothingWritten.text(l))
        return out
    }

    public static func jsonObject(_ o: ImportOutcome) -> [String: Any] {
        var object: [String: Any] = [
            "landed": !o.dryRun && o.eventsAppended > 0,
            "dry_run": o.dryRun,
            "events": o.eventsAppended, "duplicates": o.duplicates, "rows": o.rows,
            "head": DigestText.headJSON(o.head),
            "batches": o.batches.map(BatchTable.jsonObject),
            "already_landed": o.alreadyLanded.map { ["file": $0.source.fileName, "batch": $0.batch.id, "events": $0.batch.eventCount,
                                                     "recorded_at": Timestamp.iso($0.batch.recordedAtMs),
                                                     "imported_at": Timestamp.iso($0.batch.importedAtMs)] as [String: Any] },
        ]
        if o.dryRun { object["preview"] = o.preview.map { ReplayText.jsonObject($0) } }
        object["sheets"] = o.notes.map { ["message": $0.message(.zh), "message_en": $0.message(.en)] }
        object["warnings"] = o.warnings.map {
            ["file": $0.file, "line": $0.line, "code": $0.code, "event": $0.landedEventId, "sequence": $0.landedSequence,
             "message": $0.reason(.zh), "message_en": $0.reason(.en)] as [String: Any]
        }
        return object
    }

    /// The JSON of a refused import: `landed: false` and every problem.
    public static func rejectedJSON(_ problems: [RowProblem], _ l: Language) -> [String: Any] {
        ["landed": false,
         "problems": problems.map {
             ["file": $0.file, "line": $0.line, "column": $0.column, "value": $0.value, "code": $0.code,
              "message": $0.reason(l)] as [String: Any]
         }]
    }

    /// One line per problem, in the shape `FILE 第N行 列名列 值“…”: 原因`.
    public static func problemLines(_ problems: [RowProblem], _ l: Language) -> [String] {
        problems.map { $0.message(l) }
    }
}
