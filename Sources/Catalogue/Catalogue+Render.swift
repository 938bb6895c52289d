/// Words of the shared renderers (`LedgerReports`): table headers, labels and report lines of
/// imports, projects, replays, batches and audits, for the command line and the web alike.
public enum RenderText: String, Phrasebook {
    case asKnownAt, datesUpTo, basisSeparator, listSeparator
    // Column headers.
    case colSequence, colDate, colKind, colProject, colAmount, colChange, colSource, colName, colGroup, colIndustry
    case colStatus, colSigned, colTotal, colDisbursed, colId, colNote, colBatch, colFile, colEncoding, encodingUTF8BOM, encodingUTF16BOM, colRows, colEvents
    case colDuplicates, colSequences, colRecordedAt, colImportedAt, colOperator, colSHA256
    // Replay and show.
    case source, voidedMark, voidedMarkShow, voids, voidsWithNote, changeSigned, changeUndone, changeStatus, changeTotal, changeDisbursed
    case replayCount, replayCountChecked, signingVoided, statusVoid
    case factStatus, factGroup, factIndustry, factInvestor, factSigned, factTotal, factRevisions, factDisbursed
    case milestoneSigned, milestoneStarted, milestoneCommissioned, milestoneTerminated
    case daysSigningToStart, daysStartToCommissioning, daysSigningToCommissioning, days
    case projectsTotal, backdated
    // Import.
    case alreadyLanded, batchLanded, batchLandedDryRun, previewMore, dryRunNothingWritten, imported
    // Audit.
    case backedUp, digestPrefix, backupFailed, rebuiltEqual, rebuiltDiffered, voided, voidedAlready, replayed

