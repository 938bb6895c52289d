public import Catalogue
public import Ledger
public import LedgerStore

/// An import's report: what landed (or would, in a dry run), and what was refused.
public enum ImportText {
    /// How many preview events a dry run prints as a table.
    public static let previewRowsShown = 50

    public static func lines(_ o: ImportOutcome, _ l: Language) -> [String] {
        let zh = l.isChinese
        var out: [String] = []
        for (source, batch) in o.alreadyLanded {
            out.append(zh ? "\(source.fileName):已作为批次 \(batch.id) 导入(\(batch.eventCount) 个事件,记录时间 \(Timestamp.iso(batch.recordedAtMs)),导入于 \(Timestamp.iso(batch.importedAtMs))),本次未重复导入。"
                          : "\(source.fileName): already landed as batch \(batch.id) (\(batch.eventCount) events, recorded at \(Timestamp.iso(batch.recordedAtMs)), imported at \(Timestamp.iso(batch.importedAtMs))); not imported again.")
        }
        for b in o.batches {
            out.append(zh ? "\(o.dryRun ? "(试运行)" : "")批次 \(b.id):\(b.fileName)(\(b.encoding)),\(b.rows) 行,新增 \(b.eventCount) 个事件,跳过已有 \(b.duplicateCount) 个;序号 \(BatchText.range(b))"
                          : "\(o.dryRun ? "(dry run) " : "")batch \(b.id): \(b.fileName) (\(b.encoding)), \(b.rows) rows, \(b.eventCount) new events, \(b.duplicateCount) already present; sequences \(BatchText.range(b))")
        }
        if o.dryRun {
            var t = TextTable(header: zh ? ["序号", "日期", "事件", "项目", "金额", "名称"] : ["seq", "date", "kind", "project", "amount", "name"], rightAligned: [0])
            for r in o.preview.prefix(previewRowsShown) {
                let e = r.event
                t.add([String(r.sequence), e.date.description, zh ? e.kind.chinese : e.kind.name, e.project,
                       e.kind.carriesAmount ? MoneyText.text(e.amount, l) : "", e.name])
            }
            if !o.preview.isEmpty { out.append(t.render()) }
            if o.preview.count > previewRowsShown { out.append(zh ? "……共 \(o.eventsAppended) 个事件" : "… \(o.eventsAppended) events in all") }
            out.append(zh ? "试运行:未写入任何内容。" : "dry run: nothing was written.")
            return out
        }
        if o.eventsAppended == 0 && o.batches.isEmpty && !o.alreadyLanded.isEmpty { return out }
        out.append(zh ? "已导入 \(o.eventsAppended) 个事件;台账摘要 \(DigestText.head(o.head))"
                      : "imported \(o.eventsAppended) events; ledger digest \(DigestText.head(o.head))")
        return out
    }

    public static func jsonObject(_ o: ImportOutcome) -> [String: Any] {
        var object: [String: Any] = [
            "landed": !o.dryRun && o.eventsAppended > 0,
            "dry_run": o.dryRun,
            "events": o.eventsAppended, "duplicates": o.duplicates, "rows": o.rows,
            "head": DigestText.headJSON(o.head),
            "batches": o.batches.map(BatchText.jsonObject),
            "already_landed": o.alreadyLanded.map { ["file": $0.source.fileName, "batch": $0.batch.id, "events": $0.batch.eventCount,
                                                     "recorded_at": Timestamp.iso($0.batch.recordedAtMs),
                                                     "imported_at": Timestamp.iso($0.batch.importedAtMs)] as [String: Any] },
        ]
        if o.dryRun { object["preview"] = o.preview.map { ReplayText.jsonObject($0) } }
        return object
    }

    /// The JSON of a refused import: `landed: false` and every problem.
    public static func rejectedJSON(_ problems: [RowProblem], _ l: Language) -> [String: Any] {
        ["landed": false,
         "problems": problems.map {
             ["file": $0.file, "line": $0.line, "column": $0.column, "value": $0.value, "code": $0.code,
              "message": l.isChinese ? $0.chinese : $0.english] as [String: Any]
         }]
    }

    /// One line per problem, in the shape `FILE 第N行 列名列 值“…”: 原因`.
    public static func problemLines(_ problems: [RowProblem], _ l: Language) -> [String] {
        problems.map { $0.message(chinese: l.isChinese) }
    }
}
