internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import Ledger
internal import LedgerProvince
internal import LedgerReports
internal import LedgerStore
internal import Transparency

struct ProvinceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "province",
        abstract: ProvinceText.provinceAbstract.text(CLILanguage.current),
        subcommands: [ProvinceInitCommand.self, ProvinceVerifyCommand.self, ProvinceSummaryCommand.self])
}

struct ProvinceInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the rollup's tables and views (see the README's schema); running it again changes nothing.")

    @Option(help: "The province's database, postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.") var postgres: String
    @OptionGroup var output: OutputOptions

    func run() throws {
        try ProvinceCommands.guarded(output.language) {
            let url = postgres
            try Blocking.run {
                let database = try await ProvinceDatabase.connect(url)
                defer { Task { await database.close() } }
                try await database.createSchema()
            }
            Console.out(ProvinceText.provinceInitDone.text(output.language, ["url": url]))
        }
    }
}

struct ProvinceVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every zone's chain and tree heads from the rows; check them against the signed checkpoints and keys.",
        discussion: "Exit 4 and one line naming the origin and sequence when a row, chain, tree head or signature does not verify.")

    @Option(help: "The province's database, postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.") var postgres: String
    @Option(help: "A file of zones' verifier keys, one NAME+KEYHASH+BASE64 a line (the name is the origin); else the keys zones registered.") var keys: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        try ProvinceCommands.guarded(output.language) {
            let rollups = try ProvinceVerifyCommand.load(postgres, keys: keys)
            if let failure = rollups.compactMap(\.failure).first { throw failure }
            Console.out(ProvinceText.provinceVerifyOK.text(output.language, [
                "origins": String(rollups.count), "events": String(rollups.reduce(0) { $0 + $1.events.count }),
            ]))
        }
    }

    /// Every zone's rows, verified.
    static func load(_ url: String, keys file: String?) throws -> [ZoneRollup] {
        var keys: [String: NoteVerifier] = [:]
        if let file {
            for line in try TransparencyCommands.read(file).split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let key = try NoteVerifier(vkey: line.trimmingCharacters(in: .whitespaces))
                keys[key.name] = key
            }
        }
        let given = keys
        return try Blocking.run {
            let database = try await ProvinceDatabase.connect(url)
            do {
                let rollups = try await ProvinceVerifier(database: database, keys: given).verifyAll()
                await database.close()
                return rollups
            } catch {
                await database.close()
                throw error
            }
        }
    }
}

struct ProvinceSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Every zone's figures for a quarter and the province's totals, by the zones' own summary code.",
        discussion: "Each zone's line names the checkpoint it was computed at and whether its rows verified.")

    @Argument(help: "The period: a quarter (2021Q1), a half (2021H1), a year (2021) or a month (2021-03).") var period: String
    @Option(help: "The province's database, postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.") var postgres: String
    @Option(help: "A file of zones' verifier keys (as `province verify --keys`).") var keys: String?
    @Option(help: "Threshold for signings (default 1亿元).") var threshold: String = "1亿元"
    @Flag(help: "Machine-readable output.") var json = false
    @Flag(help: "CSV for spreadsheets: one line a zone, then the total.") var csv = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        try ProvinceCommands.guarded(output.language) {
            let parsed: Period
            do { parsed = try Period.parse(period) } catch { throw UsageError("\(period) is not a period (e.g. 2021Q1, 2021H1, 2021, 2021-03)") }
            let minimum: Money
            do { minimum = try Money.parse(threshold) } catch { throw UsageError("--threshold \(threshold): \(error)") }
            let rollups = try ProvinceVerifyCommand.load(postgres, keys: keys)
            let summary = try ProvinceSummary.compute(rollups, period: parsed, threshold: minimum)
            let view = ProvinceSummaryView(summary: summary, language: output.language)
            Console.out(json ? JSONText.render(view.jsonObject()) : csv ? view.csv() : view.text())
        }
    }
}
