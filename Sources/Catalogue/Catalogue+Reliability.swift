/// Lines of the store and the command line that keep a ledger from harm: times ahead of the
/// clock, an `init` that would rename a zone, a ledger its user may not read.
public enum ReliabilityText: String, Phrasebook {
    case recordedTimeAhead, initZoneDiffers, initZoneSet, ledgerExists, ledgerUnreadable, voidDayOutOfRange, proofUntied

    public var phrase: Phrase {
        switch self {
        case .recordedTimeAhead:
            Phrase(zh: "记录时间 {recorded} 比本机时钟 {clock} 超前一天以上:此后的每个批次都会继承它;确属有意请加 `--allow-future`",
                   en: "recorded time {recorded} is more than a day ahead of the clock ({clock}): every later batch would inherit it; add `--allow-future` if it is meant")
        case .initZoneDiffers:
            Phrase(zh: "台账已存在:{path},区域名称为 {zone};`init` 不会改名为 {requested}",
                   en: "ledger already exists: {path}, zone {zone}; `init` does not rename it to {requested}")
        case .initZoneSet: Phrase(zh: "台账已存在:{path},区域名称设为 {zone}", en: "ledger already exists: {path}; zone set to {zone}")
        case .ledgerExists: Phrase(zh: "台账已存在:{path}", en: "ledger already exists: {path}")
        case .ledgerUnreadable: Phrase(zh: "无法读取台账 {path}:没有权限", en: "cannot read the ledger {path}: permission denied")
        case .proofUntied:
            Phrase(zh: "但未对照你保存的摘要:这只说明证明对它自己所称的树成立,而任何人都能造出这样的树;用 `--digest SEQ:TREE_HEAD` 对照你保存的摘要",
                   en: "but tied to no kept digest: this shows only that the proof holds for the tree it names, which anyone can make; check it against yours with `--digest SEQ:TREE_HEAD`")
        case .voidDayOutOfRange:
            Phrase(zh: "记录时间 {recorded} 在中国时间的日期不在业务日期范围({min} 至 {max})内;请用 `--date` 给出作废日期",
                   en: "the day of recorded time {recorded} in China time is outside business dates ({min} to {max}); give the void's date with `--date`")
        }
    }
}
