/// The words of a summary's `--explain` blocks.
public enum SummaryText: String, Phrasebook {
    case theQuarter, thePeriod, yearToDate, aYearEarlier

    public var phrase: Phrase {
        switch self {
        case .theQuarter: Phrase(zh: "本季度 {period}", en: "The quarter, {period}")
        case .thePeriod: Phrase(zh: "本期 {period}", en: "The period, {period}")
        case .yearToDate: Phrase(zh: "年初至今 {span}", en: "Year to date, {span}")
        case .aYearEarlier: Phrase(zh: "上年同期 {period}", en: "A year earlier, {period}")
        }
    }
}
