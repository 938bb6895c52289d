import Foundation
import Ledger
@testable import LedgerImport
import Catalogue
import Testing
import TestSupport

/// Every input in Fixtures/fuzz (the corpus `Tools/fuzz` keeps, and every crash it found) run
/// through the same checks as the libFuzzer targets in Tools/FuzzTargets, plus a seeded
/// random-mutation pass over the corpus: a deterministic stand-in for libFuzzer that runs on
/// every `Tools/test`, where a fuzzer-instrumented build would be too slow.
@Suite struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    static func files(_ target: String) -> [URL] {
        let folder = fuzzFolder.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// What the reader targets do: read the bytes as a batch file and map every row; every
    /// problem renders in both languages. Returns the problem codes, for the crash fixtures.
    @discardableResult
    static func read(_ bytes: [UInt8], format: InputFormat) -> [String] {
        guard let file = try? InputFile.read(bytes: bytes, name: "fuzz.\(format.rawValue)", format: format) else { return ["unreadable"] }
        var codes: [String] = []
        try? file.rows { row in
            if case .problems(let problems) = row {
                for p in problems {
                    codes.append(p.code)
                    #expect(!p.message(.zh).isEmpty && !p.message(.en).isEmpty)
                }
            }
        }
        return codes
    }

    /// What the money target checks: a parsed amount is not negative and its text parses back.
    static func money(_ text: String) {
        guard let money = try? Money.parse(text) else { return }
        #expect(money.fen >= 0, "\(text)")
        #expect((try? Money.parse(money.chinese)) == money, "\(money.chinese) from \(text)")
        _ = (money.english, money.yiRounded(digits: 1))
    }

    /// What the date target checks: a parsed date is within the limits and its text parses back.
    static func date(_ text: String) {
        guard let date = try? BusinessDate.parse(text) else { return }
        #expect(date >= Limits.dateMin && date <= Limits.dateMax, "\(text)")
        #expect((try? BusinessDate.parse(date.description)) == date, "\(date) from \(text)")
    }

    static func check(_ target: String, _ bytes: [UInt8]) {
        switch target {
        case "csv": read(bytes, format: .csv)
        case "jsonl": read(bytes, format: .jsonl)
        case "xlsx": read(bytes, format: .xlsx)
        case "money": money(String(decoding: bytes, as: UTF8.self))
        default: date(String(decoding: bytes, as: UTF8.self))
        }
    }

    static let targets = ["csv", "jsonl", "xlsx", "money", "date"]

    @Test(arguments: targets) func everyCorpusInputIsReadWithoutACrash(target: String) throws {
        let inputs = Self.files(target)
        #expect(inputs.count >= 3, "Fixtures/fuzz/\(target) holds its seeds")
        for url in inputs { Self.check(target, Array(try Data(contentsOf: url))) }
    }

    /// Every crash `Tools/fuzz` found, named `TARGET-…`, runs again through its target.
    @Test func everyCrashFoundIsARegressionTest() throws {
        let crashes = Self.files("crashes")
        for url in crashes {
            let target = String(url.lastPathComponent.prefix { $0 != "-" })
            try #require(Self.targets.contains(target), "\(url.lastPathComponent) names no target")
            Self.check(target, Array(try Data(contentsOf: url)))
        }
    }

    /// Workbooks that made ZIPFoundation trap, leak or loop forever, and FoundationXML trap, are
    /// reported as damaged: the zip is now read by `ZipArchive` (every offset checked, zlib with
    /// bounded input and output) and only UTF-8 XML reaches the parser.
    @Test(arguments: ["xlsx-zipfoundation-trap-offset-past-end", "xlsx-zipfoundation-leak-no-end-of-central-directory",
                      "xlsx-zipfoundation-hang-deflate-cut-short", "xlsx-foundationxml-trap-name-not-utf8"])
    func damagedWorkbooksAreReportedNotTrappedOn(crash: String) throws {
        let bytes = Array(try Data(contentsOf: Self.fuzzFolder.appendingPathComponent("crashes/" + crash)))
        let started = Date()
        #expect(Self.read(bytes, format: .xlsx) == ["bad_xlsx"])
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func theZipReaderChecksWhatItReads() throws {
        let workbook = Array(try Data(contentsOf: Self.fuzzFolder.appendingPathComponent("xlsx/seed-twins-libreoffice.xlsx")))
        let zip = try ZipArchive(workbook)
        #expect(zip.entries.keys.contains("xl/workbook.xml"))
        #expect(try zip.data("xl/workbook.xml").map { XLSXReader.isUTF8XML($0) } == true)
        #expect(try zip.data("no/such/part.xml") == nil)
        #expect(throws: ZipArchive.Damaged.self) { try ZipArchive(Array(workbook.dropLast(1))) }   // the comment cut short
        #expect(throws: ZipArchive.Damaged.self) { try ZipArchive(Array("PK\u{05}\u{06}".utf8)) }
        // Every part cut short by one byte: damaged, never a trap or a hang.
        let e = try #require(zip.entries["xl/worksheets/sheet1.xml"])
        var cut = workbook
        cut[e.localHeader + 30 + 24] ^= 0xFF
        #expect(throws: ZipArchive.Damaged.self) { try ZipArchive(cut).data("xl/worksheets/sheet1.xml") }
    }

    @Test func onlyUTF8XMLReachesTheParser() {
        #expect(XLSXReader.isUTF8XML(Data(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst/>"#.utf8)))
        #expect(XLSXReader.isUTF8XML(Data("\u{FEFF}<?xml version='1.0' encoding = 'utf-8'?><sst><si><t>项目</t></si></sst>".utf8)))
        #expect(XLSXReader.isUTF8XML(Data("<sst/>".utf8)))
        #expect(!XLSXReader.isUTF8XML(Data(#"<?xml version="1.0" encoding="GB18030"?><sst/>"#.utf8)))
        #expect(!XLSXReader.isUTF8XML(Data([0x3C, 0x61, 0xC3, 0x28, 0x20, 0x2F, 0x3E])), "an element name that is not UTF-8")
    }

    /// Seeded mutations of every corpus input: flipped, inserted, deleted and repeated bytes,
    /// and the characters the readers treat specially.
    @Test(arguments: targets) func seededMutationsOfTheCorpusAreReadWithoutACrash(target: String) throws {
        var rng = SeededGenerator(seed: 0x7A1_2A4C ^ UInt64(target.utf8.count))
        let inputs = try Self.files(target).map { Array(try Data(contentsOf: $0)) }
        let rounds = target == "xlsx" ? 300 : 3000
        for i in 0..<rounds {
            var bytes = inputs[i % inputs.count]
            for _ in 0..<Int.random(in: 1...4, using: &rng) { Self.mutate(&bytes, using: &rng) }
            Self.check(target, bytes)
        }
    }

    static let special: [[UInt8]] = ["\"", ",", "\n", "\r\n", "{", "}", ":", "[", "亿", "万", "元", "年", "月", "日", ".", "-", "/", "0", "9", "１",
                                     "\u{FEFF}", "null", "1e308", "99999999999999999999"].map { Array($0.utf8) } + [[0xFF], [0x00], [0x81, 0x30]]

    static func mutate(_ bytes: inout [UInt8], using rng: inout SeededGenerator) {
        let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
        switch Int.random(in: 0..<5, using: &rng) {
        case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
        case 1: bytes.insert(contentsOf: special.randomElement(using: &rng)!, at: at)
        case 2 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...16, using: &rng)))
        case 3 where !bytes.isEmpty: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int.random(in: 1...64, using: &rng))], at: at)
        default: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: at)
        }
    }
}

