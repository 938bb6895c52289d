internal import ArgumentParser
internal import Catalogue
internal import Ledger
internal import LedgerService
internal import LedgerReports

struct ProvinceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "province", abstract: ProvinceText.provinceAbstract.text(CLILanguage.current),
                             subcommands: [ProvinceInitCommand.self, ProvinceVerifyCommand.self, ProvinceSummaryCommand.self])
    }
}

struct ProvinceInitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        Help.command("init", HelpProvinceText.provinceInitAbstract, HelpProvinceText.provinceInitDiscussion)
    }

    @Option(help: Help.text(.postgresURL, value: .vURL)) var postgres: String
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Console.guarded(output.language) {
            try LedgerService.provinceInit(url: postgres)
            Console.out(ProvinceText.provinceInitDone.text(output.language, ["url": postgres]))
        }
    }
}

struct ProvinceVerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        Help.command("verify", HelpProvinceText.provinceVerifyAbstract, HelpProvinceText.provinceVerifyDiscussion)
    }

    @Option(help: Help.text(.postgresURL, value: .vURL)) var postgres: String
    @Option(help: Help.text(.provinceKeys, value: .vKeyFile)) var keys: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Console.guarded(output.language) {
            let rollups = try LedgerService.provinceVerify(url: postgres, keysFile: keys)
            Console.out(ProvinceText.provinceVerifyOK.text(output.language, [
                "origins": String(rollups.count), "events": String(rollups.reduce(0) { $0 + $1.events.count }),
            ]))
        }
    }
}

struct ProvinceSummaryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        Help.command("summary", HelpProvinceText.provinceSummaryAbstract, HelpProvinceText.provinceSummaryDiscussion)
    }

    @Argument(help: Help.text(.provinceSummaryPeriod, value: .vPeriod)) var period: Period
    @Option(help: Help.text(.postgresURL, value: .vURL)) var postgres: String
    @Option(help: Help.text(.provinceSummaryKeys, value: .vKeyFile)) var keys: String?
    @Option(help: Help.text(.provinceThreshold, value: .vAmount)) var threshold: Money?
    @Flag(help: Help.text(.provinceJSON)) var json = false
    @Flag(help: Help.text(.provinceCSV)) var csv = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Console.guarded(output.language) {
            let summary = try LedgerService.provinceSummary(url: postgres, keysFile: keys, period: period, threshold: threshold ?? .yi)
            let view = ProvinceSummaryText(summary, language: output.language)
            Console.out(json ? JSONText.render(view.jsonObject()) : csv ? view.csv() : view.text())
        }
    }
}
