/// Words of the application layer (`LedgerService`): requests it cannot carry out as asked.
public enum ServiceText: String, Phrasebook {
    case badFormat
    case exportEmpty
    case exportSequenceGap
    case exportBrokenLink
    case exportTimeBackwards
    case exportBatchSplit
    case exportBatchOrder
    case targetsUnreadable
    case targetsNotJSON
    case targetsBadBand
    case unknownProject
    case unknownEvent
    case unknownEventOrSequence
    case proofFromBadLedger
    case proofEventAfterDigest
    case proofFromEmpty
    case proofOldLonger
    case historyRewritten
    case notAProof
    case voidNeedsReason
    case rejected
    case undecodable

    public var phrase: Phrase {
        switch self {
        case .badFormat: Phrase(zh: "`--format` 应为 `jsonl`、`csv` 或 `xlsx`,而不是 {format}", en: "--format must be jsonl, csv or xlsx, not {format}")
        case .exportEmpty: Phrase(zh: "{file} 中没有事件", en: "{file} holds no events")
        case .exportSequenceGap:
            Phrase(zh: "{file}:此处应为序号 {expected},实为 {sequence}(台账当前序号为 {head};导出文件只能重放到空台账,或重放到序号正是 `export --since` 起点的台账)",
                   en: "{file}: sequence {sequence} where {expected} was expected (the ledger's head is {head}; an export replays into an empty ledger, or one whose head is where `export --since` began)")
        case .exportBrokenLink:
            Phrase(zh: "{file}:序号 {sequence} 接不上前一事件:其前一哈希不是序号 {before} 的哈希",
                   en: "{file}: sequence {sequence} does not follow on: its previous_hash is not the hash of sequence {before}")
        case .exportTimeBackwards: Phrase(zh: "{file}:序号 {sequence}:记录时间倒退", en: "{file}: sequence {sequence}: recorded_at goes backwards")
        case .exportBatchSplit:
            Phrase(zh: "{file}:序号 {sequence}:同一批次有两个记录时间或两个文件", en: "{file}: sequence {sequence}: one batch with two recorded times or files")
        case .exportBatchOrder:
            Phrase(zh: "{file}:序号 {sequence}:批次 {batch} 出现在批次 {previous} 之后", en: "{file}: sequence {sequence}: batch {batch} after batch {previous}")
        case .targetsUnreadable: Phrase(zh: "无法读取目标文件 {path}", en: "targets file {path} cannot be read")
        case .targetsNotJSON: Phrase(zh: "目标文件 {path} 不是含 `signed_bands` 列表的 JSON", en: "targets file {path} is not JSON with a signed_bands list")
        case .targetsBadBand:
            Phrase(zh: "目标文件 {path}:`signed_bands[{index}]` 需要最低金额(如 `20亿元`)和整数个数",
                   en: "targets file {path}: signed_bands[{index}] needs a min amount (`20亿元`) and a whole count")
        case .unknownProject: Phrase(zh: "台账中没有项目“{project}”", en: "no project {project} in the ledger")
        case .unknownEvent:
            Phrase(zh: "没有编号为“{event}”的事件(作废需给出事件编号;见 `taizhang show PROJECT`)",
                   en: "no event with id {event} (void takes an event id; see `taizhang show PROJECT`)")
        case .unknownEventOrSequence: Phrase(zh: "没有编号或序号为“{event}”的事件", en: "no event with id or sequence {event}")
        case .proofFromBadLedger:
            Phrase(zh: "台账校验未通过,不出具证明:{failure}", en: "the ledger does not verify, so no proof is issued: {failure}")
        case .proofEventAfterDigest:
            Phrase(zh: "事件 {sequence} 在序号 {digest} 的摘要之后,不可能在该日志中", en: "event {sequence} came after the digest at {digest}: it cannot be in that log")
        case .proofFromEmpty:
            Phrase(zh: "旧摘要至少要有一个事件:任何日志都是空日志的延续", en: "the old digest must hold at least one event: every log extends the empty one")
        case .proofOldLonger:
            Phrase(zh: "旧摘要有 {old} 个事件,日志只有 {size} 个:日志不可能是它的延续", en: "the old digest has {old} events, the log only {size}: it cannot extend it")
        case .historyRewritten:
            Phrase(zh: "历史被改写:日志前 {old} 个事件的树根是 {recomputed},而不是 {kept};不存在一致性证明",
                   en: "history was rewritten: the log's first {old} events have tree head {recomputed}, not {kept}; no consistency proof exists")
        case .notAProof: Phrase(zh: "{file} 不是 JSON 对象,不是证明文件", en: "{file} is not a JSON object: not a proof file")
        case .rejected: Phrase(zh: "发现 {count} 个问题,未写入任何内容", en: "{count} problem(s) found; nothing was written")
        case .undecodable: Phrase(zh: "台账中有本版本无法解码的记录:{detail}", en: "the ledger holds a record this build cannot decode: {detail}")
        case .voidNeedsReason: Phrase(zh: "`--reason` 必须说明事件为何作废", en: "--reason must say why the event is void")
        }
    }
}
