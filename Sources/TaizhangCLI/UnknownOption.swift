internal import ArgumentParser
internal import Foundation

/// The first option typed that the command does not have: the mistake said before any other.
///
/// ArgumentParser reports a missing argument before an option it does not know, and takes the
/// value after an unknown option for a positional argument: `province summary --db X 2021Q1`
/// was "“X” is not a period", `province summary 2021Q1 --db X` "missing --postgres". The
/// command's own options come from ArgumentParser's description of it (`--experimental-dump-help`),
/// so custom names (`--operator`) and option groups are as the parser sees them.
enum UnknownOption {
    /// ArgumentParser's line for a mistake in `arguments`, or the unknown option's when there is one.
    ///
    /// ArgumentParser's own "did you mean" is kept only when the option it suggests begins as the
    /// one typed does (`--as-knwon-at`: `--as-known-at`), not for `--db` to a command with `--csv`.
    static func said(_ message: String, _ arguments: [String]) -> String {
        guard let unknown = first(in: arguments) else { return message }
        let own = "Unknown option '\(unknown)'"
        if message == own { return message }
        if message.hasPrefix(own + ". Did you mean '" + unknown.prefix(4)) { return message }
        return own
    }

    /// The first `--name` in `arguments` (after the command path, before `--`) that the command
    /// does not take, skipping the value of each option it does take.
    static func first(in arguments: [String]) -> String? {
        let path = Taizhang.commandPath(arguments).split(separator: " ").map(String.init)
        guard !path.isEmpty, let options = options(of: path) else { return nil }
        var i = path.count
        while i < arguments.count {
            let word = arguments[i]
            i += 1
            if word == "--" { break }
            guard word.hasPrefix("--") else { continue }
            let name = String(word.split(separator: "=", maxSplits: 1)[0])
            guard let takesValue = options[name] else { return name }
            if takesValue && !word.contains("=") { i += 1 }
        }
        return nil
    }

    /// The command's long options (`--db`) and whether each takes a value; nil when it cannot be told.
    static func options(of path: [String]) -> [String: Bool]? {
        let dump: String
        do {
            _ = try Taizhang.parseAsRoot(path + ["--experimental-dump-help"])
            return nil
        } catch {
            dump = Taizhang.fullMessage(for: error)
        }
        guard let tool = try? JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any],
              let command = tool["command"] as? [String: Any],
              let arguments = command["arguments"] as? [[String: Any]] else { return nil }
        var options: [String: Bool] = ["--lang": true]   // read, and taken out, before parsing
        for argument in arguments {
            let kind = argument["kind"] as? String
            for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                if let n = name["name"] as? String { options["--" + n] = kind == "option" }
            }
        }
        return options
    }
}
