import Foundation
import Testing
import TestSupport

/// An option a command does not take is said as that, wherever it stands, before any other
/// mistake it causes; a value an option does not take names the values it does. Whole lines, both languages.
@Suite struct OptionMistakeTests {
    static let postgres = "postgres://taizhang@127.0.0.1:9/postgres"

    static func line(_ arguments: [String]) throws -> Run {
        try run(taizhangBinary, arguments, environment: ["LANG": "C.UTF-8", "TAIZHANG_LANG": ""])
    }

    /// `--db` to a province command: after the period, before it (where its value was read as the
    /// period), before the command (moved after it, as `--db` is for every zone command), with `=`.
    static let dbToTheProvince: [(arguments: [String], command: String)] = [
        (["province", "summary", "2021Q1", "--db", "X"], "province summary"),
        (["province", "summary", "--db", "X", "2021Q1", "--postgres", postgres], "province summary"),
        (["--db", "X", "province", "summary", "2021Q1", "--postgres", postgres], "province summary"),
        (["province", "summary", "--db=X", "2021Q1"], "province summary"),
        (["province", "init", "--db", "X"], "province init"),
        (["--db", "X", "province", "verify", "--postgres", postgres], "province verify"),
        (["province", "--db", "X", "summary", "2021Q1"], "province"),
    ]

    @Test(arguments: dbToTheProvince)
    func anOptionTheCommandDoesNotTakeIsSaidSo(_ mistake: (arguments: [String], command: String)) throws {
        let zh = try Self.line(mistake.arguments)
        #expect(zh.status == 2, "\(mistake.arguments): \(zh.stderr)")
        #expect(zh.stderr == "taizhang: 没有选项 --db(见 `taizhang \(mistake.command) --help`)\n", "\(mistake.arguments)")
        #expect(zh.stdout.isEmpty)
        let en = try Self.line(mistake.arguments + ["--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr == "taizhang: Unknown option '--db' (see 'taizhang \(mistake.command) --help')\n", "\(mistake.arguments)")
    }

    @Test func anUnknownOptionIsSaidBeforeAMissingArgumentOrABadValue() throws {
        let zh = try Self.line(["summary", "--as-knwon-at", "2021-04-15"])
        #expect(zh.stderr == "taizhang: 没有选项 --as-knwon-at(见 `taizhang summary --help`)\n")
        let en = try Self.line(["summary", "--as-knwon-at", "2021-04-15", "--lang", "en"])
        #expect(en.stderr == "taizhang: Unknown option '--as-knwon-at' (see 'taizhang summary --help')\n")
        // Where the option suggested begins as the one typed, ArgumentParser's suggestion stays.
        let typo = try Self.line(["summary", "2021Q1", "--as-knwon-at", "2021-04-15", "--lang", "en"])
        #expect(typo.stderr == "taizhang: Unknown option '--as-knwon-at'. Did you mean '--as-known-at'? (see 'taizhang summary --help')\n")
        // Not where it does not: `--db` is no `--csv`.
        let db = try Self.line(["province", "summary", "2021Q1", "--postgres", Self.postgres, "--db", "X", "--lang", "en"])
        #expect(db.stderr == "taizhang: Unknown option '--db' (see 'taizhang province summary --help')\n")
        // What follows an option the command takes is its value, even when it looks like an option.
        let void = try Self.line(["void", "E-1", "--reason", "--db", "--lang", "en"])
        #expect(void.stderr == "taizhang: Missing value for '--reason <reason>' (see 'taizhang void --help')\n")
    }

    @Test func aCSVEncodingNotWrittenNamesTheOnesThatAre() throws {
        let ledger = try fixtureLedger(batches: 1)
        let zh = try Self.line(["--db", ledger, "summary", "2021Q1", "--excel-csv", "--csv-encoding", "latin1"])
        #expect(zh.status == 2)
        #expect(zh.stdout.isEmpty)
        #expect(zh.stderr == "taizhang: --csv-encoding 的值“latin1”:应为 `utf-8`(默认,带 BOM)或 `gb18030`(见 `taizhang summary --help`)\n")
        let en = try Self.line(["--db", ledger, "summary", "2021Q1", "--excel-csv", "--csv-encoding", "latin1", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr == "taizhang: --csv-encoding latin1: expected utf-8 (the default, with a byte order mark) or gb18030 (see 'taizhang summary --help')\n")
        let projects = try Self.line(["--db", ledger, "projects", "--excel-csv", "--csv-encoding", "ascii", "--lang", "en"])
        #expect(projects.stderr == "taizhang: --csv-encoding ascii: expected utf-8 (the default, with a byte order mark) or gb18030 (see 'taizhang projects --help')\n")
        // The names it does take, however they are written.
        for name in ["utf-8", "UTF8", "gb18030", "GB-18030"] {
            let r = try Self.line(["--db", ledger, "summary", "2021Q1", "--excel-csv", "--csv-encoding", name])
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
    }
}
