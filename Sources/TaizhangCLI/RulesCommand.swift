internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerReports

/// `taizhang rules`: the built-in rule set (or a file's) in canonical bytes, or its SHA-256.
struct RulesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("rules", HelpReportsText.rulesAbstract, .rulesDiscussion) }

    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.rulesFile, value: .vFile)) var file: String?
    @Flag(help: Help.text(HelpReportsText.rulesSHA256)) var sha256 = false

    func run() throws {
        try Console.guarded {
            let rules = try file.map { try FigureOptions.readRules($0, language: output.language) } ?? .builtIn
            Console.out(sha256 ? "\(rules.sha256)  \(rules.name)" : rules.canonicalJSON)
        }
    }
}
