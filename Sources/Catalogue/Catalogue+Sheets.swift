/// The words of workbooks and office files as they come: sheets read and skipped, rows above a
/// header, totals, units, formulas, and formats that are refused with what to do instead.
///
/// A phrasebook of its own (not `ReaderText`) so that the readers' book can be renamed or moved
/// by another branch without this one's phrases moving with it.
public enum SheetText: String, Phrasebook {
    // What the report says about a workbook.
    case sheetRead, sheetHidden, sheetEmpty, sheetNoHeader, rowsAboveHeader, totalRowSkipped, totalLineSkipped
    // Problems.
    case noSheetHasHeader, sheetNotFound, formulaNoValue
    case legacyExcel, wpsSheet, openDocument, otherOffice, exportGiven
    // A row that repeats a landed event with another amount.
    case likelyCorrection

    public var phrase: Phrase {
        switch self {
        case .sheetRead: Phrase(zh: "读取工作表 {sheet}(表头在第 {row} 行)", en: "read sheet {sheet} (header in row {row})")
        case .sheetHidden: Phrase(zh: "跳过隐藏的工作表 {sheet}", en: "skipped hidden sheet {sheet}")
        case .sheetEmpty: Phrase(zh: "跳过空工作表 {sheet}", en: "skipped empty sheet {sheet}")
        case .sheetNoHeader:
            Phrase(zh: "跳过工作表 {sheet}:前 {rows} 行中没有可识别的表头", en: "skipped sheet {sheet}: no recognisable header in its first {rows} rows")
        case .rowsAboveHeader: Phrase(zh: "工作表 {sheet}:跳过表头上方的第 {rows} 行({text})", en: "sheet {sheet}: skipped row(s) {rows} above the header ({text})")
        case .totalLineSkipped: Phrase(zh: "第 {row} 行是合计行({text}),未导入", en: "line {row} is a total ({text}), not imported")
        case .totalRowSkipped: Phrase(zh: "工作表 {sheet}:第 {row} 行是合计行({text}),未导入", en: "sheet {sheet}: row {row} is a total ({text}), not imported")
        case .noSheetHasHeader:
            Phrase(zh: "没有一个工作表在前 {rows} 行中有可识别的表头(工作表:{sheets})",
                   en: "no sheet has a recognisable header in its first {rows} rows (sheets: {sheets})")
        case .sheetNotFound: Phrase(zh: "工作簿中没有名为 {sheet} 的工作表(工作表:{sheets})", en: "the workbook has no sheet named {sheet} (sheets: {sheets})")
        case .formulaNoValue:
            Phrase(zh: "公式没有保存计算结果:在 Excel/WPS 中打开并保存后再导入",
                   en: "a formula with no saved result: open the file in Excel or WPS, save it, and import it again")
        case .legacyExcel:
            Phrase(zh: "这是旧版 Excel 97-2003 工作簿(.xls):请在 Excel/WPS 中另存为 .xlsx 或 CSV 后再导入",
                   en: "an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV in Excel or WPS, then import that")
        case .wpsSheet:
            Phrase(zh: "这是 WPS 表格文件(.et):请在 WPS 中另存为 .xlsx 或 CSV 后再导入",
                   en: "a WPS spreadsheet (.et): save it as .xlsx or CSV in WPS, then import that")
        case .openDocument:
            Phrase(zh: "这是不能读取的 OpenDocument 文件(平面 XML 的 `.fods`,或不是表格):请在 LibreOffice/WPS 中另存为 .ods、.xlsx 或 CSV 后再导入",
                   en: "an OpenDocument file that cannot be read (flat-XML .fods, or not a spreadsheet): save it as .ods, .xlsx or CSV in LibreOffice or WPS, then import that")
        case .otherOffice:
            Phrase(zh: "这是 {format} 文件,不是批次文件:请另存为 .xlsx 或 CSV 后再导入",
                   en: "a {format} file, not a batch file: save it as .xlsx or CSV, then import that")
        case .likelyCorrection:
            Phrase(zh: "与台账中的事件 {id}(序号 {sequence})项目、类型、日期相同而金额不同({landed} → {amount}),很可能是更正:请先作废原事件(`taizhang void {id} --reason …`)再导入",
                   en: "same project, kind and date as event {id} in the ledger (sequence {sequence}) with another amount ({landed} → {amount}): very likely a correction; void that event first (`taizhang void {id} --reason …`), then import")
        case .exportGiven:
            Phrase(zh: "这是 taizhang 导出文件:请用 `taizhang import --replay-export` 导入",
                   en: "this is a taizhang export: import it with `taizhang import --replay-export`")
        }
    }
}

/// The words of the project-sheet import (`import --snapshot --as-of DATE`).
public enum SnapshotText: String, Phrasebook {
    case noHeader, nameAmbiguous, missingCell, badDate, badAmount, wentBackwards
    case missingFromSheet, projectMissingStrict, changes, asOfRequired, asOfBad, nothingDerived, cell, columnsUnreadable, columnsBadLine

    public var phrase: Phrase {
        switch self {
        case .noHeader:
            Phrase(zh: "前 {rows} 行中没有项目台账的表头(须有项目名称或项目编号列)",
                   en: "no project-sheet header in the first {rows} rows (it needs a project name or number column)")
        case .nameAmbiguous: Phrase(zh: "项目名称 {name} 与台账中多个项目相符:{projects};请填写项目编号", en: "the name {name} matches several projects of the ledger: {projects}; give the project number")
        case .missingCell: Phrase(zh: "新项目必须填写{column}", en: "a new project needs its {column}")
        case .badDate: Phrase(zh: "不是日期(可写 2021-03-28、2021.3、202103 或 `2021年3月`)", en: "not a date (write 2021-03-28, 2021.3, 202103 or `2021年3月`)")
        case .badAmount: Phrase(zh: "不是金额", en: "not an amount")
        case .wentBackwards:
            Phrase(zh: "与台账不符(台账为 {was}):数值不能倒退;若台账有误,请先作废事件 {event} 再导入",
                   en: "differs from the ledger ({was}): a value cannot go backwards; if the ledger is wrong, void event {event} first, then import")
        case .missingFromSheet: Phrase(zh: "台账中有而本表中没有的项目(未生成事件):{projects}", en: "projects of the ledger missing from the sheet (no event derived): {projects}")
        case .projectMissingStrict:
            Phrase(zh: "台账中的项目 {project} 不在本表中(`--strict` 时不导入;请在表中补上该项目,或去掉 `--strict`)",
                   en: "project {project} of the ledger is missing from the sheet (refused under --strict: add its row to the sheet, or drop --strict)")
        case .changes: Phrase(zh: "变更内容", en: "changes")
        case .asOfRequired: Phrase(zh: "--snapshot 须同时给出 --as-of 日期", en: "--snapshot needs --as-of DATE")
        case .asOfBad: Phrase(zh: "--as-of {value} 不是日期", en: "--as-of {value} is not a date")
        case .cell: Phrase(zh: "单元格", en: "cell")
        case .columnsUnreadable: Phrase(zh: "--columns {file}:无法读取", en: "--columns {file}: cannot be read")
        case .columnsBadLine:
            Phrase(zh: "--columns {file} 第 {line} 行不是“表头 = 列”(列为已知列名之一):{text}",
                   en: "--columns {file} line {line} is not `header = column` with a known column: {text}")
        case .nothingDerived: Phrase(zh: "{file}:与台账相比没有变化,未生成事件", en: "{file}: nothing changed since the ledger; no event derived")
        }
    }
}
