internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerStore
internal import LedgerImport
internal import LedgerReports

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Append batch files (JSONL, CSV, xlsx; - for standard input) to the ledger, all or nothing.",
        discussion: """
        Each file lands as one batch; all files of one command land in one transaction or not at \
        all. A file whose bytes landed before is skipped, and so is an event already in the \
        ledger with the same id and content; the same id with other content is a conflict. \
        Every row is validated, and every problem is reported with file, line, column and value.
        """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Batch files: .jsonl, .csv or .xlsx; - reads standard input.") var files: [String]
    @Option(help: "Recorded time of the batch (ISO 8601 with offset, or a date = end of that day, China time); never before the ledger's head.")
    var recordedAt: String?
    @Option(name: .customLong("operator"), help: "Who imports (default: the login name).") var operatorName: String?
    @Option(help: "Text encoding of CSV/JSONL files (default: UTF-8, else GB18030).") var encoding: String?
    @Option(help: "Format of the files: jsonl, csv or xlsx (default: from the name).") var format: String?
    @Option(help: "The zone's name, when the import creates the ledger.") var zone: String = ""
    @Flag(help: "Validate and show what would land; write nothing.") var dryRun = false
    @Flag(help: "A machine-readable report.") var json = false
    @Flag(help: "No progress on standard error.") var quiet = false
    @Flag(help: "Accept a --recorded-at (or an export's recorded times) more than a day ahead of the clock.") var allowFuture = false
    @Flag(help: "FILE is a `taizhang export`: land its events with their original batches, lines and recorded times, so the digest comes out the same.")
    var replayExport = false

    func run() throws {
        try Console.guarded {
            let language = output.language
            if replayExport {
                guard files.count == 1 else { throw UsageError("--replay-export takes exactly one export file") }
                try ReplayExport.run(path: files[0], ledger: ledger, zone: zone, operatorName: operatorName ?? ImportCommand.loginName(),
                                     allowFuture: allowFuture, json: json, language: language)
                return
            }
            var recordedAtMs: Int64?
            if let recordedAt {
                guard let ms = Timestamp.parse(recordedAt) else {
                    throw UsageError("--recorded-at \(recordedAt) is not an ISO 8601 time with offset (2021-04-10T17:00:00+08:00) or a date")
                }
                recordedAtMs = ms
            }
            var inputFormat: InputFormat?
            if let format {
                guard let f = InputFormat(rawValue: format.lowercased()) else { throw UsageError("--format must be jsonl, csv or xlsx, not \(format)") }
                inputFormat = f
            }
            var inputs: [InputFile] = []
            var unreadable: [RowProblem] = []
            for path in files {
                do { inputs.append(try InputFile.read(path: path, format: inputFormat, encoding: encoding)) } catch let e as InputError {
                    unreadable.append(contentsOf: e.problems)
                }
            }
            if !unreadable.isEmpty { try report(rejected: unreadable, language: language) }

            if dryRun && !LedgerStore.exists(at: ledger.path) {
                throw StoreError(.missing, "no ledger at \(ledger.path); a dry run creates nothing")
            }
            var options = ImportOptions(recordedAtMs: recordedAtMs, operatorName: operatorName ?? ImportCommand.loginName(), dryRun: dryRun)
            options.futureRecordedTimeAllowed = allowFuture
            var landed: ImportOutcome?
            try ledger.openCreatingIfMissing(zone: zone) { store in
                landed = try land(inputs, into: store, options: options, language: language)
            }
            guard let outcome = landed else { return }
            print(outcome, language: language)
        }
    }

    /// Lands the files in one transaction, with a progress line that counts each row once
    /// even when LMDB reruns the transaction on a larger map.
    private func land(_ inputs: [InputFile], into store: LedgerStore, options: ImportOptions, language: Language) throws -> ImportOutcome {
        try store.reserve(bytes: inputs.reduce(64 << 20) { $0 + $1.byteCount * 6 })
        let sources = inputs.map { BatchSource(fileName: $0.name, sha256: $0.sha256, encoding: $0.encoding) }
        let totalRows = Console.stderrIsTerminal && !quiet && !json ? inputs.reduce(0) { $0 + max(0, $1.lineCount - ($1.format == .csv ? 1 : 0)) } : 0
        let progress = Progress(enabled: !quiet && !json && Console.stderrIsTerminal, totalRows: totalRows,
                                label: language.pick("导入", "importing"))
        do {
            let outcome = try store.importBatches(sources: sources, options: options, rows: ImportCommand.feed(inputs, progress: progress))
            progress.finish()
            return outcome
        } catch let e as StoreError where e.code == .rejected {
            progress.finish()
            try report(rejected: e.problems, language: language)
        }
    }

    /// The rows of each input for `importBatches`, ticking `progress` once per row of the batch
    /// as it finally lands: a source read again (a rerun after `MDB_MAP_FULL`) starts its count over.
    static func feed(_ inputs: [InputFile], progress: Progress) -> (Int, (IncomingRow) throws -> Void) throws -> Void {
        { index, sink in
            progress.beginSource(index)
            try inputs[index].rows { row in
                progress.tick()
                try sink(row)
            }
        }
    }

    static func loginName() -> String {
        let env = ProcessInfo.processInfo.environment
        if let user = env["USER"] ?? env["LOGNAME"], !user.isEmpty { return user }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }

    private func report(rejected problems: [RowProblem], language: Language) throws -> Never {
        if json {
            Console.out(JSONText.render([
                "landed": false,
                "problems": problems.map {
                    ["file": $0.file, "line": $0.line, "column": $0.column, "value": $0.value, "code": $0.code,
                     "message": $0.reason(language)] as [String: Any]
                },
            ]))
        } else {
            for p in problems { Console.err(p.message(language)) }
            Console.err(language.pick("导入被拒绝:发现 \(problems.count) 个问题,未写入任何内容。",
                                      "import rejected: \(problems.count) problem(s) found; nothing was written."))
        }
        throw ExitCode(Console.Status.rejected.rawValue)
    }

    private func print(_ o: ImportOutcome, language: Language) {
        if json {
            var object: [String: Any] = [
                "landed": !o.dryRun && o.eventsAppended > 0,
                "dry_run": o.dryRun,
                "events": o.eventsAppended, "duplicates": o.duplicates, "rows": o.rows,
                "head": ["sequence": o.head.sequence, "hash": ChainHash.hex(o.head.hash)],
                "batches": o.batches.map(BatchesCommand.jsonObject),
                "already_landed": o.alreadyLanded.map { ["file": $0.source.fileName, "batch": $0.batch.id, "events": $0.batch.eventCount,
                                                         "recorded_at": Timestamp.iso($0.batch.recordedAtMs),
                                                         "imported_at": Timestamp.iso($0.batch.importedAtMs)] as [String: Any] },
            ]
            if o.dryRun {
                object["preview"] = o.preview.map { ReplayCommand.jsonObject($0, change: nil, voidedBy: nil) }
            }
            Console.out(JSONText.render(object))
            return
        }
        let zh = language.isChinese
        for (source, batch) in o.alreadyLanded {
            Console.out(zh ? "\(source.fileName):已作为批次 \(batch.id) 导入(\(batch.eventCount) 个事件,记录时间 \(Timestamp.iso(batch.recordedAtMs)),导入于 \(Timestamp.iso(batch.importedAtMs))),本次未重复导入。"
                           : "\(source.fileName): already landed as batch \(batch.id) (\(batch.eventCount) events, recorded at \(Timestamp.iso(batch.recordedAtMs)), imported at \(Timestamp.iso(batch.importedAtMs))); not imported again.")
        }
        for b in o.batches {
            let range = b.eventCount > 0 ? "\(b.firstSequence)–\(b.firstSequence + b.eventCount - 1)" : "—"
            Console.out(zh ? "\(o.dryRun ? "(试运行)" : "")批次 \(b.id):\(b.fileName)(\(b.encoding)),\(b.rows) 行,新增 \(b.eventCount) 个事件,跳过已有 \(b.duplicateCount) 个;序号 \(range)"
                           : "\(o.dryRun ? "(dry run) " : "")batch \(b.id): \(b.fileName) (\(b.encoding)), \(b.rows) rows, \(b.eventCount) new events, \(b.duplicateCount) already present; sequences \(range)")
        }
        if o.dryRun {
            var t = TextTable(header: zh ? ["序号", "日期", "事件", "项目", "金额", "名称"] : ["seq", "date", "kind", "project", "amount", "name"], rightAligned: [0])
            for r in o.preview.prefix(50) {
                let e = r.event
                t.add([String(r.sequence), e.date.description, zh ? e.kind.chinese : e.kind.name, e.project,
                       e.kind.carriesAmount ? (zh ? e.amount.chinese : e.amount.english) : "", e.name])
            }
            if !o.preview.isEmpty { Console.out(t.render()) }
            if o.preview.count > 50 { Console.out(zh ? "……共 \(o.eventsAppended) 个事件" : "… \(o.eventsAppended) events in all") }
            Console.out(zh ? "试运行:未写入任何内容。" : "dry run: nothing was written.")
            return
        }
        if o.eventsAppended == 0 && o.batches.isEmpty && !o.alreadyLanded.isEmpty { return }
        Console.out(zh ? "已导入 \(o.eventsAppended) 个事件;台账摘要 \(o.head.sequence) \(ChainHash.hex(o.head.hash))"
                       : "imported \(o.eventsAppended) events; ledger digest \(o.head.sequence) \(ChainHash.hex(o.head.hash))")
    }
}
