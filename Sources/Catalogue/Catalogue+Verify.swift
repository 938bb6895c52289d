/// What `verify` reports, and what a damaged ledger file is called, in both languages.
///
/// A failure line names where it is (a sequence of the log, or a named database and key)
/// and then what is wrong; `place*` phrases wrap the `what` phrases below them.
public enum VerifyText: String, Phrasebook {
    // Where.
    case placeSequence, placeKey, placeDatabase
    // The log.
    case logKeyMalformed, logJumps, recordTooShort, previousHashMismatch, hashMismatch, recordUndecodable
    case recordSaysSequence, recordedTimeBackwards, eventIdMissing, eventIdElsewhere, historyBreaks
    // Why a record does not decode.
    case codecTruncated, codecVersion, codecKind, codecDate, codecText, codecTrailing, codecInvariant, codecVersionMismatch
    // Indexes and projections.
    case valueWrongLength, entriesCount, projectEventsDiffer, voidsDiffer
    case projectionUndecodable, projectionDiffers, quarterDiffers, quartersCount
    // Batches and batch files.
    case batchUndecodable, batchSaysId, batchIdGap, batchFirstSequence, batchEventCount, batchRows
    case batchRecordedBackwards, batchNotCanonical, eventBatchUnknown, eventBatchElsewhere, eventRecordedNotBatch
    case batchFileMissing, batchFileElsewhere, batchFileUnknownBatch
    // Meta.
    case metaMissing, metaPresentWhenEmpty, metaUnknownKey, metaFormat, metaHeadSequence, metaHeadHash
    case metaHeadRecorded, metaBatchCount, metaZoneNotText, metaCreatedAfterImport
    // The Merkle tree kept with the log.
    case merkleSizeDiffers, merkleNodeDiffers, merkleFrontierDiffers
    // The bitemporal summary index.
    case summaryIndexDiffers, summaryIndexMissingEntry, summaryIndexCount
    // The command's own lines.
    case verified, digestLine, failedOne, failedMore
    // A damaged data file.
    case damagedEmpty, damagedTruncated, damagedPage, damagedPageFault, damagedNotLMDB, damagedDatabaseMissing, damagedRecord, damagedMetaValue, damagedFormat

