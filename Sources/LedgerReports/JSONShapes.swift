public import Ledger
public import LedgerStore

/// The JSON objects of a project, an event, a batch and the digest: one shape for the command
/// line's `--json` and the web's `/api/`, so the two cannot drift apart.
public enum JSONShapes {
    /// A project as `projects --json` and `show --json` print it.
    public static func project(_ p: ProjectState) -> [String: Any] {
        var o: [String: Any] = [
            "project": p.project, "name": p.name, "group": p.group, "industry": p.industry, "investor": p.investor,
            "status": p.isSigned ? p.status.code : "void", "signed_fen": p.signedAmount.fen, "total_fen": p.totalInvestment.fen,
            "disbursed_fen": p.disbursed.fen, "revisions": p.revisionCount,
        ]
        for (k, d) in [("signed", p.signedDate), ("started", p.startedDate), ("commissioned", p.commissionedDate), ("terminated", p.terminatedDate)] {
            if let d { o[k] = d.description }
        }
        if let d = p.daysToStart { o["days_signing_to_start"] = d }
        if let d = p.daysToCommission { o["days_start_to_commissioning"] = d }
        if let d = p.daysSigningToCommission { o["days_signing_to_commissioning"] = d }
        return o
    }

    /// An event with its envelope, as `replay --jsonl` prints it.
    public static func event(_ r: RecordedEvent, change: String?, voidedBy: UInt64?) -> [String: Any] {
        let e = r.event
        var o: [String: Any] = [
            "sequence": r.sequence, "recorded_at": Timestamp.iso(r.envelope.recordedAtMs), "batch": r.envelope.batch,
            "line": r.envelope.sourceLine, "hash": ChainHash.hex(r.envelope.hash),
            "id": e.id, "kind": e.kind.name, "project": e.project, "date": e.date.description,
        ]
        if e.kind.carriesAmount { o["amount_fen"] = e.amount.fen }
        for (k, v) in [("name", e.name), ("group", e.group), ("industry", e.industry), ("investor", e.investor), ("ref", e.ref), ("note", e.note)] where !v.isEmpty {
            o[k] = v
        }
        if let change { o["change"] = change }
        if let voidedBy { o["voided_by"] = voidedBy }
        return o
    }

    /// A project with every event and the file each came from, as `show --json` prints it.
    public static func projectWithEvents(_ state: ProjectState, events: [RecordedEvent], voidedBy: [UInt64?], batches: [UInt64: BatchRecord]) -> [String: Any] {
        var object = project(state)
        object["events"] = zip(events, voidedBy).map { r, v in
            var o = event(r, change: nil, voidedBy: v)
            o["file"] = batches[r.envelope.batch]?.fileName ?? ""
            return o
        }
        return object
    }

    /// A batch as `batches --json` prints it.
    public static func batch(_ b: BatchRecord) -> [String: Any] {
        ["batch": b.id, "file": b.fileName, "sha256": ChainHash.hex(b.fileSHA256), "encoding": b.encoding, "rows": b.rows,
         "events": b.eventCount, "duplicates": b.duplicateCount, "first_sequence": b.firstSequence,
         "recorded_at": Timestamp.iso(b.recordedAtMs), "imported_at": Timestamp.iso(b.importedAtMs),
         "backdated": b.backdated, "operator": b.operatorName]
    }

    /// `SEQ HASH RECORDED_AT TREE_HEAD`: the first two fields are the chain head, as scripts
    /// have read them since the first version; `-` stands for the recorded time of an empty ledger.
    public static func digestLine(_ d: LedgerDigest) -> String {
        "\(d.sequence) \(ChainHash.hex(d.hash)) \(digestRecordedAt(d)) \(d.treeHead.hex)"
    }

    /// The digest as `digest --json` prints it.
    public static func digest(_ d: LedgerDigest) -> [String: Any] {
        ["sequence": d.sequence, "hash": ChainHash.hex(d.hash), "recorded_at": digestRecordedAt(d),
         "recorded_at_ms": d.recordedAtMs, "tree_size": d.sequence, "tree_head": d.treeHead.hex]
    }

    static func digestRecordedAt(_ d: LedgerDigest) -> String {
        d.sequence > 0 ? Timestamp.iso(d.recordedAtMs) : "-"
    }
}
