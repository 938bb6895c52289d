/// The words of the web's project-sheet import: `/import` with the sheet's as-of date.
///
/// The derived events' columns and the sheet's missing projects are `SnapshotText`'s, as the
/// command line prints them; only what the form and the web's tables add is here.
public enum WebImportText: String, Phrasebook {
    case asOfLabel, snapshotWouldLand, snapshotHelp, columnSheet, asOfLine

    public var phrase: Phrase {
        switch self {
        case .asOfLabel: Phrase(zh: "项目台账的截至日期(上传项目台账时填写,如 2021-06-30;批次文件不填)",
                                en: "The project sheet's as-of date (for a project sheet, e.g. 2021-06-30; empty for batch files)")
        case .snapshotWouldLand: Phrase(zh: "试运行:按截至 {asOf} 的项目台账将新增 {events} 个事件;记录时间 {recorded}。尚未写入。",
                                        en: "Dry run: the project sheet as of {asOf} would add {events} events; recorded time {recorded}. Nothing is written yet.")
        case .snapshotHelp: Phrase(zh: "项目台账逐行与台账比较,只生成有变化的事件(同 `taizhang import --snapshot --as-of`)。",
                                   en: "Each row of the project sheet is compared with the ledger and only what changed becomes an event (as `taizhang import --snapshot --as-of` does).")
        case .columnSheet: Phrase(zh: "工作表", en: "sheet")
        case .asOfLine: Phrase(zh: "项目台账截至 {asOf}", en: "project sheet as of {asOf}")
        }
    }
}
