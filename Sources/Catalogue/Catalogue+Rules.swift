public import Ledger

/// The words of the lifecycle's rules: one phrase per stable violation code.
///
/// The domain's own code enum is the phrasebook, so a rule added to `Ledger` without words
/// here does not compile, and the words never drift from the codes scripts read.
extension RuleViolation.Code: Phrasebook {
    public var phrase: Phrase {
        switch self {
        case .notSigned: Phrase(zh: "项目尚未签约", en: "project has not been signed")
        case .alreadySigned: Phrase(zh: "项目已签约({detail})", en: "project was already signed ({detail})")
        case .beforeSigning: Phrase(zh: "日期早于项目签约日 {detail}", en: "date is before the project's signing on {detail}")
        case .alreadyStarted: Phrase(zh: "项目已于 {detail} 开工", en: "construction already started on {detail}")
        case .notStarted: Phrase(zh: "项目尚未开工,不能投产", en: "commissioned before construction started")
        case .beforeStart: Phrase(zh: "投产日期早于开工日 {detail}", en: "commissioning date is before construction started on {detail}")
        case .alreadyCommissioned: Phrase(zh: "项目已于 {detail} 投产", en: "already commissioned on {detail}")
        case .afterTermination: Phrase(zh: "项目已于 {detail} 终止", en: "project was terminated on {detail}")
        case .missingField: Phrase(zh: "{kind}事件必须填写{field}", en: "{field} is required for {kind}")
        case .extraField: Phrase(zh: "{kind}事件不应填写{field}", en: "{field} is not allowed for {kind}")
        case .zeroAmount: Phrase(zh: "金额必须大于零", en: "amount must be greater than zero")
        case .amountTooLarge: Phrase(zh: "金额超过上限 {limit}", en: "amount is above the limit of {limit}")
        case .fieldTooLong: Phrase(zh: "{field}超过 {detail} 字节", en: "{field} is longer than {detail} bytes")
        case .voidUnknown: Phrase(zh: "作废的事件 {detail} 不存在", en: "voids event {detail}, which does not exist")
        case .voidTwice: Phrase(zh: "事件 {detail} 已作废", en: "event {detail} is already void")
        case .voidOfVoid: Phrase(zh: "事件 {detail} 本身是作废事件,不能再作废", en: "event {detail} is itself a void and cannot be voided")
        case .voidOtherProject: Phrase(zh: "作废的事件 {detail} 属于其他项目", en: "voided event {detail} belongs to another project")
        case .voidBreaksHistory: Phrase(zh: "作废后项目历史不成立:{cause}", en: "voiding it would break the project's history: {cause}")
        case .tooManyEvents: Phrase(zh: "项目事件数超过 {detail}", en: "project has more than {detail} events")
        case .badAttribute:
            Phrase(zh: "属性{field}不成立({detail}):属性名不能为空或重复,计划日期须写成 2021-09-30 这样的日期",
                   en: "attribute {field} does not hold ({detail}): a key must be given once, a planned date be YYYY-MM-DD")
        }
    }
}

extension RuleViolation {
    /// The violation in `language`; a violation it wraps (`cause`) is said in the same language.
    public func message(_ language: Language) -> String {
        let fieldName = FieldText.named(field ?? FieldText.field.rawValue, language)
        let kind = EventKind(name: detail).map { language.isChinese ? $0.chinese : $0.name } ?? detail
        let limit = Money(fen: Limits.amountFenMax)
        return code.text(language, [
            "detail": detail, "field": fieldName, "kind": kind,
            "limit": language.isChinese ? limit.chinese : limit.english,
            "cause": cause?.message(language) ?? detail,
        ])
    }
}

/// Why a date could not be read.
extension DateParseError: Phrasebook {
    public var phrase: Phrase {
        switch self {
        case .empty: Phrase(zh: "日期为空", en: "empty date")
        case .malformed: Phrase(zh: "日期格式错误(应如 2021-03-28、2021/3/28、2021年3月28日 或 20210328)",
                                en: "not a date (expected 2021-03-28, 2021/3/28, `2021年3月28日` or 20210328)")
        case .noSuchMonth: Phrase(zh: "没有这个月份(月份应为 1 至 12)", en: "no such month (months run from 1 to 12)")
        case .noSuchDay: Phrase(zh: "日历中没有这一天", en: "no such day in the calendar")
        case .outOfRange: Phrase(zh: "日期超出范围(1949-10-01 至 2199-12-31)", en: "date out of range (1949-10-01 to 2199-12-31)")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}

/// Why an amount could not be read.
extension MoneyParseError: Phrasebook {
    public var phrase: Phrase {
        switch self {
        case .empty: Phrase(zh: "金额为空", en: "empty amount")
        case .malformed: Phrase(zh: "金额格式错误(应如 50亿元、3000万元、1,234.56元 或 580000000)",
                                en: "not an amount (expected e.g. `50亿元`, `3000万元`, `1,234.56元` or 580000000)")
        case .negative: Phrase(zh: "金额为负数", en: "negative amount")
        case .tooManyDecimals: Phrase(zh: "金额超过两位小数(分)", en: "more than two decimals of yuan")
        case .overflow: Phrase(zh: "金额超过上限 {limit}", en: "amount is above the limit of {limit}")
        }
    }

    public func message(_ language: Language) -> String {
        let limit = Money(fen: Limits.amountFenMax)
        return text(language, ["limit": language.isChinese ? limit.chinese : limit.english])
    }
}
