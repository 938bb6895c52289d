internal import Catalogue
internal import ArgumentParser
internal import LedgerService

/// Where the ledger is: `--db`, else `$TAIZHANG_DB`, else the XDG data folder.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: Help.text(.db, value: .vFolder), completion: .directory)
    var db: String?

    var path: String { db ?? LedgerService.defaultPath() }

    /// The use cases on this ledger; from here on a fault inside LMDB on a damaged page of it is
    /// its damaged-ledger line and exit 4 (`LedgerService.guardDamagedPages`).
    var service: LedgerService {
        let service = LedgerService(path: path)
        service.guardDamagedPages(CLILanguage.current)
        return service
    }
}

/// The language of everything the command prints: Chinese by default.
struct OutputOptions: ParsableArguments {
    /// Read by `Taizhang.run` before parsing too, so that help and parse errors follow it.
    @Option(name: .long, help: Help.text(.lang, value: .vLanguage))
    var lang: LanguageArgument?

    var language: Language { lang?.language ?? CLILanguage.current }
}

/// The ledger, the language and `--json`: all that a command printing one read of the ledger takes.
struct ReadOptions: ParsableArguments {
    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: Help.text(.json)) var json = false

    /// Runs `body` on the ledger's use cases in the reader's language; what it throws is said as `Console.guarded` says it.
    func guarded(_ body: (LedgerService, Language) throws -> Void) throws {
        let l = output.language
        try Console.guarded(l) { try body(ledger.service, l) }
    }
}

struct LanguageArgument: ExpressibleByArgument {
    let language: Language
    init?(argument: String) {
        guard let l = Language(code: argument) else {
            ArgumentProblem.note(argument, .badLanguage)
            return nil
        }
        language = l
    }
}
