import Testing
import Ledger
@testable import Catalogue

/// The domain's messages as people read them: every rule and value error in both languages,
/// unmixed once its arguments are filled in, and the row-problem line in its two shapes.
@Suite struct DomainWordsTests {
    /// Every violation code with the facts the fold or the shape check gives it.
    static let violations: [RuleViolation] = RuleViolation.Code.allCases.map { code in
        switch code {
        case .missingField, .extraField: RuleViolation(code, field: "amount", detail: EventKind.signed.name)
        case .fieldTooLong: RuleViolation(code, field: "investor", detail: "512")
        case .voidBreaksHistory: RuleViolation(code, field: "ref", detail: "not_signed", cause: RuleViolation(.notSigned))
        case .amountTooLarge: RuleViolation(code, field: "amount", detail: String(Limits.amountFenMax))
        default: RuleViolation(code, detail: "2021-03-01")
        }
    }

    @Test func everyViolationReadsInOneLanguage() {
        for v in Self.violations {
            let zh = v.message(.zh), en = v.message(.en)
            let stray = CatalogueTests.asciiWords(in: zh).filter { !CatalogueTests.asciiAllowedInChinese.contains($0) }
            #expect(stray.isEmpty, "\(v.code): \(zh)")
            #expect(en.unicodeScalars.filter(CatalogueTests.isHan).isEmpty, "\(v.code): \(en)")
            #expect(!zh.contains("{") && !en.contains("{"), "\(v.code): an argument left unfilled")
        }
    }

    @Test func theKindAndTheFieldAreSaidInTheLinesLanguage() {
        let missing = RuleViolation(.missingField, field: "amount", detail: "signed")
        #expect(missing.message(.zh) == "签约事件必须填写金额")
        #expect(missing.message(.en) == "amount is required for signed")
        #expect(RuleViolation(.extraField, field: "group", detail: "commissioned").message(.zh) == "投产事件不应填写组团")
    }

    @Test func aNestedViolationIsSaidInTheOuterOnesLanguage() {
        let v = RuleViolation(.voidBreaksHistory, field: "ref", detail: "not_signed", cause: RuleViolation(.notSigned))
        #expect(v.message(.zh) == "作废后项目历史不成立:项目尚未签约")
        #expect(v.message(.en) == "voiding it would break the project's history: project has not been signed")
        #expect(v.description == "void_breaks_history ref (not_signed): not_signed")
    }

    @Test func valueErrorsHaveBothLanguages() {
        for e in DateParseError.allCases {
            #expect(!e.message(.zh).isEmpty && e.message(.zh) != e.message(.en))
        }
        #expect(MoneyParseError.overflow.message(.zh) == "金额超过上限 10000亿元")
        #expect(MoneyParseError.overflow.message(.en) == "amount is above the limit of 1000 billion yuan")
    }

    @Test func theProblemLineNamesOurColumnsInItsLanguage() {
        let v = RuleViolation(.beforeSigning, field: "date", detail: "2021-01-10")
        let english = RowProblem(file: "a.csv", line: 3, column: "日期", value: "2021-01-09", violation: v)
        #expect(english.message(.en) == "a.csv:3 column date value \"2021-01-09\": date is before the project's signing on 2021-01-10")
        let chinese = RowProblem(file: "a.csv", line: 3, column: "project", value: "X", violation: RuleViolation(.notSigned))
        #expect(chinese.message(.zh) == "a.csv 第3行 项目编号列 值“X”: 项目尚未签约")
        // A column that is none of ours is the file's own text.
        let unknown = RowProblem(file: "a.csv", line: 1, column: "颜色", code: "unknown_column") { _ in "…" }
        #expect(unknown.message(.en) == "a.csv:1 column 颜色: …")
        #expect(RowProblem(file: "a.csv", line: 0, code: "empty_file") { ReaderText.emptyFile.text($0) }.message(.zh) == "a.csv: 文件为空")
    }

    @Test func anArgumentIsNeverReadAsATemplate() {
        let p = Phrase(zh: "事件 {detail} 已作废({field})", en: "event {detail} is already void ({field})")
        #expect(p.text(.en, ["detail": "{field}", "field": "ref"]) == "event {field} is already void (ref)")
        #expect(p.text(.zh, ["detail": "X"]) == "事件 X 已作废({field})")
    }

    @Test func periodsAreNamedAsTheNewsletterNamesThem() throws {
        #expect(try Period.parse("2021Q1").name(.zh) == "2021年一季度" && Period.parse("2021Q1").name(.en) == "Q1 2021")
        #expect(try Period.parse("2021H1").name(.zh) == "2021年上半年" && Period.parse("2021h2").name(.en) == "H2 2021")
        #expect(try Period.parse("2021-03").name(.zh) == "2021年3月" && Period.parse("2021年3月").name(.en) == "March 2021")
        #expect(try Period.parse("2021").name(.zh) == "2021年" && Period.parse("2021年").name(.en) == "2021")
        #expect(PeriodParseError(text: "一季度", code: "period_without_year").message(.zh).hasPrefix("“一季度”没有写年份"))
    }
}
