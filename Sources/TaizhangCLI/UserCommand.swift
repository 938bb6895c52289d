internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerService
internal import LedgerReports
internal import TaizhangWeb

/// `taizhang user add|list|remove|passwd`: the accounts of the web interface.
struct UserCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        Help.command("user", .userAbstract, .userDiscussion, subcommands: [Add.self, List.self, Remove.self, Passwd.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { Help.command("add", .userAddAbstract) }
        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: Help.text(.accountName, value: .vName)) var name: String
        @Option(help: Help.text(.role, value: .vRole)) var role: String

        func run() throws {
            try UserCommand.guarded(output.language) {
                guard let r = Role(rawValue: role) else { throw UsageError(WebText.roleUnknown.text(output.language, ["role": role])) }
                try UserCommand.store(ledger).add(name: name, role: r, password: UserCommand.readPassword())
                Console.out(WebText.userAdded.text(output.language, ["name": name, "role": r.rawValue]))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { Help.command("list", .userListAbstract) }
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
        static var configuration: CommandConfiguration { Help.command("remove", .userRemoveAbstract) }
        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: Help.text(.accountName, value: .vName)) var name: String

        func run() throws {
            try UserCommand.guarded(output.language) {
                try UserCommand.store(ledger).remove(name: name)
                Console.out(WebText.userRemoved.text(output.language, ["name": name]))
            }
        }
    }

    struct Passwd: ParsableCommand {
        static var configuration: CommandConfiguration { Help.command("passwd", .userPasswdAbstract) }
        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: Help.text(.accountName, value: .vName)) var name: String

        func run() throws {
            try UserCommand.guarded(output.language) {
                try UserCommand.store(ledger).setPassword(name: name, password: UserCommand.readPassword())
                Console.out(WebText.userPasswordSet.text(output.language, ["name": name]))
            }
        }
    }

    static func store(_ ledger: LedgerOptions) throws -> AccountStore {
        try LedgerService(path: ledger.path).requireExists()
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
