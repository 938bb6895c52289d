internal import ArgumentParser
internal import Ledger
internal import LedgerReports

/// `taizhang rules`: the built-in rule set (or a file's) in canonical bytes, or its SHA-256.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the built-in rule set (taizhang.rules/1) in its canonical bytes, or its SHA-256.",
        discussion: "Save it, edit it and pass it back with --rules FILE to summary, pipeline, report and projects. "
            + "Every sealed output names its rule set by the SHA-256 of these canonical bytes.")

    @OptionGroup var output: OutputOptions
    @Option(help: "Show this rules file in canonical form instead of the built-in set.") var file: String?
    @Flag(help: "Print the SHA-256 of the canonical bytes and the rule set's name instead.") var sha256 = false

    func run() throws {
        try Console.guarded {
            let rules = try file.map { try FigureOptions.readRules($0, language: output.language) } ?? .builtIn
            Console.out(sha256 ? "\(rules.sha256)  \(rules.name)" : rules.canonicalJSON)
        }
    }
}
