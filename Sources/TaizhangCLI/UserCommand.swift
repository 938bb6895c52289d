internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerStore
internal import LedgerReports
internal import TaizhangWeb

/// `taizhang user add|list|remove|passwd`: the accounts of the web interface.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Accounts for `taizhang serve`: add, list, remove, passwd.",
        discussion: """
        Accounts are kept in accounts.json in the ledger folder, outside the event log: they never \
        change the digest, verify, an export or a backup. Passwords are read from the first line of \
        standard input, never from the command line, and stored as bcrypt hashes.
        """,
        subcommands: [Add.self, List.self, Remove.self, Passwd.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account; the password is the first line of standard input.")
        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The account's name.") var name: String
        @Option(help: "clerk, analyst, auditor or admin.") var role: String

        func run() throws {
            try UserCommand.guarded(output.language) {
                guard let r = Role(rawValue: role) else { throw UsageError(WebText.roleUnknown.text(output.language, ["role": role])) }
                try UserCommand.store(ledger).add(name: name, role: r, password: UserCommand.readPassword())
                Console.out(WebText.userAdded.text(output.language, ["name": name, "role": r.rawValue]))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every account with its role.")
        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try UserCommand.guarded(output.language) {
                let l = output.language
                var t = TextTable(header: [WebText.columnName.text(l), WebText.columnRole.text(l), WebText.columnChanged.text(l)])
                for a in try UserCommand.store(ledger).accounts() {
                    t.add([a.name, a.role.rawValue + " " + WebText.role(a.role).text(l), a.changedAt])
                }
                Console.out(t.render())
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an account; its sessions end.")
        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The account's name.") var name: String

        func run() throws {
            try UserCommand.guarded(output.language) {
                try UserCommand.store(ledger).remove(name: name)
                Console.out(WebText.userRemoved.text(output.language, ["name": name]))
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Set an account's password from the first line of standard input.")
        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The account's name.") var name: String

        func run() throws {
            try UserCommand.guarded(output.language) {
                try UserCommand.store(ledger).setPassword(name: name, password: UserCommand.readPassword())
                Console.out(WebText.userPasswordSet.text(output.language, ["name": name]))
            }
        }
    }

    static func store(_ ledger: LedgerOptions) throws -> AccountStore {
        guard LedgerStore.exists(at: ledger.path) else { throw StoreError(.missing, "no ledger at \(ledger.path) (create one with `taizhang init`)") }
        return AccountStore(ledgerPath: ledger.path)
    }

    /// The first line of standard input, without its line end; nothing else is read.
    static func readPassword() -> String {
        var line = readLine(strippingNewline: true) ?? ""
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    static func guarded(_ language: Language, _ body: () throws -> Void) throws {
        try Console.guarded {
            do { try body() } catch let e as AccountError {
                Console.err("taizhang: " + e.message(language))
                throw ExitCode(e.code == .badName || e.code == .badPassword ? Console.Status.badInput.rawValue : Console.Status.error.rawValue)
            }
        }
    }
}
