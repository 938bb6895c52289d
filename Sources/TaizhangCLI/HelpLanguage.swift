internal import Catalogue

/// ArgumentParser's own words in a help page (section headings, the built-in flags) in the
/// reader's language; every text of ours comes from the catalogue already.
enum HelpLanguage {
    static func translate(_ help: String, _ language: Language) -> String {
        guard language.isChinese else { return help }
        var out = help
        // A group's own line names the group: `See 'taizhang help witness <subcommand>' for detailed help.`
        while let start = out.range(of: "See '"), let end = out.range(of: "' for detailed help.", range: start.upperBound..<out.endIndex) {
            let command = String(out[start.upperBound..<end.lowerBound])
            out.replaceSubrange(start.lowerBound..<end.upperBound, with: HelpProvinceText.seeNestedHelp.text(language, ["command": command]))
        }
        for (english, key) in replacements {
            out = out.replacingOccurrences(of: english, with: key.text(language))
        }
        return out
    }

    /// ArgumentParser 1.x's fixed words, longest first so that none is cut by a shorter one.
    static let replacements: [(String, HelpText)] = [
        ("See 'taizhang help <subcommand>' for detailed help.", .seeSubcommandHelp),
        ("Show help information for this command.", .helpFlag),
        ("Show subcommand help information.", .helpCommand),
        ("Show help information.", .helpFlag),
        ("Show the version.", .versionFlag),
        ("OVERVIEW:", .overview),
        ("USAGE:", .usage),
        ("ARGUMENTS:", .arguments),
        ("OPTIONS:", .options),
        ("SUBCOMMANDS:", .subcommands),
        ("(default: ", .defaultOpen),
        ("; default: ", .defaultInline),
        ("default: ", .defaultWord),
        ("(values: ", .valuesOpen),
        ("<subcommands>", .vSubcommandsQuoted),
        ("<subcommand>", .vSubcommandQuoted),
        ("<options>", .vOptionsQuoted),
    ]
}

internal import Foundation
