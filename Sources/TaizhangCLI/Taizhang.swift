public import ArgumentParser
internal import Foundation

/// `taizhang`: the ledger of a development zone's investment projects.
public struct Taizhang: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "台账: an append-only, verifiable ledger of a development zone's investment projects.",
        discussion: """
        The ledger is a folder (an LMDB environment): --db PATH, else $TAIZHANG_DB, else \
        $XDG_DATA_HOME/taizhang/ledger (~/.local/share/taizhang/ledger). Output is Chinese by \
        default; --lang en for English, --json for programs.
        Exit status: 0 done; 1 error; 2 bad input or usage; 3 import rejected; 4 verification failed.
        """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ImportCommand.self, SummaryCommand.self, ProjectsCommand.self, ShowCommand.self,
            ReplayCommand.self, VerifyCommand.self, DigestCommand.self, BatchesCommand.self, RebuildCommand.self,
            ProveCommand.self, CheckProofCommand.self, VoidCommand.self, BackupCommand.self,
            ExportCommand.self,
            RulesCommand.self, PipelineCommand.self, ReportCommand.self, CheckReportCommand.self,
            ServeCommand.self,
            UserCommand.self,
        ]
    )

    public init() {}

    /// Where options moved from before the subcommand go: after it, or after its own
    /// subcommand for a group (`taizhang --db X user add NAME` is `user add --db X NAME`).
    static func insertionIndex(_ args: [String]) -> Int {
        guard let group = configuration.subcommands.first(where: { $0.configuration.commandName == args[0] }),
              args.count > 1, group.configuration.subcommands.contains(where: { $0.configuration.commandName == args[1] }) else { return 1 }
        return 2
    }

    /// Runs the command line, moving options given before the subcommand (`taizhang --db X import`)
    /// to after it, where every subcommand reads them.
    public static func run(arguments: [String]) {
        var args = arguments
        var moved: [String] = []
        let global: Set<String> = ["--db", "--lang"]
        while let first = args.first, first.hasPrefix("--") {
            let name = String(first.split(separator: "=", maxSplits: 1)[0])
            guard global.contains(name) else { break }
            moved.append(args.removeFirst())
            if !first.contains("="), let value = args.first { moved.append(value); args.removeFirst() }
        }
        if !moved.isEmpty, !args.isEmpty { args.insert(contentsOf: moved, at: insertionIndex(args)) } else { args = moved + args }
        do {
            var command = try parseAsRoot(args)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version, completion scripts: what was asked for, on standard output.
                let text = fullMessage(for: error)
                if !text.isEmpty { Console.out(text) }
                Foundation.exit(0)
            }
            if error is ExitCode { Foundation.exit(code.rawValue) }
            // A mistake on the command line: one line, and the usage exit status the README gives.
            let subcommand = args.first.flatMap { name in
                configuration.subcommands.contains { $0.configuration.commandName == name } ? " " + name : nil
            } ?? ""
            Console.err("taizhang: \(message(for: error)) (see 'taizhang\(subcommand) --help')")
            Foundation.exit(Console.Status.badInput.rawValue)
        }
    }
}
