/// Words of the store (`LedgerStore`): every `StoreError` a person can meet, naming the ledger
/// and, where there is one, the sequence. What LMDB or the file system said is quoted as a code.
public enum StoreText: String, Phrasebook {
    case ledgerMissing, ledgerMissingDryRun, ledgerExists, notALedgerNoDatabase, noFormatVersion, newerFormat, neverFormat
    case cannotCreateFolder, cannotWrite, storage, diskFull, diskFullNoPlace
    case beyondHead, beyondMetaHead, missingNext, missingHead, missingFromLog, headHashMismatch
    case valueNot8, metaKeyNot8, headHashLength
    case eventMissing, eventUndecodable, projectionUndecodable, recordUndecodable, recordTooShort
    case previousHashMismatch, hashMismatch, breaksHistory
    case rejected
    case backupIntoFile, backupNotEmpty, cannotCreateBackup
    case exportBatchTaken, recordedBeforeHead
    case summaryIndexInconsistent
    case merkleFrontier, merkleNode, merkleUncovered

    public var phrase: Phrase {
        switch self {
        case .ledgerMissing:
            Phrase(zh: "{path} 没有台账(用 `taizhang init` 或 `taizhang import` 创建)", en: "no ledger at {path} (create one with `taizhang init` or `taizhang import`)")
        case .ledgerMissingDryRun: Phrase(zh: "{path} 没有台账;试运行不会创建台账", en: "no ledger at {path}; a dry run creates nothing")
        case .ledgerExists: Phrase(zh: "{path} 已有台账", en: "a ledger already exists at {path}")
        case .notALedgerNoDatabase:
            Phrase(zh: "{path} 是 LMDB 环境,但不是台账(没有命名数据库 `{call}`)", en: "{path} is an LMDB environment but not a Taizhang ledger (no named database {call})")
        case .noFormatVersion: Phrase(zh: "{path} 没有格式版本号:不是台账", en: "{path} has no format version: not a Taizhang ledger")
        case .newerFormat:
            Phrase(zh: "台账 {path} 的格式版本为 {version};本版 taizhang 只读格式版本 {supported}:请用更新的 taizhang",
                   en: "ledger {path} is format version {version}; this taizhang reads format version {supported} only: use a newer taizhang")
        case .neverFormat: Phrase(zh: "台账 {path} 的格式版本为 {version},从未有过这个版本", en: "ledger {path} has format version {version}, which never existed")
        case .cannotCreateFolder: Phrase(zh: "无法创建台账文件夹 {path}:`{reason}`", en: "cannot create the ledger folder {path}: {reason}")
        case .cannotWrite: Phrase(zh: "无法写入 {path}:`{reason}`", en: "cannot write {path}: {reason}")
        case .storage: Phrase(zh: "台账 {path} 存储出错:`{reason}`", en: "ledger {path}: {reason}")
        case .diskFull:
            Phrase(zh: "{path} 所在的磁盘已满(挂载于 {mount},剩余 {free},共 {size});本批次未写入任何内容:请腾出空间后重试",
                   en: "the disk holding {path} is full (mounted at {mount}, {free} free of {size}); nothing of this batch was written: free some space and run it again")
        case .diskFullNoPlace:
            Phrase(zh: "{path} 所在的磁盘已满(`{reason}`);本批次未写入任何内容:请腾出空间后重试",
                   en: "the disk holding {path} is full ({reason}); nothing of this batch was written: free some space and run it again")
        case .merkleFrontier:
            Phrase(zh: "元数据 `merkle_frontier`({bytes} 字节)不是 {size} 个事件之树的边界", en: "meta merkle_frontier ({bytes} bytes) is not the frontier of a tree of {size} events")
        case .merkleNode:
            Phrase(zh: "Merkle 节点 {index}(第 {level} 层,至序号 {last})缺失或不是 32 字节", en: "merkle node {index} (level {level}, up to sequence {last}) is missing or not 32 bytes")
        case .merkleUncovered: Phrase(zh: "所存的 Merkle 树不覆盖 {size} 个事件", en: "the stored Merkle tree does not cover {size} events")
        case .beyondHead: Phrase(zh: "序号 {sequence} 超出了台账当前序号({head})", en: "sequence {sequence} is beyond the ledger's head ({head})")
        case .beyondMetaHead:
            Phrase(zh: "序号 {sequence}:日志中有超出元数据所记当前序号 {head} 的事件", en: "sequence {sequence}: in the log beyond the head {head} that meta records")
        case .missingNext: Phrase(zh: "序号 {sequence}:日志中缺失(下一个是 {next})", en: "sequence {sequence}: missing from the log (next is {next})")
        case .summaryIndexInconsistent:
            Phrase(zh: "台账 {path}:`summary_days` 中项目 {project} 的序号 {sequence} 在 `summary_versions` 中没有对应记录(请运行 `taizhang verify`,再运行 `taizhang rebuild`)",
                   en: "ledger {path}: sequence {sequence} of project {project} in summary_days has no entry in summary_versions (run `taizhang verify`, then `taizhang rebuild`)")
        case .missingHead: Phrase(zh: "序号 {sequence}:日志中缺失(当前序号为 {head})", en: "sequence {sequence}: missing from the log (the head is {head})")
        case .missingFromLog: Phrase(zh: "序号 {sequence}:日志中缺失", en: "sequence {sequence}: missing from the log")
        case .headHashMismatch: Phrase(zh: "序号 {sequence}:其哈希不是元数据所记的当前哈希", en: "sequence {sequence}: its hash is not the head hash that meta records")
        case .valueNot8: Phrase(zh: "台账 {path}:`{database}` 中的一个值为 {bytes} 字节,而不是 8 字节", en: "ledger {path}: a value of {database} is {bytes} bytes, not 8")
        case .metaKeyNot8: Phrase(zh: "台账 {path}:元数据键 `{key}` 为 {bytes} 字节,而不是 8 字节", en: "ledger {path}: meta key {key} is {bytes} bytes, not 8")
        case .headHashLength:
            Phrase(zh: "台账 {path}:元数据键 `head_hash` 为 {bytes} 字节,而不是 {expected} 字节", en: "ledger {path}: meta key head_hash is {bytes} bytes, not {expected}")
        case .eventMissing: Phrase(zh: "事件 {sequence} 在日志中缺失", en: "event {sequence} is missing from the log")
        case .eventUndecodable: Phrase(zh: "事件 {sequence} 无法解码:{detail}", en: "event {sequence} cannot be decoded: {detail}")
        case .projectionUndecodable: Phrase(zh: "项目 {project} 的投影无法解码:{detail}", en: "projection of project {project} cannot be decoded: {detail}")
        case .recordUndecodable: Phrase(zh: "序号 {sequence}:记录无法解码:{detail}", en: "sequence {sequence}: record cannot be decoded: {detail}")
        case .recordTooShort: Phrase(zh: "序号 {sequence}:记录太短", en: "sequence {sequence}: record too short")
        case .previousHashMismatch:
            Phrase(zh: "序号 {sequence}:前一哈希与序号 {previous} 的哈希不符", en: "sequence {sequence}: previous hash does not match the hash of sequence {previous}")
        case .hashMismatch: Phrase(zh: "序号 {sequence}:哈希与记录的字节不符", en: "sequence {sequence}: hash does not match the record's bytes")
        case .breaksHistory:
            Phrase(zh: "事件 {sequence}({id})重放时破坏了项目的历史:{violation}", en: "event {sequence} ({id}) breaks its project's history on replay: {violation}")
        case .rejected: Phrase(zh: "发现 {count} 个问题;未写入任何内容", en: "{count} problem(s); nothing was written")
        case .backupIntoFile: Phrase(zh: "{folder} 是文件;备份要放进新的或空的文件夹", en: "{folder} is a file; a backup goes into a new or empty folder")
        case .backupNotEmpty: Phrase(zh: "{folder} 不是空文件夹;备份要放进新的或空的文件夹", en: "{folder} is not empty; a backup goes into a new or empty folder")
        case .cannotCreateBackup: Phrase(zh: "无法创建备份文件夹 {folder}:`{reason}`", en: "cannot create the backup folder {folder}: {reason}")
        case .exportBatchTaken:
            Phrase(zh: "导出文件的批次 {batch} 无法重放:台账已有批次 {last}", en: "the export's batch {batch} cannot be replayed: the ledger already has batch {last}")
        case .recordedBeforeHead:
            Phrase(zh: "记录时间 {time} 早于台账当前的记录时间 {head};批次可以补录,但不能早于台账已知的内容",
                   en: "recorded time {time} is before the ledger head's recorded time {head}; a batch may be backdated, but never before what the ledger already knows")
        }
    }
}
