public import Catalogue
public import LedgerStore
internal import Ledger

/// The batches (`batches`, and each import's report) as a table and JSON.
public enum BatchTable {
    public static func table(_ batches: [BatchRecord], _ l: Language) -> String {
        let header: [RenderText] = [.colBatch, .colFile, .colEncoding, .colRows, .colEvents, .colDuplicates, .colSequences, .colRecordedAt,
                                    .colImportedAt, .colOperator, .colSHA256]
        var t = TextTable(header: header.map { $0.text(l) }, rightAligned: [0, 3, 4, 5])
        for b in batches {
            t.add([String(b.id), b.fileName, encoding(b.encoding, l), String(b.rows), String(b.eventCount), String(b.duplicateCount), range(b),
                   Timestamp.iso(b.recordedAtMs) + (b.backdated ? RenderText.backdated.text(l) : ""), Timestamp.iso(b.importedAtMs),
                   b.operatorName, String(Hex.string(b.fileSHA256).prefix(16)) + "…"])
        }
        return t.render()
    }

    /// A batch's encoding as a person reads it: the stored name (`UTF-8 with BOM`) is a code for scripts.
    public static func encoding(_ stored: String, _ l: Language) -> String {
        switch stored {
        case "UTF-8 with BOM": RenderText.encodingUTF8BOM.text(l)
        case "UTF-16 with BOM": RenderText.encodingUTF16BOM.text(l)
        default: stored
        }
    }

    /// `90–108`, or `—` for a batch that landed no event.
    public static func range(_ b: BatchRecord) -> String {
        b.eventCount > 0 ? "\(b.firstSequence)–\(b.firstSequence + b.eventCount - 1)" : "—"
    }

    public static func jsonObject(_ b: BatchRecord) -> [String: Any] {
        ["batch": b.id, "file": b.fileName, "sha256": Hex.string(b.fileSHA256), "encoding": b.encoding, "rows": b.rows,
         "events": b.eventCount, "duplicates": b.duplicateCount, "first_sequence": b.firstSequence,
         "recorded_at": Timestamp.iso(b.recordedAtMs), "imported_at": Timestamp.iso(b.importedAtMs),
         "backdated": b.backdated, "operator": b.operatorName]
    }
}
