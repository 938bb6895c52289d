/// The words of reports, workbooks, the pipeline, rule sets, seals and `check-report`.
public enum ReportText: String, Phrasebook {
    // The seal.
    case sealLine, sealHeading, sealTreeSize, sealTreeHead, sealAsOf, sealAsKnownAt, sealRules, sealRulesSHA, sealCommand
    case sealNote
    // check-report.
    case reportOK, figureDiffers, historyRewritten, rulesChanged, noSeal, sealIncomplete, fileUnreadable, kindUnknown
    // Rule sets.
    case rulesError, rulesUnreadable
    case ruleNotJSON, ruleSchema, ruleRounding, ruleMissing, ruleNotString, ruleNotInteger, ruleOutOfRange
    case ruleUnknownKey, ruleUnknownKind, ruleUnknownFulfilment, ruleRedBeforeYellow
    // Pipeline.
    case pipelineHeading, cohort, startRate, commissionRate, fundsRate, fulfilmentRate
    case ratio, ratioPart, ratioWhole, ratioPercent
    case durations, toStart, toCommission, signingToCommission, durationCount, lowerQuartile, median, upperQuartile, minimum, maximum
    case byGroup, byIndustry, alerts, noAlerts, red, yellow
    case alertNotStarted, alertNotCommissioned
    case members, project, projectName, group, industry, signedOn, startedOn, commissionedOn, terminatedOn, amountWan, amountYi
    case disbursedWan, disbursedYi, fulfilled, yes, no, light, daysOverdue, reason, days, count
    // The report.
    case reportTitle, keyFigures, figure, thisPeriod, previousYear, change, bands, bandRow, targets, target, done, donePercent
    case signedCount, signedTotal, startedCount, commissionedCount, terminatedCount, disbursedTotal, disbursedNew, disbursedContinuing
    case chartQuarterCount, chartQuarterAmount, chartGroups, chartIndustries, chartFunnel, chartTargets
    case funnelSigned, funnelStarted, funnelCommissioned, countUnit, roundingNote, generatedFrom
    // Workbooks.
    case sheetSummary, sheetProjects, sheetPipeline, sheetAlerts, sheetGroups, sheetRules, sheetBands, sheetQuarters
    case unitWan, countHeader, yearToDate, wrote, sheetCohort
    case key, value, status, investor, totalInvestmentWan, quarter, periodLabel, rulesJSON

