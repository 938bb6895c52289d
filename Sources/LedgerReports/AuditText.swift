public import Catalogue
public import LedgerService
public import LedgerStore

/// What `verify`, `rebuild`, `backup`, `void` and a replayed export print.
public enum AuditText {
    public static func verifyJSON(_ r: VerifyReport) -> [String: Any] {
        ["ok": r.ok, "events": r.eventsChecked, "head": DigestText.headJSON(r.head),
         "first_bad_sequence": r.firstBadSequence, "failures": r.failures]
    }

    /// The lines of a verification that passed (standard output).
    public static func verified(_ r: VerifyReport, _ l: Language) -> [String] {
        [VerifyText.verified.phrase.text(l, pairs: [("events", "\(r.eventsChecked)")]),
         VerifyText.digestLine.phrase.text(l, pairs: [("digest", DigestText.head(r.head))])]
    }

    /// The first failure (the root cause of what else disagrees) as the one line a failed verify prints.
    public static func failed(_ r: VerifyReport, _ l: Language) -> [String] {
        let first = r.findings.first?.line(l) ?? ""
        let more = r.findings.count - 1
        return [more > 0
            ? VerifyText.failedMore.phrase.text(l, pairs: [("failure", first), ("count", "\(more)")])
            : VerifyText.failedOne.phrase.text(l, pairs: [("failure", first)])]
    }

    public static func rebuilt(_ r: RebuildResult, _ l: Language) -> String {
        (r.equal ? RenderText.rebuiltEqual : .rebuiltDiffered).text(l, ["events": String(r.events), "projects": String(r.projects)])
    }

    public static func backupJSON(_ r: BackupResult, destination: String) -> [String: Any] {
        var o: [String: Any] = ["destination": destination, "ok": r.report.ok, "failures": r.report.failures]
        if let d = r.digest { o["digest"] = DigestText.json(d) }
        return o
    }

    public static func backedUp(_ d: LedgerDigest, destination: String, _ l: Language) -> [String] {
        [RenderText.backedUp.text(l, ["folder": destination, "count": String(d.sequence)]),
         RenderText.digestPrefix.text(l, ["digest": DigestText.line(d)])]
    }

    public static func backupFailed(_ r: BackupResult, destination: String, _ l: Language) -> [String] {
        r.report.findings.map { $0.line(l) } + [RenderText.backupFailed.text(l, ["folder": destination])]
    }

    public static func voidJSON(_ v: VoidResult) -> [String: Any] {
        let o = v.outcome
        return ["landed": v.landed, "voided": v.target.event.id, "voided_sequence": v.target.sequence, "void_id": v.void.id,
                "void_sequence": v.landed ? o.head.sequence : 0, "batch": o.batches.first?.id ?? 0, "head": DigestText.headJSON(o.head)]
    }

    public static func voided(_ v: VoidResult, _ l: Language) -> String {
        let o = v.outcome, t = v.target
        guard v.landed else { return RenderText.voidedAlready.text(l, ["event": t.event.id, "void": v.void.id]) }
        return RenderText.voided.text(l, ["event": t.event.id, "sequence": String(t.sequence), "void": v.void.id,
                                          "voidSequence": String(o.head.sequence), "batch": String(o.batches.first?.id ?? 0),
                                          "digest": DigestText.head(o.head)])
    }

    public static func replayedJSON(_ r: ReplayExportResult) -> [String: Any] {
        ["landed": true, "events": r.outcome.eventsAppended, "batches": r.outcome.batches.count, "digest": DigestText.json(r.digest)]
    }

    public static func replayed(_ r: ReplayExportResult, _ l: Language) -> String {
        RenderText.replayed.text(l, ["events": String(r.outcome.eventsAppended), "batches": String(r.outcome.batches.count),
                                     "digest": DigestText.line(r.digest)])
    }
}