    public var phrase: Phrase {
        switch self {
        case .placeSequence: Phrase(zh: "序号 {sequence}:{what}", en: "sequence {sequence}: {what}")
        case .placeKey: Phrase(zh: "{database} 的键 {key}:{what}", en: "{database} key {key}: {what}")
        case .placeDatabase: Phrase(zh: "{database}:{what}", en: "{database}: {what}")

        case .logKeyMalformed: Phrase(zh: "日志中有格式错误的键", en: "malformed key in the log")
        case .logJumps: Phrase(zh: "缺失:日志从 {from} 跳到 {to}", en: "missing: the log jumps from {from} to {to}")
        case .recordTooShort: Phrase(zh: "记录过短({bytes} 字节)", en: "record too short ({bytes} bytes)")
        case .previousHashMismatch: Phrase(zh: "前一哈希与序号 {previous} 的哈希不符", en: "previous hash does not match the hash of sequence {previous}")
        case .hashMismatch: Phrase(zh: "哈希与记录的字节不符", en: "hash does not match the record's bytes")
        case .recordUndecodable: Phrase(zh: "记录无法解码:{reason}", en: "record cannot be decoded: {reason}")
        case .recordSaysSequence: Phrase(zh: "记录自称序号 {stored}", en: "record says sequence {stored}")
        case .recordedTimeBackwards: Phrase(zh: "记录时间倒退", en: "recorded time goes backwards")
        case .eventIdMissing: Phrase(zh: "`event_ids` 中没有事件 {id}", en: "`event_ids` has no entry for {id}")
        case .eventIdElsewhere: Phrase(zh: "`event_ids` 把事件 {id} 映射到 {target}", en: "`event_ids` maps {id} to {target}")
        case .historyBreaks: Phrase(zh: "事件 {id} 在重放时破坏其项目的历史:{reason}", en: "event {id} breaks its project's history on replay: {reason}")

        case .codecTruncated: Phrase(zh: "记录在第 {offset} 字节处提前结束", en: "record ends early at byte {offset}")
        case .codecVersion: Phrase(zh: "记录格式版本 {version} 不是本程序能读的版本", en: "record format version {version} is not one this build reads")
        case .codecKind: Phrase(zh: "未知的事件类型代码 {kind}", en: "unknown event kind code {kind}")
        case .codecDate: Phrase(zh: "无效的业务日期 {date}", en: "invalid business date {date}")
        case .codecText: Phrase(zh: "第 {offset} 字节处的文本不是 UTF-8", en: "text at byte {offset} is not UTF-8")
        case .codecTrailing: Phrase(zh: "记录之后多出 {count} 字节", en: "{count} bytes after the record")
        case .codecVersionMismatch: Phrase(zh: "记录格式版本 {version} 与其内容不符(事件类型代码 {kind})",
                                           en: "record format version {version} does not fit what it holds (event kind code {kind})")
        case .codecInvariant: Phrase(zh: "项目状态不可能成立:`{what}`", en: "a project state that cannot be: {what}")

        case .valueWrongLength: Phrase(zh: "值为 {bytes} 字节,应为 {expected} 字节", en: "value is {bytes} bytes, {expected} expected")
        case .entriesCount: Phrase(zh: "有 {entries} 个条目,日志有 {events} 个事件", en: "has {entries} entries for {events} events")
        case .projectEventsDiffer: Phrase(zh: "`project_events` 中项目 {project} 列为 {listed},日志为 {logged}", en: "`project_events` for {project} lists {listed} but the log has {logged}")
        case .voidsDiffer: Phrase(zh: "`voids` 索引与日志对事件 {id} 不一致", en: "`voids` index disagrees with the log for event {id}")
        case .projectionUndecodable: Phrase(zh: "项目 {project} 的投影无法解码:{reason}", en: "projection of project {project} cannot be decoded: {reason}")
        case .projectionDiffers: Phrase(zh: "项目 {project} 的存储投影与日志重新折叠的结果不同", en: "stored projection of project {project} differs from a fresh fold of the log")
        case .quarterDiffers: Phrase(zh: "项目 {project} 在 {quarter} 的存储数字与重新折叠的结果不同", en: "stored {quarter} figures of project {project} differ from a fresh fold")
        case .quartersCount: Phrase(zh: "季度数字有 {stored} 个条目,重新折叠得 {folded} 个", en: "quarter figures have {stored} entries, a fresh fold {folded}")

        case .batchUndecodable: Phrase(zh: "批次记录无法解码:{reason}", en: "batch record cannot be decoded: {reason}")
        case .batchSaysId: Phrase(zh: "批次记录自称批次 {stored}", en: "batch record says batch {stored}")
        case .batchIdGap: Phrase(zh: "批次编号在 {previous} 之后跳号,而本批次不是重放的导出", en: "batch ids jump after {previous}, and this batch is not a replayed export")
        case .batchFirstSequence: Phrase(zh: "首个序号记为 {stored},应为 {expected}", en: "first sequence says {stored}, {expected} expected")
        case .batchEventCount: Phrase(zh: "事件数记为 {stored},日志中属于本批次的事件有 {counted} 个", en: "event count says {stored}, the log has {counted} events of it")
        case .batchRows: Phrase(zh: "行数 {rows} 不等于事件数 {events} 加重复行数 {duplicates}", en: "rows {rows} is not its events {events} plus duplicates {duplicates}")
        case .batchRecordedBackwards: Phrase(zh: "记录时间早于前一个批次的记录时间", en: "recorded time is before the previous batch's")
        case .batchNotCanonical: Phrase(zh: "记录的字节不是其内容的编码", en: "record's bytes are not the encoding of what it says")
        case .eventBatchUnknown: Phrase(zh: "事件属于批次 {batch},而 `batches` 中没有该批次", en: "event names batch {batch}, which `batches` does not hold")
        case .eventBatchElsewhere: Phrase(zh: "事件属于批次 {batch},但其序号在批次 {expected} 的范围内", en: "event names batch {batch}, but its sequence lies in batch {expected}")
        case .eventRecordedNotBatch: Phrase(zh: "记录时间 {event} 与其批次的记录时间 {batch} 不同", en: "recorded time {event} is not its batch's {batch}")
        case .batchFileMissing: Phrase(zh: "`batch_files` 中没有本批次文件的 SHA-256", en: "`batch_files` has no entry for this batch's file SHA-256")
        case .batchFileElsewhere: Phrase(zh: "映射到批次 {batch},而该批次的文件 SHA-256 不是这个", en: "maps to batch {batch}, whose file SHA-256 is another")
        case .batchFileUnknownBatch: Phrase(zh: "映射到批次 {batch},而 `batches` 中没有该批次", en: "maps to batch {batch}, which `batches` does not hold")

        case .metaMissing: Phrase(zh: "缺少此键", en: "is missing")
        case .metaPresentWhenEmpty: Phrase(zh: "空台账不应有此键", en: "is present, but the ledger is empty")
        case .metaUnknownKey: Phrase(zh: "不是台账会有的键", en: "is not a key a ledger has")
        case .metaFormat: Phrase(zh: "格式版本为 {stored},应为 {expected}", en: "format version is {stored}, {expected} expected")
        case .metaHeadSequence: Phrase(zh: "记为 {stored},日志的最后一个事件是 {last}", en: "says {stored}, the log's last event is {last}")
        case .metaHeadHash: Phrase(zh: "不是日志最后一个事件的哈希", en: "is not the hash of the log's last event")
        case .metaHeadRecorded: Phrase(zh: "记为 {stored},日志的最后一个事件记录于 {last}", en: "says {stored}, the log's last event was recorded at {last}")
        case .metaBatchCount: Phrase(zh: "记为 {stored},最后一个批次是 {last}", en: "says {stored}, the last batch is {last}")
        case .merkleSizeDiffers: Phrase(zh: "默克尔树覆盖 {stored} 个事件,日志有 {events} 个", en: "the Merkle tree covers {stored} events, the log has {events}")
        case .merkleNodeDiffers: Phrase(zh: "存储的哈希不是由日志重新计算出的哈希(`merkle_nodes` 被改动)", en: "the stored hash is not the one recomputed from the log (merkle_nodes was altered)")
        case .summaryIndexDiffers: Phrase(zh: "不是由日志重新计算出的汇总索引条目", en: "is not the summary index entry recomputed from the log")
        case .summaryIndexMissingEntry: Phrase(zh: "缺少由日志重新计算出的汇总索引条目", en: "is missing: the log gives this summary index entry")
        case .summaryIndexCount: Phrase(zh: "有 {stored} 个条目,由日志重新计算应有 {expected} 个", en: "holds {stored} entries where the log gives {expected}")
        case .merkleFrontierDiffers: Phrase(zh: "不是由日志重新计算出的默克尔树前沿", en: "is not the Merkle frontier recomputed from the log")
        case .metaZoneNotText: Phrase(zh: "区域名称不是 UTF-8 文本", en: "the zone's name is not UTF-8 text")
        case .metaCreatedAfterImport: Phrase(zh: "创建时间 {created} 晚于第一个批次的导入时间 {imported}", en: "creation time {created} is after the first batch's import time {imported}")

        case .verified: Phrase(zh: "校验通过:{events} 个事件,哈希链、索引、批次、元数据和投影均一致。",
                               en: "verified: {events} events; chain, indexes, batches, meta and projections all match.")
        case .digestLine: Phrase(zh: "摘要 {digest}", en: "digest {digest}")
        case .failedOne: Phrase(zh: "校验失败:{failure}", en: "verification FAILED: {failure}")
        case .failedMore: Phrase(zh: "校验失败:{failure}(另有 {count} 处不符,`--json` 列出全部)",
                                 en: "verification FAILED: {failure} (and {count} more; `--json` lists them all)")

        case .damagedEmpty: Phrase(zh: "台账 {path} 已损坏:`data.mdb` 是空文件(0 字节);请从备份恢复",
                                   en: "ledger {path} is damaged: `data.mdb` is empty (0 bytes); restore it from a backup")
        case .damagedTruncated: Phrase(zh: "台账 {path} 已损坏:`data.mdb` 只有 {bytes} 字节,而其最后使用的页面止于第 {needed} 字节(文件被截断);请从备份恢复",
                                       en: "ledger {path} is damaged: `data.mdb` is {bytes} bytes but its last used page ends at byte {needed} (the file was cut short); restore it from a backup")
        case .damagedPage: Phrase(zh: "台账 {path} 已损坏:读到损坏的页面({call});请从备份恢复",
                                  en: "ledger {path} is damaged: a page of it does not hold ({call}); restore it from a backup")
        case .damagedPageFault: Phrase(zh: "台账 {path} 已损坏:LMDB 读到一个无法成立的页面而停止;请从备份恢复",
                                       en: "ledger {path} is damaged: LMDB stopped on a page that does not hold; restore it from a backup")
        case .damagedDatabaseMissing: Phrase(zh: "台账 {path} 已损坏:缺少命名数据库 {database};请从备份恢复",
                                             en: "ledger {path} is damaged: its named database {database} is missing; restore it from a backup")
        case .damagedRecord: Phrase(zh: "台账中有无法解码的记录:{reason};请运行 `taizhang verify` 找出它",
                                    en: "the ledger holds a record that does not decode: {reason}; `taizhang verify` names it")
        case .damagedMetaValue: Phrase(zh: "台账 {path} 已损坏:`meta` 的键 {key} 为 {bytes} 字节,应为 {expected} 字节;`taizhang verify` 会列出全部不符之处",
                                       en: "ledger {path} is damaged: meta key {key} is {bytes} bytes, {expected} expected; `taizhang verify` lists everything that does not hold")
        case .damagedFormat: Phrase(zh: "台账 {path} 已损坏:`meta` 的键 `format` 为 {version},从未有过这个版本",
                                    en: "ledger {path} is damaged: meta key format is {version}, a version that never existed")
        case .damagedNotLMDB: Phrase(zh: "台账 {path} 已损坏:`data.mdb` 不是可读的 LMDB 文件;请从备份恢复",
                                     en: "ledger {path} is damaged: `data.mdb` is not a readable LMDB file; restore it from a backup")
        }
    }
}

extension Phrase {
    /// The text in `language` with arguments given as a list (built at run time, unlike `KeyValuePairs`).
    public func text(_ language: Language, pairs: [(String, String)]) -> String {
        var out = language.isChinese ? zh : en
        for (name, value) in pairs { out = out.replacingAll("{\(name)}", with: value) }
        return out
    }
}