    public var phrase: Phrase {
        switch self {
        case .sealLine: Phrase(zh: "印记:日志前 {size} 条,树根 {head};业务日期 {asOf};规则 {rules}(SHA-256 {sha});复现:{command}",
                               en: "Seal: log prefix of {size} events, tree head {head}; as of {asOf}; rules {rules} (SHA-256 {sha}); reproduce: {command}")
        case .sealHeading: Phrase(zh: "口径与校验", en: "Rules and seal")
        case .sealTreeSize: Phrase(zh: "日志条数(树大小)", en: "log events (tree size)")
        case .sealTreeHead: Phrase(zh: "树根", en: "tree head")
        case .sealAsOf: Phrase(zh: "业务日期截至", en: "as of")
        case .sealAsKnownAt: Phrase(zh: "台账所知截至", en: "as known at")
        case .sealRules: Phrase(zh: "规则集", en: "rule set")
        case .sealRulesSHA: Phrase(zh: "规则集 SHA-256", en: "rule set SHA-256")
        case .sealCommand: Phrase(zh: "复现命令", en: "command that reproduces it")
        case .sealNote: Phrase(zh: "用 `taizhang check-report` 核对本文件的每个数字", en: "check every figure of this file with `taizhang check-report`")
        case .reportOK: Phrase(zh: "报告核对一致:{file}", en: "report OK: {file}")
        case .figureDiffers: Phrase(zh: "{file}:数字 {figure} 不一致:文件中为 {found},台账重算为 {expected}",
                                    en: "{file}: figure {figure} differs: the file says {found}, the ledger gives {expected}")
        case .historyRewritten: Phrase(zh: "{file}:历史被改写:台账不再延续树根 {head}(日志前 {size} 条)",
                                       en: "{file}: history was rewritten: the ledger does not extend tree head {head} ({size} events)")
        case .rulesChanged: Phrase(zh: "{file}:规则集被改动:SHA-256 应为 {expected},实为 {actual}",
                                   en: "{file}: the rule set was changed: SHA-256 should be {expected}, is {actual}")
        case .noSeal: Phrase(zh: "{file}:没有印记,无法核对", en: "{file}: carries no seal to check")
        case .sealIncomplete: Phrase(zh: "{file}:印记不完整", en: "{file}: the seal is incomplete")
        case .fileUnreadable: Phrase(zh: "无法读取 {file}", en: "cannot read {file}")
        case .kindUnknown: Phrase(zh: "{file}:印记中的输出种类 {kind} 无法核对", en: "{file}: the seal's output kind {kind} cannot be checked")
        case .rulesError: Phrase(zh: "规则文件 {file}:{key}{problem}", en: "rules file {file}: {key}{problem}")
        case .rulesUnreadable: Phrase(zh: "无法读取规则文件 {file}", en: "cannot read rules file {file}")
        case .ruleNotJSON: Phrase(zh: "不是 JSON 对象", en: "is not a JSON object")
        case .ruleSchema: Phrase(zh: "须为 `taizhang.rules/1`", en: "must be `taizhang.rules/1`")
        case .ruleRounding: Phrase(zh: "须为 `yi-2-half-up`", en: "must be `yi-2-half-up`")
        case .ruleMissing: Phrase(zh: "缺失", en: "is missing")
        case .ruleNotString: Phrase(zh: "须为文字", en: "must be a string")
        case .ruleNotInteger: Phrase(zh: "须为整数", en: "must be a whole number")
        case .ruleOutOfRange: Phrase(zh: "超出允许范围", en: "is out of range")
        case .ruleUnknownKey: Phrase(zh: "不是规则集的键", en: "is not a key of the rule set")
        case .ruleUnknownKind: Phrase(zh: "不是可计数的事件种类", en: "is not a countable event kind")
        case .ruleUnknownFulfilment: Phrase(zh: "不是履约率的定义之一", en: "is not one of the fulfilment definitions")
        case .ruleRedBeforeYellow: Phrase(zh: "红灯月数不得少于黄灯月数", en: "red months must not be fewer than yellow months")
        case .pipelineHeading: Phrase(zh: "{from} 至 {through} 签约的{threshold}以上项目({count}个),截至 {asOf}",
                                      en: "Projects of {threshold} or more signed {from} to {through} ({count}), as of {asOf}")
        case .cohort: Phrase(zh: "签约项目", en: "cohort")
        case .startRate: Phrase(zh: "开工率", en: "start rate")
        case .commissionRate: Phrase(zh: "投产率", en: "commissioning rate")
        case .fundsRate: Phrase(zh: "资金到位率", en: "funds-in-place rate")
        case .fulfilmentRate: Phrase(zh: "履约率", en: "fulfilment rate")
        case .ratio: Phrase(zh: "比率", en: "ratio")
        case .ratioPart: Phrase(zh: "分子", en: "part")
        case .ratioWhole: Phrase(zh: "分母", en: "whole")
        case .ratioPercent: Phrase(zh: "百分比", en: "percent")
        case .durations: Phrase(zh: "用时(天)", en: "durations (days)")
        case .toStart: Phrase(zh: "签约→开工", en: "signing → start")
        case .toCommission: Phrase(zh: "开工→投产", en: "start → commissioning")
        case .signingToCommission: Phrase(zh: "签约→投产", en: "signing → commissioning")
        case .durationCount: Phrase(zh: "项目数", en: "projects")
        case .lowerQuartile: Phrase(zh: "下四分位", en: "lower quartile")
        case .median: Phrase(zh: "中位数", en: "median")
        case .upperQuartile: Phrase(zh: "上四分位", en: "upper quartile")
        case .minimum: Phrase(zh: "最短", en: "shortest")
        case .maximum: Phrase(zh: "最长", en: "longest")
        case .byGroup: Phrase(zh: "按组团", en: "By group")
        case .byIndustry: Phrase(zh: "按产业链", en: "By industry chain")
        case .alerts: Phrase(zh: "预警项目", en: "Late projects")
        case .noAlerts: Phrase(zh: "无预警项目", en: "no late projects")
        case .red: Phrase(zh: "红灯", en: "red")
        case .yellow: Phrase(zh: "黄灯", en: "yellow")
        case .alertNotStarted: Phrase(zh: "签约于 {reference},应于 {due} 前开工,{red} 起红灯",
                                      en: "signed {reference}, start due by {due}, red from {red}")
        case .alertNotCommissioned: Phrase(zh: "开工于 {reference},应于 {due} 前投产,{red} 起红灯",
                                           en: "started {reference}, commissioning due by {due}, red from {red}")
        case .members: Phrase(zh: "项目明细", en: "Projects")
        case .project: Phrase(zh: "项目编号", en: "project")
        case .projectName: Phrase(zh: "项目名称", en: "name")
        case .group: Phrase(zh: "组团", en: "group")
        case .industry: Phrase(zh: "产业链", en: "industry chain")
        case .signedOn: Phrase(zh: "签约日期", en: "signed")
        case .startedOn: Phrase(zh: "开工日期", en: "started")
        case .commissionedOn: Phrase(zh: "投产日期", en: "commissioned")
        case .terminatedOn: Phrase(zh: "终止日期", en: "terminated")
        case .amountWan: Phrase(zh: "签约金额(万元)", en: "signed (10k yuan)")
        case .amountYi: Phrase(zh: "签约金额(亿元)", en: "signed (100M yuan)")
        case .disbursedWan: Phrase(zh: "到位资金(万元)", en: "disbursed (10k yuan)")
        case .disbursedYi: Phrase(zh: "到位资金(亿元)", en: "disbursed (100M yuan)")
        case .fulfilled: Phrase(zh: "履约", en: "fulfilled")
        case .yes: Phrase(zh: "是", en: "yes")
        case .no: Phrase(zh: "否", en: "no")
        case .light: Phrase(zh: "灯", en: "light")
        case .daysOverdue: Phrase(zh: "逾期天数", en: "days overdue")
        case .reason: Phrase(zh: "原因", en: "why")
        case .days: Phrase(zh: "{days}天", en: "{days} days")
        case .count: Phrase(zh: "{count}个", en: "{count}")
        case .reportTitle: Phrase(zh: "{zone}{period}招商引资项目报告", en: "{zone} investment projects report, {period}")
        case .keyFigures: Phrase(zh: "主要指标", en: "Key figures")
        case .figure: Phrase(zh: "指标", en: "figure")
        case .thisPeriod: Phrase(zh: "本期", en: "this period")
        case .previousYear: Phrase(zh: "上年同期", en: "a year earlier")
        case .change: Phrase(zh: "同比", en: "change")
        case .bands: Phrase(zh: "投资规模", en: "Size bands")
        case .bandRow: Phrase(zh: "投资{min}以上", en: "{min} or more")
        case .targets: Phrase(zh: "年度目标完成情况", en: "Progress against the year's targets")
        case .target: Phrase(zh: "目标(个)", en: "target")
        case .done: Phrase(zh: "完成(个)", en: "done")
        case .donePercent: Phrase(zh: "完成率", en: "done %")
        case .signedCount: Phrase(zh: "新签约{threshold}以上项目(个)", en: "projects signed (≥ {threshold})")
        case .signedTotal: Phrase(zh: "签约总投资", en: "investment signed")
        case .startedCount: Phrase(zh: "开工项目(个)", en: "construction starts")
        case .commissionedCount: Phrase(zh: "投产项目(个)", en: "commissionings")
        case .terminatedCount: Phrase(zh: "终止项目(个)", en: "terminations")
        case .disbursedTotal: Phrase(zh: "到位资金", en: "funds disbursed")
        case .disbursedNew: Phrase(zh: "其中新签约项目", en: "of which to new projects")
        case .disbursedContinuing: Phrase(zh: "其中续建项目", en: "of which to continuing projects")
        case .chartQuarterCount: Phrase(zh: "近八个季度签约项目数(个)", en: "Projects signed, last eight quarters")
        case .chartQuarterAmount: Phrase(zh: "近八个季度签约总投资", en: "Investment signed, last eight quarters")
        case .chartGroups: Phrase(zh: "本期签约总投资(按组团)", en: "Investment signed this period, by group")
        case .chartIndustries: Phrase(zh: "本期签约总投资(按产业链)", en: "Investment signed this period, by industry chain")
        case .chartFunnel: Phrase(zh: "本年签约项目推进:签约→开工→投产", en: "This year's cohort: signed → started → commissioned")
        case .chartTargets: Phrase(zh: "年度目标完成率(%)", en: "Targets done (%)")
        case .funnelSigned: Phrase(zh: "签约", en: "signed")
        case .funnelStarted: Phrase(zh: "开工", en: "started")
        case .funnelCommissioned: Phrase(zh: "投产", en: "commissioned")
        case .countUnit: Phrase(zh: "{count}个", en: "{count}")
        case .roundingNote: Phrase(zh: "金额按四舍五入:1亿元以上保留两位小数(亿元),以下以万元计;合计先加总后取整",
                                   en: "Amounts are rounded half up: two decimals of 100 million yuan from 100 million yuan, else in 10,000 yuan; totals are rounded after adding")
        case .generatedFrom: Phrase(zh: "由台账生成", en: "generated from the ledger")
        case .sheetSummary: Phrase(zh: "汇总", en: "Summary")
        case .sheetProjects: Phrase(zh: "项目", en: "Projects")
        case .sheetPipeline: Phrase(zh: "推进", en: "Pipeline")
        case .sheetAlerts: Phrase(zh: "预警", en: "Alerts")
        case .sheetGroups: Phrase(zh: "组团", en: "Groups")
        case .sheetRules: Phrase(zh: "口径与校验", en: "Rules and seal")
        case .sheetBands: Phrase(zh: "分档与分布", en: "Bands and shares")
        case .sheetQuarters: Phrase(zh: "近八个季度", en: "Last eight quarters")
        case .sheetCohort: Phrase(zh: "推进项目明细", en: "Cohort projects")
        case .wrote: Phrase(zh: "已写入 {file}", en: "wrote {file}")
        case .unitWan: Phrase(zh: "(万元)", en: " (10k yuan)")
        case .countHeader: Phrase(zh: "项目数(个)", en: "projects")
        case .yearToDate: Phrase(zh: "年初至今", en: "year to date")
        case .key: Phrase(zh: "项", en: "item")
        case .value: Phrase(zh: "值", en: "value")
        case .status: Phrase(zh: "状态", en: "status")
        case .investor: Phrase(zh: "投资方", en: "investor")
        case .totalInvestmentWan: Phrase(zh: "总投资(万元)", en: "total investment (10k yuan)")
        case .quarter: Phrase(zh: "季度", en: "quarter")
        case .periodLabel: Phrase(zh: "期间", en: "period")
        case .rulesJSON: Phrase(zh: "规则集(规范 JSON)", en: "rule set (canonical JSON)")
        }
    }
}
