internal import ArgumentParser
internal import Catalogue

extension Help {
    /// An option's help from the web's phrasebook, in the reader's language.
    static func text(_ key: HelpWebText, value: HelpWebText? = nil) -> ArgumentHelp {
        ArgumentHelp(key.text(CLILanguage.current), valueName: value?.text(CLILanguage.current))
    }

    static func command(_ name: String, _ abstract: HelpWebText, _ discussion: HelpWebText? = nil,
                        subcommands: [any ParsableCommand.Type] = []) -> CommandConfiguration {
        CommandConfiguration(commandName: name, abstract: abstract.text(CLILanguage.current),
                             discussion: discussion?.text(CLILanguage.current) ?? "", subcommands: subcommands)
    }
}
