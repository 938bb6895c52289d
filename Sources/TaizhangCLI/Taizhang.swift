public import ArgumentParser
internal import Catalogue
internal import Foundation

/// `taizhang`: the ledger of a development zone's investment projects.
public struct Taizhang: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "taizhang",
            abstract: Help.string(.rootAbstract),
            discussion: Help.string(.rootDiscussion),
            version: "0.1.0",
            // One line per command, so that branches adding commands merge cleanly.
            subcommands: [
                InitCommand.self,
                ImportCommand.self,
                SummaryCommand.self,
                ProjectsCommand.self,
                ShowCommand.self,
                ReplayCommand.self,
                VerifyCommand.self,
                DigestCommand.self,
                BatchesCommand.self,
                RebuildCommand.self,
                ProveCommand.self,
                CheckProofCommand.self,
                VoidCommand.self,
                BackupCommand.self,
                ExportCommand.self,
                RulesCommand.self,
                PipelineCommand.self,
                ReportCommand.self,
                CheckReportCommand.self,
                KeygenCommand.self,
                CheckpointCommand.self,
                WitnessCommand.self,
                PublishCommand.self,
                ProvinceCommand.self,
                ServeCommand.self,
                UserCommand.self,
            ]
        )
    }

    public init() {}

    /// Runs the command line in the language `argv` and the environment choose, moving options
    /// given before the subcommand (`taizhang --db X import`) to after it, where every
    /// subcommand reads them.
    public static func run(arguments: [String]) { run(arguments: arguments, environment: ProcessInfo.processInfo.environment) }

    public static func run(arguments: [String], environment: [String: String]) {
        let language = CLILanguage.resolve(arguments, environment: environment)
        CLILanguage.current = language
        // The language is chosen; `--lang` is taken out so that `help` and the root take it too.
        let (args, badLanguage) = GlobalOptions.moved(GlobalOptions.withoutLanguage(arguments))
        if let badLanguage {
            Console.err("taizhang: " + ArgumentText.invalidValueWithReason.text(language, [
                "option": "--lang", "value": badLanguage, "reason": ArgumentText.badLanguage.text(language)]))
            Foundation.exit(Console.Status.badInput.rawValue)
        }
        do {
            var command = try parseAsRoot(args)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version, completion scripts: what was asked for, on standard output.
                let text = HelpLanguage.translate(fullMessage(for: error), language)
                if !text.isEmpty { Console.out(text) }
                Foundation.exit(0)
            }
            if error is ExitCode { Foundation.exit(code.rawValue) }
            // A mistake on the command line: one line, and the usage exit status the README gives.
            let subcommand = Taizhang.commandPath(args)
            let line = UsageLanguage.translate(UnknownOption.said(message(for: error), args), language)
            Console.err("taizhang: " + ArgumentText.seeHelp.text(language, ["message": line, "command": "taizhang" + subcommand]))
            Foundation.exit(Console.Status.badInput.rawValue)
        }
    }
}

extension Taizhang {
    /// The command `arguments` name (` province summary`, ` import`, or nothing), for "see --help".
    static func commandPath(_ arguments: [String]) -> String {
        guard let name = arguments.first,
              let command = configuration.subcommands.first(where: { $0.configuration.commandName == name }) else { return "" }
        guard arguments.count > 1, command.configuration.subcommands.contains(where: { $0.configuration.commandName == arguments[1] }) else {
            return " " + name
        }
        return " " + name + " " + arguments[1]
    }
}

/// `--db` given before the subcommand goes after it; `--lang` is read before parsing.
enum GlobalOptions {
    static let names: Set<String> = ["--db"]

    /// The arguments without `--lang X` / `--lang=X`, and the value when it names no language.
    static func withoutLanguage(_ arguments: [String]) -> ([String], String?) {
        var out: [String] = [], bad: String?
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { out += arguments[i...]; break }
            if a == "--lang" || a.hasPrefix("--lang=") {
                let value = a == "--lang" ? (i + 1 < arguments.count ? arguments[i + 1] : "") : String(a.dropFirst("--lang=".count))
                if Language(code: value) == nil { bad = value }
                i += a == "--lang" ? 2 : 1
                continue
            }
            out.append(a)
            i += 1
        }
        return (out, bad)
    }

    static func moved(_ input: ([String], String?)) -> ([String], String?) { (moved(input.0), input.1) }

    static func moved(_ arguments: [String]) -> [String] {
        var args = arguments
        var moved: [String] = []
        while let first = args.first, first.hasPrefix("--") {
            let name = String(first.split(separator: "=", maxSplits: 1)[0])
            guard names.contains(name) else { break }
            moved.append(args.removeFirst())
            if !first.contains("="), let value = args.first { moved.append(value); args.removeFirst() }
        }
        if !moved.isEmpty, !args.isEmpty { args.insert(contentsOf: moved, at: insertionIndex(args)) } else { args = moved + args }
        return args
    }

    /// After the subcommand, or after its own subcommand for a group (`taizhang --db X user add
    /// NAME` is `user add --db X NAME`).
    static func insertionIndex(_ args: [String]) -> Int {
        guard let group = Taizhang.configuration.subcommands.first(where: { $0.configuration.commandName == args[0] }),
              args.count > 1, group.configuration.subcommands.contains(where: { $0.configuration.commandName == args[1] }) else { return 1 }
        return 2
    }
}
