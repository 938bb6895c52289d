internal import Catalogue
internal import ArgumentParser

/// The language the command line speaks, chosen before ArgumentParser builds any help or error.
enum CLILanguage {
    /// Set once by `Taizhang.run` from `--lang`, `TAIZHANG_LANG` and `LANG`.
    nonisolated(unsafe) static var current: Language = .zh

    /// The choice `argv` and the environment make: a `--lang X` or `--lang=X` anywhere first.
    static func resolve(_ arguments: [String], environment: [String: String]) -> Language {
        var explicit: String?
        for (i, a) in arguments.enumerated() {
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count { explicit = arguments[i + 1] }
            if a.hasPrefix("--lang=") { explicit = String(a.dropFirst("--lang=".count)) }
        }
        return Language.resolve(explicit: explicit, environment: environment)
    }
}

/// Help texts, in the language of the command line.
enum Help {
    static func text(_ key: HelpText) -> ArgumentHelp { ArgumentHelp(key.text(CLILanguage.current)) }

    /// An option's help with the name of its value (`--db <台账目录>`) in the same language.
    static func text(_ key: HelpText, value: HelpText) -> ArgumentHelp {
        ArgumentHelp(key.text(CLILanguage.current), valueName: value.text(CLILanguage.current))
    }
    static func string(_ key: HelpText) -> String { key.text(CLILanguage.current) }

    static func text(_ key: HelpReportsText, value: HelpText? = nil) -> ArgumentHelp {
        ArgumentHelp(key.text(CLILanguage.current), valueName: value?.text(CLILanguage.current))
    }

    static func command(_ name: String, _ abstract: HelpReportsText, _ discussion: HelpReportsText) -> CommandConfiguration {
        CommandConfiguration(commandName: name, abstract: abstract.text(CLILanguage.current), discussion: discussion.text(CLILanguage.current))
    }

    /// A command's configuration with its abstract and discussion from the catalogue.
    static func command(_ name: String, _ abstract: HelpText, _ discussion: HelpText? = nil) -> CommandConfiguration {
        CommandConfiguration(commandName: name, abstract: string(abstract), discussion: discussion.map(string) ?? "")
    }
}
