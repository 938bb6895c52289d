import Testing
@testable import Catalogue

/// Holds the catalogue complete and unmixed: both sides, the same arguments, one language a side.
@Suite struct CatalogueTests {
    /// ASCII words a Chinese line may carry: codes, formats, units and names that have no Chinese form.
    static let asciiAllowedInChinese: Set<String> = [
        "JSON", "JSONL", "CSV", "xlsx", "xls", "ods", "et", "HTML", "SVG", "PDF", "SHA", "LMDB", "ID", "URL",
        "API", "CSRF", "TLS", "UTF", "UTF-8", "SHA-256", "GB", "BOM", "Excel", "WPS", "PostgreSQL", "Ed25519", "Merkle", "RFC",
        "taizhang", "Taizhang", "TAIZHANG_DB", "TAIZHANG_LANG", "LANG", "XDG_DATA_HOME", "stdin", "MiB", "KiB", "GiB", "MB",
        "UTF-8", "SHA-256", "GB18030", "UTF-16", "zh", "en", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Unicode", "ISO",
        "xNN", "zip", "XML",
    ]

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

    /// Drops `{arguments}`, `` `code` `` and `--options`, which are not words of either language.
    static func withoutQuotedParts(_ s: String) -> String {
        var out = ""
        var inBraces = false, inTicks = false
        for ch in s {
            switch ch {
            case "{" where !inTicks: inBraces = true
            case "}" where inBraces: inBraces = false
            case "`": inTicks.toggle()
            default: if !inBraces && !inTicks { out.append(ch) }
            }
        }
        // --options and their values are typed as they are in either language.
        return out.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("--") ? "" : String($0) }.joined(separator: " ")
    }

    static func asciiWords(in s: String) -> [String] {
        var words: [String] = [], current = ""
        for u in s.unicodeScalars {
            if (u >= "A" && u <= "Z") || (u >= "a" && u <= "z") || (!current.isEmpty && (u.properties.numericType != nil && u.isASCII || u == "_" || u == "-")) {
                current.unicodeScalars.append(u)
            } else {
                if current.count >= 2 { words.append(current) }
                current = ""
            }
        }
        if current.count >= 2 { words.append(current) }
        return words.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }
    }

    static func isHan(_ u: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value) || (0x3000...0x303F).contains(u.value)
            || (0xFF00...0xFFEF).contains(u.value)
    }
}
