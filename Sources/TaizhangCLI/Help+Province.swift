internal import ArgumentParser
internal import Catalogue

extension Help {
    /// An option's help from the province's phrasebook, in the reader's language.
    static func text(_ key: HelpProvinceText, value: HelpProvinceText? = nil) -> ArgumentHelp {
        ArgumentHelp(key.text(CLILanguage.current), valueName: value?.text(CLILanguage.current))
    }

    /// A command's configuration with its abstract and discussion from any phrasebook.
    static func command<A: Phrasebook, D: Phrasebook>(_ name: String, _ abstract: A, _ discussion: D,
                                                      subcommands: [any ParsableCommand.Type] = []) -> CommandConfiguration {
        CommandConfiguration(commandName: name, abstract: abstract.text(CLILanguage.current),
                             discussion: discussion.text(CLILanguage.current), subcommands: subcommands)
    }
}

extension Help {
    /// An option's help from the province's phrasebook with a value name of the common ones.
    static func text(_ key: HelpProvinceText, value: HelpText) -> ArgumentHelp {
        ArgumentHelp(key.text(CLILanguage.current), valueName: value.text(CLILanguage.current))
    }
}
