internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import LedgerStore
internal import LedgerReports

/// Where the ledger is: `--db`, else `$TAIZHANG_DB`, else the XDG data folder.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: "The ledger folder (default: $TAIZHANG_DB, else ~/.local/share/taizhang/ledger).")
    var db: String?

    var path: String {
        if let db { return db }
        let env = ProcessInfo.processInfo.environment
        if let p = env["TAIZHANG_DB"], !p.isEmpty { return p }
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
        return data + "/taizhang/ledger"
    }

    func open(readOnly: Bool) throws -> LedgerStore {
        LedgerStore.guardDamagedPages(path: path, Console.language)
        return try LedgerStore(path: path, readOnly: readOnly)
    }
}

/// How output is given: Chinese or English, and JSON for programs.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the output: zh (default) or en.")
    var lang: LanguageArgument = .zh

    var language: Language { lang.language }
}

enum LanguageArgument: String, ExpressibleByArgument, CaseIterable {
    case zh, en, cn, chinese, english
    var language: Language { self == .en || self == .english ? .en : .zh }
}
