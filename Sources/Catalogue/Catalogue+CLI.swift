/// Words of the command line itself: its errors and the lines commands print around reports.
public enum CLIText: String, Phrasebook {
    case logDoesNotVerify
    case importRejected
    case voidRejected
    case replayRejected
    case replayExportTakesOneFile
    case fileUnreadable
    case explainWithCSV
    case exportNeedsFormat
    case proveNeedsOne
    case ledgerCreated
    case importing
    case progressRate
    case progressRows

    public var phrase: Phrase {
        switch self {
        case .logDoesNotVerify: Phrase(zh: "日志校验未通过:{detail}", en: "the log does not verify: {detail}")
        case .importRejected: Phrase(zh: "导入被拒绝:发现 {count} 个问题,未写入任何内容。", en: "import rejected: {count} problem(s) found; nothing was written.")
        case .voidRejected: Phrase(zh: "作废被拒绝,未写入任何内容。", en: "void rejected; nothing was written.")
        case .replayRejected: Phrase(zh: "重放被拒绝:未写入任何内容。", en: "replay rejected: nothing was written.")
        case .replayExportTakesOneFile: Phrase(zh: "`--replay-export` 只接受一个导出文件", en: "--replay-export takes exactly one export file")
        case .fileUnreadable: Phrase(zh: "{file}:文件不存在或无法读取", en: "{file}: no such file, or it cannot be read")
        case .explainWithCSV:
            Phrase(zh: "`--explain` 以文本或 `--json` 列出事件,不能与 `--csv` 同用", en: "--explain lists events as text or with --json; it does not go with --csv")
        case .exportNeedsFormat: Phrase(zh: "请给出 `--jsonl` 或 `--csv` 之一", en: "give one of --jsonl or --csv")
        case .proveNeedsOne:
            Phrase(zh: "请给出一个事件(编号或序号),或 `--from OLD_SEQ:OLD_TREE_HEAD`,二者取一", en: "give either an EVENT (id or sequence) or --from OLD_SEQ:OLD_TREE_HEAD")
        case .ledgerCreated: Phrase(zh: "已创建台账:{path}", en: "created ledger: {path}")
        case .importing: Phrase(zh: "导入", en: "importing")
        case .progressRate: Phrase(zh: "每秒 {rate} 行,约剩 {left} 秒", en: "{rate} rows/s, ~{left}s left")
        case .progressRows: Phrase(zh: "行,每秒 {rate} 行", en: "rows, {rate} rows/s")
        }
    }
}
