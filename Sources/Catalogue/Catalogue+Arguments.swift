/// Words for mistakes on the command line: values that do not read, and what the argument
/// parser finds wrong (an unknown option, a missing argument), said in the reader's language.
public enum ArgumentText: String, Phrasebook {
    case badLanguage
    case badStatus
    case badSort
    case badTree
    case badRecordedTime
    case badCSVEncoding
    case invalidValue
    case invalidValueWithReason
    case invalidArgument
    case invalidOptionReason
    case unknownOption
    case unknownOptionSuggest
    case missingValue
    case unexpectedArgument
    case unexpectedArguments
    case missingArgument
    case missingOneOf
    case missingSubcommand
    case invalidOption
    case optionTakesNoValue
    case exclusiveFlags
    case otherMistake
    case seeHelp

    public var phrase: Phrase {
        switch self {
        case .badLanguage: Phrase(zh: "语言应为 zh 或 en", en: "the language is zh or en")
        case .badStatus: Phrase(zh: "应为 `signed`、`started`、`commissioned` 或 `terminated`", en: "expected signed, started, commissioned or terminated")
        case .badSort: Phrase(zh: "应为 `id`、`amount`、`signed`、`name` 或 `disbursed`", en: "expected id, amount, signed, name or disbursed")
        case .badTree:
            Phrase(zh: "不是 `SEQ:TREE_HEAD`(序号、冒号、64 位十六进制数字),例如 `108:5bf5ef6b…`",
                   en: "not SEQ:TREE_HEAD (a sequence number, a colon, 64 hex digits), e.g. 108:5bf5ef6b…")
        case .badRecordedTime:
            Phrase(zh: "不是带时区的 ISO 8601 时间(如 `2021-04-10T17:00:00+08:00`)或日期",
                   en: "not an ISO 8601 time with offset (2021-04-10T17:00:00+08:00) or a date")
        case .badCSVEncoding:
            Phrase(zh: "应为 `utf-8`(默认,带 BOM)或 `gb18030`", en: "expected utf-8 (the default, with a byte order mark) or gb18030")
        case .invalidValue: Phrase(zh: "{option} 的值“{value}”无效", en: "the value '{value}' is invalid for {option}")
        case .invalidValueWithReason: Phrase(zh: "{option} 的值“{value}”:{reason}", en: "{option} {value}: {reason}")
        case .invalidArgument: Phrase(zh: "{reason}", en: "{reason}")
        case .invalidOptionReason: Phrase(zh: "{option} {reason}", en: "{option} {reason}")
        case .unknownOption: Phrase(zh: "没有选项 {option}", en: "unknown option {option}")
        case .unknownOptionSuggest: Phrase(zh: "没有选项 {option},是否想用 {suggestion}?", en: "unknown option {option}; did you mean {suggestion}?")
        case .missingValue: Phrase(zh: "{option} 缺少值", en: "missing value for {option}")
        case .unexpectedArgument: Phrase(zh: "多余的参数“{value}”", en: "unexpected argument '{value}'")
        case .unexpectedArguments: Phrase(zh: "多余的参数:{values}", en: "unexpected arguments: {values}")
        case .missingArgument: Phrase(zh: "缺少参数 {argument}", en: "missing expected argument {argument}")
        case .missingOneOf: Phrase(zh: "缺少以下之一:{arguments}", en: "missing one of: {arguments}")
        case .missingSubcommand: Phrase(zh: "缺少子命令", en: "missing subcommand")
        case .invalidOption: Phrase(zh: "无效的选项 {option}", en: "invalid option {option}")
        case .optionTakesNoValue: Phrase(zh: "{option} 不带值,却给了“{value}”", en: "the option {option} takes no value, but '{value}' was given")
        case .exclusiveFlags: Phrase(zh: "{option} 与 {previous} 不能同用", en: "{option} does not go with {previous}")
        case .otherMistake: Phrase(zh: "命令行有误", en: "a mistake on the command line")
        case .seeHelp: Phrase(zh: "{message}(见 `{command} --help`)", en: "{message} (see '{command} --help')")
        }
    }
}
