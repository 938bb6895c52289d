internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: Help.string(.exportAbstract),
                             discussion: HelpText.exportDiscussion.text(CLILanguage.current, ["columns": EventExport.columns.joined(separator: ", ")]))
    }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.exportSince, value: .vSequence)) var since: UInt64 = 0
    @Flag(help: Help.text(.jsonl)) var jsonl = false
    @Flag(help: Help.text(.exportCSV)) var csv = false

    func validate() throws {
        if jsonl == csv { throw ValidationError(CLIText.exportNeedsFormat.text(CLILanguage.current)) }
    }

    func run() throws {
        try Console.guarded(output.language, chainChecked: true) {
            var out = BufferedOutput()
            if csv { out.line(EventExport.csvHeader) }
            try ledger.service.export(since: since) { step in
                if jsonl {
                    EventExport.appendJSONLine(step.record, batch: step.batch, recordedAt: step.recordedAt, to: &out.buffer)
                } else {
                    EventExport.appendCSVRow(step.record, batch: step.batch, recordedAt: step.recordedAt, to: &out.buffer)
                }
                out.flushIfFull()
            }
            out.flush()
        }
    }
}
