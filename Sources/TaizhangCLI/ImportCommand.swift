internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports
internal import Ledger

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("import", .importAbstract, .importDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.importFiles, value: .vFile)) var files: [String]
    @Option(help: Help.text(.importRecordedAt, value: .vTime)) var recordedAt: RecordedTime?
    @Option(name: .customLong("operator"), help: Help.text(.importOperator, value: .vName)) var operatorName: String?
    @Option(help: Help.text(.importEncoding, value: .vEncoding)) var encoding: String?
    @Option(help: Help.text(.importFormat, value: .vFormat)) var format: String?
    @Option(help: Help.text(.importZone, value: .vZone)) var zone: String = ""
    @Flag(help: Help.text(.importDryRun)) var dryRun = false
    @Flag(help: Help.text(.json)) var json = false
    @Flag(help: Help.text(.importQuiet)) var quiet = false
    @Flag(help: Help.text(.allowFuture)) var allowFuture = false
    @Flag(help: Help.text(.importReplayExport)) var replayExport = false
    @Flag(help: Help.text(.importStrict)) var strict = false
    @Option(name: .customLong("sheet"), help: Help.text(.importSheet, value: .vSheet)) var sheets: [String] = []
    @Flag(help: Help.text(.importSnapshot)) var snapshot = false
    @Option(help: Help.text(.importAsOf, value: .vDay)) var asOf: String?
    @Option(help: Help.text(.importColumns, value: .vFile)) var columns: String?

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            if replayExport { return try replay(l) }
            var request = ImportRequest(files: files, recordedAtMs: recordedAt?.ms, operatorName: operatorName ?? LoginName.current(),
                                        encoding: encoding, format: format, zone: zone, dryRun: dryRun, allowFuture: allowFuture)
            request.sheets = sheets
            request.strict = strict
            if snapshot { return try runSnapshot(request, l) }
            let shown = !quiet && !json && Console.stderrIsTerminal
            let bar = Progress(enabled: shown, label: CLIText.importing.text(l))
            try Console.rejecting(l, summary: .importRejected, json: json) {
                let outcome = try ledger.service.importFiles(request, progress: bar.hooks)
                if json { Console.out(JSONText.render(ImportText.jsonObject(outcome))) } else { ImportText.lines(outcome, l).forEach(Console.out) }
            }
        }
    }

    private func replay(_ l: Language) throws {
        guard files.count == 1 else { throw RequestFailure(CLIText.replayExportTakesOneFile.text(l)) }
        try Console.rejecting(l, summary: .replayRejected, linesMax: Limits.replayProblemLinesMax) {
            let result = try ledger.service.replayExport(file: files[0], zone: zone, operatorName: operatorName ?? LoginName.current(),
                                                         allowFuture: allowFuture)
            Console.out(json ? JSONText.render(AuditText.replayedJSON(result)) : AuditText.replayed(result, l))
        }
    }
}
