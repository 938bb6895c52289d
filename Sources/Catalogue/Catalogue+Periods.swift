public import Ledger

/// The words of periods: their names as the newsletter writes them, and why one could not be read.
public enum PeriodText: String, Phrasebook {
    case quarter1, quarter2, quarter3, quarter4
    case half1, half2
    case year
    case january, february, march, april, may, june, july, august, september, october, november, december
    /// The summary table's column for the period itself.
    case quarterColumn, halfColumn, yearColumn, monthColumn
    case badPeriod, periodWithoutYear
    case overflow

    public var phrase: Phrase {
        switch self {
        case .quarter1: Phrase(zh: "{year}年一季度", en: "Q1 {year}")
        case .quarter2: Phrase(zh: "{year}年二季度", en: "Q2 {year}")
        case .quarter3: Phrase(zh: "{year}年三季度", en: "Q3 {year}")
        case .quarter4: Phrase(zh: "{year}年四季度", en: "Q4 {year}")
        case .half1: Phrase(zh: "{year}年上半年", en: "H1 {year}")
        case .half2: Phrase(zh: "{year}年下半年", en: "H2 {year}")
        case .year: Phrase(zh: "{year}年", en: "{year}")
        case .january: Phrase(zh: "{year}年1月", en: "January {year}")
        case .february: Phrase(zh: "{year}年2月", en: "February {year}")
        case .march: Phrase(zh: "{year}年3月", en: "March {year}")
        case .april: Phrase(zh: "{year}年4月", en: "April {year}")
        case .may: Phrase(zh: "{year}年5月", en: "May {year}")
        case .june: Phrase(zh: "{year}年6月", en: "June {year}")
        case .july: Phrase(zh: "{year}年7月", en: "July {year}")
        case .august: Phrase(zh: "{year}年8月", en: "August {year}")
        case .september: Phrase(zh: "{year}年9月", en: "September {year}")
        case .october: Phrase(zh: "{year}年10月", en: "October {year}")
        case .november: Phrase(zh: "{year}年11月", en: "November {year}")
        case .december: Phrase(zh: "{year}年12月", en: "December {year}")
        case .quarterColumn: Phrase(zh: "本季度", en: "quarter")
        case .halfColumn: Phrase(zh: "本半年", en: "half year")
        case .yearColumn: Phrase(zh: "全年", en: "year")
        case .monthColumn: Phrase(zh: "本月", en: "month")
        case .badPeriod:
            Phrase(zh: "“{text}”不是可识别的期间:季度写作 2021Q1 或 2021年一季度,半年写作 2021H1 或 2021年上半年,全年写作 2021 或 2021年,月份写作 2021-03 或 2021年3月",
                   en: "\"{text}\" is not a period: write a quarter as 2021Q1 or `2021年一季度`, a half as 2021H1 or `2021年上半年`, a year as 2021 or `2021年`, a month as 2021-03 or `2021年3月`")
        case .periodWithoutYear:
            Phrase(zh: "“{text}”没有写年份:季度写作 2021Q1 或 2021年一季度,半年写作 2021H1 或 2021年上半年,全年写作 2021 或 2021年,月份写作 2021-03 或 2021年3月",
                   en: "\"{text}\" does not say which year: write a quarter as 2021Q1 or `2021年一季度`, a half as 2021H1 or `2021年上半年`, a year as 2021 or `2021年`, a month as 2021-03 or `2021年3月`")
        case .overflow:
            Phrase(zh: "{period}、其年初至今或上年同期的数字合计超过 {max} 分,超出汇总所能计算的范围",
                   en: "the figures of {period}, its year to date or a year earlier add up to more than {max} fen, more than this summary can count")
        }
    }
}

extension Period {
    /// `2021年一季度`, `2021年上半年`, `2021年3月`, `2021年`; `Q1 2021`, `H1 2021`, `March 2021`, `2021`.
    public func name(_ language: Language) -> String {
        let months: [PeriodText] = [.january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december]
        let text: PeriodText = switch kind {
        case .quarter: [.quarter1, .quarter2, .quarter3, .quarter4][number - 1]
        case .half: number == 1 ? .half1 : .half2
        case .year: .year
        case .month: months[number - 1]
        }
        return text.text(language, ["year": String(year)])
    }

    /// The summary table's heading for this period's own column (`本季度`, `本月`, …).
    public func columnName(_ language: Language) -> String {
        let text: PeriodText = switch kind {
        case .quarter: .quarterColumn
        case .half: .halfColumn
        case .year: .yearColumn
        case .month: .monthColumn
        }
        return text.text(language)
    }
}

extension PeriodParseError {
    /// One line naming the forms that work, in `language`.
    public func message(_ language: Language) -> String {
        (code == "period_without_year" ? PeriodText.periodWithoutYear : .badPeriod).text(language, ["text": text])
    }
}

extension SummaryOverflow {
    public func message(_ language: Language) -> String {
        PeriodText.overflow.text(language, ["period": period.name(language), "max": String(Int64.max)])
    }
}
