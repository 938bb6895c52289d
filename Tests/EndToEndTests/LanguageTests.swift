import Foundation
import Testing
import TestSupport

/// Every help page and every error a person can reach: Chinese by default, English with
/// `--lang en`, `TAIZHANG_LANG=en` or a `LANG` starting with `en`, and no line mixing the two.
@Suite struct LanguageTests {
    static let subcommands = ["init", "import", "summary", "projects", "show", "replay", "verify", "digest", "batches", "rebuild",
                              "prove", "check-proof", "void", "backup", "export"]
    /// Codes a Chinese page names as they are typed: the commands, the status and sort values.
    /// The province's commands, groups and their subcommands.
    static let provinceCommands = [["keygen"], ["checkpoint"], ["witness"], ["witness", "cosign"], ["publish"],
                                   ["province"], ["province", "init"], ["province", "verify"], ["province", "summary"]]
    static let codes = Set(subcommands + ["rules", "pipeline", "report", "check-report", "serve", "user", "keygen", "checkpoint", "witness", "publish", "province", "cosign", "help", "signed", "started", "commissioned", "terminated", "id", "amount", "name", "disbursed"])
        .union(subcommands.flatMap { $0.split(separator: "-").map(String.init) })

    static func help(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        try run(taizhangBinary, arguments, environment: ["LANG": "C.UTF-8", "TAIZHANG_LANG": ""].merging(environment) { _, b in b })
    }

    static func expectChinese(_ text: String, _ what: String) {
        #expect(text.unicodeScalars.contains(where: LanguageCheck.isHan), "\(what): no Chinese in \(text)")
        for (line, words) in LanguageCheck.strayEnglish(inChinese: text, allowed: codes) {
            Issue.record("\(what): English \(words) in the Chinese line: \(line)")
        }
    }

    static func expectEnglish(_ text: String, _ what: String) {
        #expect(!text.isEmpty, "\(what): nothing printed")
        for line in LanguageCheck.chineseLines(inEnglish: text) { Issue.record("\(what): Chinese in the English line: \(line)") }
    }

    @Test(arguments: [[]] + subcommands.map { [$0] } + provinceCommands + [["help"]])
    func helpIsChineseByDefaultAndEnglishOnRequest(_ command: [String]) throws {
        let what = "taizhang help \(command.joined(separator: " "))"
        let zh = try Self.help(["help"] + command)
        #expect(zh.status == 0, "\(what): \(zh.stderr)")
        Self.expectChinese(zh.stdout, what)
        let en = try Self.help(["help"] + command + ["--lang", "en"])
        #expect(en.status == 0)
        Self.expectEnglish(en.stdout, what + " --lang en")
        #expect(try Self.help(["help"] + command, environment: ["TAIZHANG_LANG": "en"]).stdout == en.stdout, "\(what) with TAIZHANG_LANG=en")
        #expect(try Self.help(["help"] + command, environment: ["LANG": "en_US.UTF-8"]).stdout == en.stdout, "\(what) with LANG=en_US.UTF-8")
        // `--help` after the command says the same as `help COMMAND`.
        if command == ["help"] { return }
        #expect(try Self.help(command + ["--help", "--lang", "en"]).stdout == en.stdout)
        #expect(try Self.help(command + ["--help"]).stdout == zh.stdout)
    }

    @Test func anExplicitLanguageWinsOverTheEnvironment() throws {
        let zh = try Self.help(["--help"])
        #expect(try Self.help(["--lang", "zh", "--help"], environment: ["TAIZHANG_LANG": "en", "LANG": "en_US.UTF-8"]).stdout == zh.stdout)
        let bad = try Self.help(["--lang", "fr", "summary", "2021Q1"])
        #expect(bad.status == 2 && bad.stderr.contains("--lang") && bad.stderr.contains("fr"))
    }

