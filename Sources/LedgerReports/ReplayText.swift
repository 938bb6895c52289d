public import Catalogue
public import Ledger
public import LedgerService
internal import LedgerStore

/// An event as `replay`, `show` and the dry-run preview print it: a table row, a JSON object,
/// and the few words of what it changed.
public enum ReplayText {
    public static func header(_ l: Language) -> [String] {
        [RenderText.colSequence, .colDate, .colKind, .colProject, .colAmount, .colChange, .colSource].map { $0.text(l) }
    }

    /// One row of the replay table.
    public static func row(_ step: ReplayStep, _ l: Language) -> [String] {
        let r = step.event.record, e = r.event
        let mark = step.event.voidedBy.map { RenderText.voidedMark.text(l, ["sequence": String($0)]) } ?? ""
        return [String(r.sequence), e.date.description, KindText.kind(e.kind, l), e.project,
                e.kind.carriesAmount ? MoneyText.text(e.amount, l) : "", describe(step, l) + mark, source(step.event, l)]
    }

    /// `批次 3 Fixtures/2021Q1.jsonl:12`: where an event came from.
    public static func source(_ e: ListedEvent, _ l: Language) -> String {
        RenderText.source.text(l, ["batch": String(e.record.envelope.batch), "file": e.file.isEmpty ? "?" : e.file,
                                   "line": String(e.record.envelope.sourceLine)])
    }

    /// The replay footer: how many events, and whether the chain was checked.
    public static func footer(count: Int, verified: Bool, _ l: Language) -> String {
        (verified ? RenderText.replayCountChecked : .replayCount).text(l, ["count": String(count)])
    }

    /// What an event changed in its project, in a few words.
    public static func describe(_ step: ReplayStep, _ l: Language) -> String {
        let event = step.event.record.event, before = step.before, after = step.after
        func money(_ m: Money) -> String { MoneyText.text(m, l) }
        var parts: [String] = []
        if event.kind == .void { parts.append(RenderText.voids.text(l, ["ref": event.ref])) }
        if !before.isSigned && after.isSigned {
            parts.append(RenderText.changeSigned.text(l, ["amount": money(after.totalInvestment)]))
        } else if before.isSigned && !after.isSigned {
            parts.append(RenderText.changeUndone.text(l))
        } else if before.status != after.status {
            parts.append(RenderText.changeStatus.text(l, ["before": KindText.status(before.status, l), "after": KindText.status(after.status, l)]))
        }
        if before.isSigned && before.totalInvestment != after.totalInvestment {
            parts.append(RenderText.changeTotal.text(l, ["before": money(before.totalInvestment), "after": money(after.totalInvestment)]))
        }
        if before.disbursed != after.disbursed { parts.append(RenderText.changeDisbursed.text(l, ["amount": money(after.disbursed)])) }
        if event.kind == .updated { parts.append(AttributeText.changes(event, l)) }
        return parts.joined(separator: RenderText.listSeparator.text(l))
    }

    /// The JSON object of one event (`replay --jsonl`, `show --json`, the dry-run preview).
    public static func jsonObject(_ r: RecordedEvent, change: String? = nil, voidedBy: UInt64? = nil, file: String? = nil) -> [String: Any] {
        let e = r.event
        var o: [String: Any] = [
            "sequence": r.sequence, "recorded_at": Timestamp.iso(r.envelope.recordedAtMs), "batch": r.envelope.batch,
            "line": r.envelope.sourceLine, "hash": Hex.string(r.envelope.hash),
            "id": e.id, "kind": e.kind.name, "project": e.project, "date": e.date.description,
        ]
        if e.kind.carriesAmount { o["amount_fen"] = e.amount.fen }
        for (k, v) in [("name", e.name), ("group", e.group), ("industry", e.industry), ("investor", e.investor), ("ref", e.ref), ("note", e.note)] where !v.isEmpty {
            o[k] = v
        }
        if !e.attributes.isEmpty { o["attributes"] = AttributeText.jsonObject(e.attributes) }
        if let change { o["change"] = change }
        if let voidedBy { o["voided_by"] = voidedBy }
        if let file { o["file"] = file }
        return o
    }

    /// `replay --jsonl`'s object for one step.
    public static func jsonObject(_ step: ReplayStep, _ l: Language) -> [String: Any] {
        jsonObject(step.event.record, change: describe(step, l), voidedBy: step.event.voidedBy, file: step.event.file)
    }
}

/// An amount in the reader's language: `20.8亿元`, `2.08 billion yuan`.
public enum MoneyText {
    public static func text(_ m: Money, _ l: Language) -> String { l.isChinese ? m.chinese : m.english }
}

/// An event kind or a project status in the reader's language (the domain carries both words).
public enum KindText {
    public static func kind(_ k: EventKind, _ l: Language) -> String { l.isChinese ? k.chinese : k.name }
    public static func status(_ s: ProjectStatus, _ l: Language) -> String { l.isChinese ? s.chinese : s.name }
}