    public var phrase: Phrase {
        switch self {
        case .asKnownAt: Phrase(zh: "截至 {time} 台账所知", en: "as known at {time}")
        case .datesUpTo: Phrase(zh: "业务日期截至 {date}", en: "business dates up to {date}")
        case .basisSeparator: Phrase(zh: ";", en: "; ")
        case .listSeparator: Phrase(zh: ";", en: "; ")
        case .colSequence: Phrase(zh: "序号", en: "seq")
        case .colDate: Phrase(zh: "日期", en: "date")
        case .colKind: Phrase(zh: "事件", en: "kind")
        case .colProject: Phrase(zh: "项目", en: "project")
        case .colAmount: Phrase(zh: "金额", en: "amount")
        case .colChange: Phrase(zh: "变化", en: "change")
        case .colSource: Phrase(zh: "来源", en: "source")
        case .colName: Phrase(zh: "名称", en: "name")
        case .colGroup: Phrase(zh: "组团", en: "group")
        case .colIndustry: Phrase(zh: "产业链", en: "industry")
        case .colStatus: Phrase(zh: "状态", en: "status")
        case .colSigned: Phrase(zh: "签约日期", en: "signed")
        case .colTotal: Phrase(zh: "总投资", en: "total")
        case .colDisbursed: Phrase(zh: "累计到位", en: "disbursed")
        case .colId: Phrase(zh: "编号", en: "id")
        case .colNote: Phrase(zh: "备注", en: "note")
        case .colBatch: Phrase(zh: "批次", en: "batch")
        case .colFile: Phrase(zh: "文件", en: "file")
        case .colEncoding: Phrase(zh: "编码", en: "encoding")
        case .encodingUTF8BOM: Phrase(zh: "UTF-8,带 BOM", en: "UTF-8 with BOM")
        case .encodingUTF16BOM: Phrase(zh: "UTF-16,带 BOM", en: "UTF-16 with BOM")
        case .colRows: Phrase(zh: "行数", en: "rows")
        case .colEvents: Phrase(zh: "事件", en: "events")
        case .colDuplicates: Phrase(zh: "重复", en: "duplicates")
        case .colSequences: Phrase(zh: "序号", en: "sequences")
        case .colRecordedAt: Phrase(zh: "记录时间", en: "recorded at")
        case .colImportedAt: Phrase(zh: "导入时间", en: "imported at")
        case .colOperator: Phrase(zh: "操作员", en: "operator")
        case .colSHA256: Phrase(zh: "SHA-256", en: "SHA-256")
        case .source: Phrase(zh: "批次 {batch} {file}:{line}", en: "batch {batch} {file}:{line}")
        case .voidedMark: Phrase(zh: " [已被 {sequence} 作废]", en: " [voided by {sequence}]")
        case .voidedMarkShow: Phrase(zh: "[已被 {sequence} 作废] ", en: "[VOIDED by {sequence}] ")
        case .voids: Phrase(zh: "作废 {ref}", en: "voids {ref}")
        case .voidsWithNote: Phrase(zh: "作废 {ref}: {note}", en: "voids {ref}: {note}")
        case .changeSigned: Phrase(zh: "签约 {amount}", en: "signed at {amount}")
        case .changeUndone: Phrase(zh: "撤销签约", en: "signing undone")
        case .changeStatus: Phrase(zh: "{before} → {after}", en: "{before} → {after}")
        case .changeTotal: Phrase(zh: "总投资 {before} → {after}", en: "total {before} → {after}")
        case .changeDisbursed: Phrase(zh: "累计到位 {amount}", en: "disbursed to date {amount}")
        case .replayCount: Phrase(zh: "共 {count} 个事件", en: "{count} events")
        case .replayCountChecked: Phrase(zh: "共 {count} 个事件,哈希链校验通过", en: "{count} events; hash chain checked")
        case .signingVoided: Phrase(zh: "(签约已作废)", en: "(its signing was voided)")
        case .statusVoid: Phrase(zh: "已作废", en: "void")
        case .factStatus: Phrase(zh: "状态", en: "status")
        case .factGroup: Phrase(zh: "组团", en: "group")
        case .factIndustry: Phrase(zh: "产业链", en: "industry chain")
        case .factInvestor: Phrase(zh: "投资方", en: "investor")
        case .factSigned: Phrase(zh: "签约投资", en: "investment signed")
        case .factTotal: Phrase(zh: "总投资(含调整)", en: "total investment (revised)")
        case .factRevisions: Phrase(zh: "(调整 {count} 次)", en: " ({count} revisions)")
        case .factDisbursed: Phrase(zh: "累计到位资金", en: "disbursed to date")
        case .milestoneSigned: Phrase(zh: "签约", en: "signed")
        case .milestoneStarted: Phrase(zh: "开工", en: "construction started")
        case .milestoneCommissioned: Phrase(zh: "投产", en: "commissioned")
        case .milestoneTerminated: Phrase(zh: "终止", en: "terminated")
        case .daysSigningToStart: Phrase(zh: "签约至开工", en: "signing to start")
        case .daysStartToCommissioning: Phrase(zh: "开工至投产", en: "start to commissioning")
        case .daysSigningToCommissioning: Phrase(zh: "签约至投产", en: "signing to commissioning")
        case .days: Phrase(zh: "{count} 天", en: "{count} days")
        case .projectsTotal: Phrase(zh: "共 {count} 个项目,总投资 {total}", en: "{count} projects, {total} in total")
        case .backdated: Phrase(zh: "(补录)", en: " (backdated)")
        case .alreadyLanded:
            Phrase(zh: "{file}:已作为批次 {batch} 导入({events} 个事件,记录时间 {recorded},导入于 {imported}),本次未重复导入。",
                   en: "{file}: already landed as batch {batch} ({events} events, recorded at {recorded}, imported at {imported}); not imported again.")
        case .batchLanded:
            Phrase(zh: "批次 {batch}:{file}({encoding}),{rows} 行,新增 {events} 个事件,跳过已有 {duplicates} 个;序号 {range}",
                   en: "batch {batch}: {file} ({encoding}), {rows} rows, {events} new events, {duplicates} already present; sequences {range}")
        case .batchLandedDryRun:
            Phrase(zh: "(试运行)批次 {batch}:{file}({encoding}),{rows} 行,新增 {events} 个事件,跳过已有 {duplicates} 个;序号 {range}",
                   en: "(dry run) batch {batch}: {file} ({encoding}), {rows} rows, {events} new events, {duplicates} already present; sequences {range}")
        case .previewMore: Phrase(zh: "……共 {count} 个事件", en: "… {count} events in all")
        case .dryRunNothingWritten: Phrase(zh: "试运行:未写入任何内容。", en: "dry run: nothing was written.")
        case .imported: Phrase(zh: "已导入 {count} 个事件;台账摘要 {digest}", en: "imported {count} events; ledger digest {digest}")
        case .backedUp: Phrase(zh: "已备份到 {folder}:{count} 个事件,副本校验通过。", en: "backed up to {folder}: {count} events; the copy verifies.")
        case .digestPrefix: Phrase(zh: "摘要 {digest}", en: "digest {digest}")
        case .backupFailed: Phrase(zh: "备份副本校验失败:{folder}", en: "the backup at {folder} does NOT verify")
        case .rebuiltEqual:
            Phrase(zh: "已从 {events} 个事件重建 {projects} 个项目的投影:与原投影一致。",
                   en: "rebuilt the projections of {projects} projects from {events} events: equal to the stored ones.")
        case .rebuiltDiffered:
            Phrase(zh: "已从 {events} 个事件重建 {projects} 个项目的投影:原投影与日志不一致,已更正。",
                   en: "rebuilt the projections of {projects} projects from {events} events: the stored ones DIFFERED and were replaced.")
        case .voided:
            Phrase(zh: "已作废 {event}(序号 {sequence}):作废事件 {void},序号 {voidSequence},批次 {batch};台账摘要 {digest}",
                   en: "voided {event} (sequence {sequence}) by {void} at sequence {voidSequence}, batch {batch}; ledger digest {digest}")
        case .voidedAlready:
            Phrase(zh: "{event} 已由同一作废事件 {void} 作废,未重复写入。", en: "{event} was already voided by the same void {void}; nothing was written.")
        case .replayed:
            Phrase(zh: "已重放 {events} 个事件({batches} 个批次),与导出文件的哈希一致;台账摘要 {digest}",
                   en: "replayed {events} events in {batches} batches, every hash as exported; ledger digest {digest}")
        }
    }
}