    /// Each error a person can reach, as arguments after `--db LEDGER`; `nil` ledger: a fresh folder.
    static func errors(ledger: String, emptyFile: String, fullFolder: String) -> [(String, [String], Int32)] {
        let missing = NSTemporaryDirectory() + "taizhang-none-" + UUID().uuidString
        return [
            ("missing ledger", ["--db", missing, "summary", "2021Q1"], 1),
            ("bad period", ["--db", ledger, "summary", "2021Q7"], 2),
            ("period without a year", ["--db", ledger, "summary", "一季度"], 2),
            ("unknown project", ["--db", ledger, "show", "Q-404"], 2),
            ("unknown event", ["--db", ledger, "void", "Q-404", "--reason", "x"], 1),
            ("unreadable file", ["--db", ledger, "import", "no-such-file.jsonl"], 3),
            ("backup into a non-empty folder", ["--db", ledger, "backup", fullFolder], 1),
            ("bad recorded time", ["--db", ledger, "import", "--recorded-at", "yesterday", emptyFile], 2),
            ("bad amount", ["--db", ledger, "projects", "--min", "lots"], 2),
            ("bad status", ["--db", ledger, "projects", "--status", "paused"], 2),
            ("missing argument", ["summary"], 2),
            ("unknown option", ["summary", "2021Q1", "--bogus"], 2),
            ("unknown command", ["nosuch"], 2),
            ("missing option value", ["--db", ledger, "summary", "2021Q1", "--threshold"], 2),
            ("unreadable proof", ["check-proof", "no-such-proof.json"], 2),
            ("unexpected argument", ["summary", "2021Q1", "extra"], 2),
            ("missing argument of a nested command", ["province", "summary", "--postgres", "postgres://taizhang@127.0.0.1:9/postgres"], 2),
            ("options that go together", ["check-proof", "p.json", "--checkpoint", "c.txt"], 2),
            ("no PostgreSQL server", ["--db", ledger, "publish", "--postgres", "postgres://taizhang@127.0.0.1:9/postgres"], 1),
            ("not a PostgreSQL URL", ["province", "verify", "--postgres", "http://example"], 2),
            ("bad period for the province", ["province", "summary", "2021Q7", "--postgres", "postgres://taizhang@127.0.0.1:9/postgres"], 2),
            ("unreadable signing key", ["--db", ledger, "checkpoint", "--sign", "no-such-key"], 2),
            ("bad checkpoint time", ["--db", ledger, "checkpoint", "--known-at", "yesterday"], 2),
            ("key over an existing file", ["keygen", "--name", "taizhang/x", "--out", fullFolder + "/something"], 2),
            ("bad key name", ["keygen", "--name", "a b", "--out", fullFolder + "/new.key"], 2),
            ("unreadable checkpoint for the witness", ["witness", "cosign", "no-such-checkpoint", "--key", "k", "--zone-key", "z", "--state", fullFolder + "/w"], 2),
            ("bad keys file", ["province", "verify", "--postgres", "postgres://taizhang@127.0.0.1:9/postgres", "--keys", fullFolder + "/something"], 2),
        ]
    }

    @Test func everyErrorIsOneLineInTheChosenLanguage() throws {
        let ledger = try fixtureLedger(batches: 1)
        defer { try? FileManager.default.removeItem(atPath: ledger) }
        let full = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: full.path, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: full.path + "/something"))
        for (what, arguments, status) in Self.errors(ledger: ledger, emptyFile: "Fixtures/2021Q1.jsonl", fullFolder: full.path) {
            let zh = try Self.help(arguments)
            #expect(zh.status == status, "\(what): \(zh.stderr)")
            #expect(zh.stderr.split(separator: "\n").count == (what == "unreadable file" ? 2 : 1), "\(what): \(zh.stderr)")
            Self.expectChinese(zh.stderr, what)
            let en = try Self.help(arguments + ["--lang", "en"])
            #expect(en.status == status, "\(what) --lang en: \(en.stderr)")
            Self.expectEnglish(en.stderr, what + " --lang en")
            #expect(try Self.help(arguments, environment: ["TAIZHANG_LANG": "en"]).stderr == en.stderr, "\(what) with TAIZHANG_LANG=en")
        }
    }
}
