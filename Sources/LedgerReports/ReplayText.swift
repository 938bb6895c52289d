public import Catalogue
public import Ledger
public import LedgerService
internal import LedgerStore

/// An event as `replay`, `show` and the dry-run preview print it: a table row, a JSON object,
/// and the few words of what it changed.
public enum ReplayText {
    public static func header(_ l: Language) -> [String] {
        l.pick("序号|日期|事件|项目|金额|变化|来源", "seq|date|kind|project|amount|change|source").split(separator: "|").map(String.init)
    }

    /// One row of the replay table.
    public static func row(_ step: ReplayStep, _ l: Language) -> [String] {
        let r = step.event.record, e = r.event
        let mark = step.event.voidedBy.map { l.pick(" [已被 \($0) 作废]", " [voided by \($0)]") } ?? ""
        return [String(r.sequence), e.date.description, l.pick(e.kind.chinese, e.kind.name), e.project,
                e.kind.carriesAmount ? MoneyText.text(e.amount, l) : "", describe(step, l) + mark, source(step.event, l)]
    }

    /// `批次 3 Fixtures/2021Q1.jsonl:12`: where an event came from.
    public static func source(_ e: ListedEvent, _ l: Language) -> String {
        "\(l.pick("批次", "batch")) \(e.record.envelope.batch) \(e.file.isEmpty ? "?" : e.file):\(e.record.envelope.sourceLine)"
    }

    /// The replay footer: how many events, and whether the chain was checked.
    public static func footer(count: Int, verified: Bool, _ l: Language) -> String {
        l.pick("共 \(count) 个事件", "\(count) events") + (verified ? l.pick(",哈希链校验通过", "; hash chain checked") : "")
    }

    /// What an event changed in its project, in a few words.
    public static func describe(_ step: ReplayStep, _ l: Language) -> String {
        let zh = l.isChinese, event = step.event.record.event, before = step.before, after = step.after
        var parts: [String] = []
        if event.kind == .void { parts.append(zh ? "作废 \(event.ref)" : "voids \(event.ref)") }
        if !before.isSigned && after.isSigned { parts.append(zh ? "签约 \(after.totalInvestment.chinese)" : "signed at \(after.totalInvestment.english)") }
        else if before.isSigned && !after.isSigned { parts.append(zh ? "撤销签约" : "signing undone") }
        else if before.status != after.status { parts.append("\(zh ? before.status.chinese : before.status.name) → \(zh ? after.status.chinese : after.status.name)") }
        if before.isSigned && before.totalInvestment != after.totalInvestment {
            parts.append(zh ? "总投资 \(before.totalInvestment.chinese) → \(after.totalInvestment.chinese)" : "total \(before.totalInvestment.english) → \(after.totalInvestment.english)")
        }
        if before.disbursed != after.disbursed {
            parts.append(zh ? "累计到位 \(after.disbursed.chinese)" : "disbursed to date \(after.disbursed.english)")
        }
        return parts.joined(separator: zh ? ";" : "; ")
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
