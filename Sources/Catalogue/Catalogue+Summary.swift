/// The words of a period's summary: the newsletter's sentence, the analyst's tables and the
/// `--explain` blocks.
///
/// Where the two languages build a sentence differently (the Chinese names every band's
/// projects, grouped by 组团; the English only the first band's), each language uses the
/// phrase its grammar needs, and every phrase still has both sides.
public enum SummaryText: String, Phrasebook {
    // The sentence.
    case sentence, sentenceOne, zoneInSentence, defaultThreshold
    case firstBand, nextBandNamed, nextBandCounted
    case nameInGroup, listSeparator, listLast, listAndAll, listAndRest
    // The text.
    case basis
    case columnFigure, columnYearToDate, columnYearEarlier, columnChange
    case rowSigned, rowInvestment, rowStarts, rowCommissionings, rowTerminations, rowDisbursed
    case disbursedSplit, bandLine
    case byGroup, byIndustry, columnProjects, columnInvestment
    case targetsTitle, columnTarget, columnDone, columnDonePercent, targetBand
    // `--explain`.
    case theQuarter, thePeriod, yearToDate, aYearEarlier
    case columnSequence, columnDate, columnProject, columnName, columnAmount, columnNote
    case explainSigned, explainStarts, explainCommissionings, explainTerminations, explainDisbursed
    case signedThisYear, continuing, total, events, differs
    case ofWhich, shareBand, shareGroup, shareIndustry, shareTarget

