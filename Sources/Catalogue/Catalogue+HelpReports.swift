/// Help texts of the report commands (`rules`, `pipeline`, `report`, `check-report`) and the
/// options every sealed output shares.
public enum HelpReportsText: String, Phrasebook {
    case rulesAbstract, rulesDiscussion, rulesFile, rulesSHA256
    case pipelineAbstract, pipelineDiscussion, pipelineSignedIn, pipelineJSON, pipelineCSV, pipelineXLSX
    case reportAbstract, reportDiscussion, reportPeriod, reportHTML, reportXLSX, reportJSON
    case checkReportAbstract, checkReportDiscussion, checkReportFile
    case figuresAsOf, figuresAsKnownAt, figuresRules
    case summaryXLSX, summaryExcelCSV, summaryCSVEncoding, projectsXLSX

    public var phrase: Phrase {
        switch self {
        case .rulesAbstract:
            Phrase(zh: "以规范字节印出内置规则集(`taizhang.rules/1`),或其 SHA-256。", en: "Print the built-in rule set (taizhang.rules/1) in its canonical bytes, or its SHA-256.")
        case .rulesDiscussion:
            Phrase(zh: "保存、修改后用 `--rules FILE` 交给 `summary`、`pipeline`、`report` 和 `projects`。每个带封签的输出都以这些规范字节的 SHA-256 指明所用规则集。",
                   en: "Save it, edit it and pass it back with --rules FILE to summary, pipeline, report and projects. Every sealed output names its rule set by the SHA-256 of these canonical bytes.")
        case .rulesFile: Phrase(zh: "以规范形式显示此规则文件,而不是内置规则集。", en: "Show this rules file in canonical form instead of the built-in set.")
        case .rulesSHA256: Phrase(zh: "改为印出规范字节的 SHA-256 和规则集名称。", en: "Print the SHA-256 of the canonical bytes and the rule set's name instead.")
        case .pipelineAbstract:
            Phrase(zh: "一批项目的开工率、投产率、资金到位率、履约率,各阶段用时和红黄灯预警。",
                   en: "A cohort's start, commissioning, funds and fulfilment rates, durations and red/yellow alerts.")
        case .pipelineDiscussion:
            Phrase(zh: "这批项目是在 `--signed-in`(一个季度或一年;默认今年)签约、且不低于规则集门槛的项目。预警按 `--as-of` 那天判断(否则按 `--as-known-at` 那天,否则今天)。",
                   en: "The cohort is the projects signed in --signed-in (a quarter or a year; default this year) at or above the rule set's threshold. Alerts are read on --as-of (else the day of --as-known-at, else today).")
        case .pipelineSignedIn: Phrase(zh: "这批项目的签约期间:2021 或 2021Q1(默认:今年)。", en: "The signing period of the cohort: 2021 or 2021Q1 (default: the current year).")
        case .pipelineJSON: Phrase(zh: "给程序读取的输出(模式 `taizhang.pipeline/1`)。", en: "Machine-readable output (schema taizhang.pipeline/1).")
        case .pipelineCSV: Phrase(zh: "这批项目的 CSV,给脚本用。", en: "The cohort's projects as CSV for scripts.")
        case .summaryXLSX: Phrase(zh: "同时把 xlsx 工作簿写到此处(金额以万元为数字,日期为日期,附印记)。", en: "Also write an xlsx workbook here (amounts as numbers in 10k yuan, dates as dates, with its seal).")
        case .summaryExcelCSV: Phrase(zh: "给 Excel 和 WPS 用的 CSV:带 BOM(或 GB18030)、中文表头、金额以万元为数字、末行为印记。", en: "CSV for Excel and WPS: a BOM (or GB18030), headers in the chosen language, amounts as numbers in 10k yuan, the seal last.")
        case .summaryCSVEncoding: Phrase(zh: "`--excel-csv` 的编码:`utf-8`(带 BOM,默认)或 `gb18030`。", en: "Encoding of --excel-csv: utf-8 (with BOM, default) or gb18030.")
        case .projectsXLSX: Phrase(zh: "同时把项目列表写成 xlsx 工作簿(附印记)。", en: "Also write the list as an xlsx workbook here (with its seal).")
        case .pipelineXLSX: Phrase(zh: "同时把 xlsx 工作簿写到此处。", en: "Also write an xlsx workbook here.")
        case .reportAbstract:
            Phrase(zh: "一个期间的报告:一个自成一体的 HTML 页面(图表、比率、预警、封签),也可输出 xlsx 或 JSON。",
                   en: "A period's report as one self-contained HTML page (charts, ratios, alerts, seal), and as xlsx or JSON.")
        case .reportDiscussion: Phrase(zh: "不给 `--html`、`--xlsx` 或 `--json` 时,页面写到标准输出。", en: "Without --html, --xlsx or --json the page goes to standard output.")
        case .reportPeriod: Phrase(zh: "期间:2021Q1、2021H1、2021、2021-03、2021年一季度。", en: "The period: 2021Q1, 2021H1, 2021, 2021-03, `2021年一季度`.")
        case .reportHTML: Phrase(zh: "把 HTML 页面写到此处。", en: "Write the HTML page here.")
        case .reportXLSX: Phrase(zh: "把 xlsx 工作簿写到此处。", en: "Write an xlsx workbook here.")
        case .reportJSON: Phrase(zh: "以 JSON 印出报告的数字(模式 `taizhang.report/1`)。", en: "Print the report's figures as JSON (schema taizhang.report/1).")
        case .checkReportAbstract:
            Phrase(zh: "对照台账检查带封签的报告(HTML、JSON 或 xlsx):`report OK`,或第一个不符的数字(退出状态 4)。",
                   en: "Check a sealed report (HTML, JSON or xlsx) against the ledger: 'report OK', or the first figure that differs (exit 4).")
        case .checkReportDiscussion:
            Phrase(zh: "读出文件的封签,检查台账日志是其树根的延续(否则退出状态 4,历史被改写),并按文件所带规则集在那段日志上重算每个数字。",
                   en: "Reads the file's seal, checks that the ledger's log extends its tree head (else exit 4, history was rewritten), and recomputes every figure over that prefix under the rule set the file carries.")
        case .checkReportFile: Phrase(zh: "文件:报告 HTML、JSON 输出或 xlsx 工作簿。", en: "The file: report HTML, JSON output, or xlsx workbook.")
        case .figuresAsOf:
            Phrase(zh: "只计业务日期在此日或之前的事件(`YYYY-MM-DD`);预警按这天判断。", en: "Only events with a business date on or before this day (YYYY-MM-DD); alerts are read on it.")
        case .figuresAsKnownAt:
            Phrase(zh: "只计在此时间或之前记录的事件(带时区的 ISO 8601 时间,或日期 = 当天结束,北京时间)。",
                   en: "Only events recorded at or before this time (ISO 8601 with offset, or a date = end of that day, China time).")
        case .figuresRules: Phrase(zh: "规则集(JSON,模式 `taizhang.rules/1`;见 `taizhang rules`)。", en: "A rule set (JSON, schema taizhang.rules/1; see 'taizhang rules').")
        }
    }
}
