/// The words of an import's own checks, beyond one row's shape: ids, the batch's size, a replay's hash.
public enum BatchCheckText: String, Phrasebook {
    case replayHash, batchEventsMax, idConflictInImport, idConflictInLedger

    public var phrase: Phrase {
        switch self {
        case .replayHash:
            Phrase(zh: "重放批次 {batch} 得到的哈希 {hash} 与导出文件的 {expected} 不符:导出文件被改动,或本台账不是它所接续的台账",
                   en: "replaying batch {batch} gives hash {hash}, not the export's {expected}: the export was altered, or this ledger is not the one it continues")
        case .batchEventsMax: Phrase(zh: "一次导入超过 {max} 个事件", en: "more than {max} events in one import")
        case .idConflictInImport:
            Phrase(zh: "编号 {id} 已被本次导入中 {place} 的另一事件使用,内容不同", en: "id {id} is already used by a different event at {place} in this import")
        case .idConflictInLedger:
            Phrase(zh: "编号 {id} 已被台账中的另一事件使用(序号 {sequence},批次 {batch}),内容不同",
                   en: "id {id} is already used by a different event in the ledger (sequence {sequence}, batch {batch})")
        }
    }
}