    public var phrase: Phrase {
        switch self {
        case .sentence: Phrase(zh: "{period},{zone}新签约{threshold}以上项目{count}个,总投资{total}。",
                               en: "{period}{zone}: {count} projects of {threshold} or more signed, worth {total} in total")
        case .sentenceOne: Phrase(zh: "{period},{zone}新签约{threshold}以上项目{count}个,总投资{total}。",
                                  en: "{period}{zone}: {count} project of {threshold} or more signed, worth {total} in total")
        case .zoneInSentence: Phrase(zh: "{zone}", en: " ({zone})")
        case .defaultThreshold: Phrase(zh: "亿元", en: "100 million yuan")
        case .firstBand: Phrase(zh: "其中,投资{min}以上项目{count}个,包括{names}。", en: "; {count} of them at {min} or more: {names}")
        case .nextBandNamed: Phrase(zh: "投资{min}以上项目{count}个,包括{names}。", en: "; {count} at {min} or more: {names}")
        case .nextBandCounted: Phrase(zh: "投资{min}以上项目{count}个。", en: "; {count} at {min} or more")
        case .nameInGroup: Phrase(zh: "{group}的{name}", en: "{name} ({group})")
        case .listSeparator: Phrase(zh: "、", en: ", ")
        case .listLast: Phrase(zh: "{list}和{last}", en: "{list} and {last}")
        case .listAndAll: Phrase(zh: "{list}等{count}个项目", en: "{list}: {count} in all")
        case .listAndRest: Phrase(zh: "{list}及另外{count}个项目", en: "{list} and {count} more")
        case .basis: Phrase(zh: "口径:{basis}", en: "Basis: {basis}")
        case .columnFigure: Phrase(zh: "指标", en: "figure")
        case .columnYearToDate: Phrase(zh: "年初至今", en: "year to date")
        case .columnYearEarlier: Phrase(zh: "上年同期", en: "a year earlier")
        case .columnChange: Phrase(zh: "同比", en: "change")
        case .rowSigned: Phrase(zh: "新签约{threshold}以上项目(个)", en: "projects signed (≥ {threshold})")
        case .rowInvestment: Phrase(zh: "签约总投资", en: "investment signed")
        case .rowStarts: Phrase(zh: "开工项目(个)", en: "construction starts")
        case .rowCommissionings: Phrase(zh: "投产项目(个)", en: "commissionings")
        case .rowTerminations: Phrase(zh: "终止项目(个)", en: "terminations")
        case .rowDisbursed: Phrase(zh: "到位资金", en: "funds disbursed")
        case .disbursedSplit: Phrase(zh: "到位资金中,本年新签约项目 {new},续建项目 {continuing}。",
                                     en: "Of the funds disbursed, {new} went to projects signed this year and {continuing} to continuing ones.")
        case .bandLine: Phrase(zh: "投资{min}以上:{count}个,{total}", en: "At {min} or more: {count}, {total}")
        case .byGroup: Phrase(zh: "按组团", en: "By group")
        case .byIndustry: Phrase(zh: "按产业链", en: "By industry chain")
        case .columnProjects: Phrase(zh: "项目(个)", en: "projects")
        case .columnInvestment: Phrase(zh: "总投资", en: "investment")
        case .targetsTitle: Phrase(zh: "年度目标完成情况(年初至今新签约)", en: "Progress against the year's targets (signed year to date)")
        case .columnTarget: Phrase(zh: "目标(个)", en: "target")
        case .columnDone: Phrase(zh: "完成(个)", en: "done")
        case .columnDonePercent: Phrase(zh: "完成率", en: "done %")
        case .targetBand: Phrase(zh: "{min}以上", en: "≥ {min}")
        case .theQuarter: Phrase(zh: "本季度 {period}", en: "The quarter, {period}")
        case .thePeriod: Phrase(zh: "本期 {period}", en: "The period, {period}")
        case .yearToDate: Phrase(zh: "年初至今 {span}", en: "Year to date, {span}")
        case .aYearEarlier: Phrase(zh: "上年同期 {period}", en: "A year earlier, {period}")
        case .columnSequence: Phrase(zh: "序号", en: "sequence")
        case .columnDate: Phrase(zh: "日期", en: "date")
        case .columnProject: Phrase(zh: "项目", en: "project")
        case .columnName: Phrase(zh: "名称", en: "name")
        case .columnAmount: Phrase(zh: "金额", en: "amount")
        case .columnNote: Phrase(zh: "说明", en: "note")
        case .explainSigned: Phrase(zh: "新签约{threshold}以上项目 {count}个,{total}", en: "Signed at {threshold} or more: {count}, {total}")
        case .explainStarts: Phrase(zh: "开工 {count}个", en: "Construction starts: {count}")
        case .explainCommissionings: Phrase(zh: "投产 {count}个", en: "Commissionings: {count}")
        case .explainTerminations: Phrase(zh: "终止 {count}个", en: "Terminations: {count}")
        case .explainDisbursed: Phrase(zh: "到位资金 {total},{count}笔", en: "Funds disbursed: {total}, {count} events")
        case .signedThisYear: Phrase(zh: "本年新签约", en: "signed this year")
        case .continuing: Phrase(zh: "续建", en: "continuing")
        case .total: Phrase(zh: "合计", en: "total")
        case .events: Phrase(zh: "{count}笔", en: "{count} events")
        case .differs: Phrase(zh: "与汇总 {total} 不符", en: "differs from the summary's {total}")
        case .ofWhich: Phrase(zh: "其中(序号见上)", en: "Of which (sequences above)")
        case .shareBand: Phrase(zh: "  投资{min}以上 {count}个,{total}:{sequences}", en: "  at {min} or more: {count}, {total}: {sequences}")
        case .shareGroup: Phrase(zh: "  组团 {key} {count}个,{total}:{sequences}", en: "  group {key}: {count}, {total}: {sequences}")
        case .shareIndustry: Phrase(zh: "  产业链 {key} {count}个,{total}:{sequences}", en: "  industry chain {key}: {count}, {total}: {sequences}")
        case .shareTarget: Phrase(zh: "  年度目标 {min}以上 {actual}/{target}个(年初至今全部签约):{sequences}",
                                  en: "  target at {min} or more: {actual} of {target} (every signing of the year to date): {sequences}")
        }
    }
}
