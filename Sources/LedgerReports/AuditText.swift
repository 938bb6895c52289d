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
        r.equal
            ? l.pick("已从 \(r.events) 个事件重建 \(r.projects) 个项目的投影:与原投影一致。",
                     "rebuilt the projections of \(r.projects) projects from \(r.events) events: equal to the stored ones.")
            : l.pick("已从 \(r.events) 个事件重建 \(r.projects) 个项目的投影:原投影与日志不一致,已更正。",
                     "rebuilt the projections of \(r.projects) projects from \(r.events) events: the stored ones DIFFERED and were replaced.")
    }

    public static func backupJSON(_ r: BackupResult, destination: String) -> [String: Any] {
        var o: [String: Any] = ["destination": destination, "ok": r.report.ok, "failures": r.report.failures]
        if let d = r.digest { o["digest"] = DigestText.json(d) }
        return o
    }

    public static func backedUp(_ d: LedgerDigest, destination: String, _ l: Language) -> [String] {
        [l.pick("已备份到 \(destination):\(d.sequence) 个事件,副本校验通过。", "backed up to \(destination): \(d.sequence) events; the copy verifies."),
         l.pick("摘要 ", "digest ") + DigestText.line(d)]
    }

    public static func backupFailed(_ r: BackupResult, destination: String, _ l: Language) -> [String] {
        r.report.findings.map { $0.line(l) } + [l.pick("备份副本校验失败:\(destination)", "the backup at \(destination) does NOT verify")]
    }

    public static func voidJSON(_ v: VoidResult) -> [String: Any] {
        let o = v.outcome
        return ["landed": v.landed, "voided": v.target.event.id, "voided_sequence": v.target.sequence, "void_id": v.void.id,
                "void_sequence": v.landed ? o.head.sequence : 0, "batch": o.batches.first?.id ?? 0, "head": DigestText.headJSON(o.head)]
    }

    public static func voided(_ v: VoidResult, _ l: Language) -> String {
        let o = v.outcome, t = v.target
        guard v.landed else {
            return l.pick("\(t.event.id) 已由同一作废事件 \(v.void.id) 作废,未重复写入。",
                          "\(t.event.id) was already voided by the same void \(v.void.id); nothing was written.")
        }
        return l.pick(
            "已作废 \(t.event.id)(序号 \(t.sequence)):作废事件 \(v.void.id),序号 \(o.head.sequence),批次 \(o.batches.first?.id ?? 0);台账摘要 \(DigestText.head(o.head))",
            "voided \(t.event.id) (sequence \(t.sequence)) by \(v.void.id) at sequence \(o.head.sequence), batch \(o.batches.first?.id ?? 0); ledger digest \(DigestText.head(o.head))")
    }

    public static func replayedJSON(_ r: ReplayExportResult) -> [String: Any] {
        ["landed": true, "events": r.outcome.eventsAppended, "batches": r.outcome.batches.count, "digest": DigestText.json(r.digest)]
    }

    public static func replayed(_ r: ReplayExportResult, _ l: Language) -> String {
        l.pick("已重放 \(r.outcome.eventsAppended) 个事件(\(r.outcome.batches.count) 个批次),与导出文件的哈希一致;台账摘要 ",
               "replayed \(r.outcome.eventsAppended) events in \(r.outcome.batches.count) batches, every hash as exported; ledger digest ")
            + DigestText.line(r.digest)
    }
}
