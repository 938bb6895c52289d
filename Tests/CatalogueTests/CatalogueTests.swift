import Testing
import TestSupport
@testable import Catalogue

/// Holds the catalogue complete and unmixed: both sides, the same arguments, one language a side.
@Suite struct CatalogueTests {
    /// ASCII words a Chinese line may carry (shared with the end-to-end tests of the binary's output).
    static var asciiAllowedInChinese: Set<String> { LanguageCheck.asciiAllowedInChinese }

    @Test func everyEntryHasBothSides() {
        for e in Catalogue.entries {
            #expect(!e.phrase.zh.isEmpty, "\(e.book).\(e.key) has no Chinese")
            #expect(!e.phrase.en.isEmpty, "\(e.book).\(e.key) has no English")
        }
    }

    @Test func bothSidesTakeTheSameArguments() {
        for e in Catalogue.entries {
            #expect(Phrase.placeholders(in: e.phrase.zh) == Phrase.placeholders(in: e.phrase.en),
                    "\(e.book).\(e.key): arguments differ between the languages")
        }
    }

    @Test func noChineseLineCarriesAnEnglishWord() {
        for e in Catalogue.entries {
            let words = Self.asciiWords(in: Self.withoutQuotedParts(e.phrase.zh))
            let stray = words.filter { !Self.asciiAllowedInChinese.contains($0) }
            #expect(stray.isEmpty, "\(e.book).\(e.key): English in the Chinese line: \(stray)")
        }
    }

    @Test func noEnglishLineCarriesChinese() {
        for e in Catalogue.entries {
            let han = Self.withoutQuotedParts(e.phrase.en).unicodeScalars.filter(Self.isHan)
            #expect(han.isEmpty, "\(e.book).\(e.key): Chinese in the English line")
        }
    }

    @Test func theCheckCatchesMixing() {
        #expect(Self.asciiWords(in: "signed事件必须填写金额") == ["signed"])
        #expect(Self.asciiWords(in: Self.withoutQuotedParts("用 `--replay-export` 导入 {file}")).isEmpty)
        #expect(!"project列".unicodeScalars.filter(Self.isHan).isEmpty)
    }

    @Test func argumentsAreFilledIn() {
        let p = Phrase(zh: "没有台账:{path}", en: "no ledger at {path}")
        #expect(p.text(.zh, ["path": "/tmp/x"]) == "没有台账:/tmp/x")
        #expect(p.text(.en, ["path": "/tmp/x"]) == "no ledger at /tmp/x")
    }

    @Test(arguments: [
        (nil, [:], Language.zh), ("en", [:], .en), (nil, ["TAIZHANG_LANG": "en"], .en),
        (nil, ["LANG": "en_US.UTF-8"], .en), (nil, ["LANG": "zh_CN.UTF-8"], .zh), ("zh", ["TAIZHANG_LANG": "en"], .zh),
    ] as [(String?, [String: String], Language)])
    func languageIsChosenAsDocumented(explicit: String?, env: [String: String], expected: Language) {
        #expect(Language.resolve(explicit: explicit, environment: env) == expected)
    }

    static func withoutQuotedParts(_ s: String) -> String { LanguageCheck.withoutQuotedParts(s) }
    static func asciiWords(in s: String) -> [String] { LanguageCheck.asciiWords(in: s) }
    static func isHan(_ u: Unicode.Scalar) -> Bool { LanguageCheck.isHan(u) }
}
