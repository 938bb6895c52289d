internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerStore
internal import LedgerImport
internal import LedgerReports

struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void",
        abstract: "Cancel an event entered in error by appending a void event; history is never edited.",
        discussion: """
        The void lands as a batch of its own, named void:EVENT_ID, through the same checks as a \
        `void` row of a batch file: the event exists, is not a void, is not void already, and the \
        project's remaining history still holds (exit 3 otherwise). The voided event stays in the \
        log; show, replay and summaries leave it out and mark it.
        """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The id of the event entered in error.") var eventId: String
    @Option(help: "Why the event is void (required; kept as the void's note).") var reason: String
    @Option(help: "Business date of the void (default: the day of --recorded-at, else today, China time).") var date: String?
    @Option(help: "Recorded time (ISO 8601 with offset, or a date); never before the ledger's head.") var recordedAt: String?
    @Option(name: .customLong("operator"), help: "Who voids (default: the login name).") var operatorName: String?
    @Option(help: "The void event's id (default: derived from its content, as for a row without one).") var id: String?
    @Flag(help: "A machine-readable report.") var json = false
    @Flag(help: "Accept a --recorded-at more than a day ahead of the clock.") var allowFuture = false

    func run() throws {
        try Console.guarded {
            let language = output.language
            let reasonText = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            if reasonText.isEmpty { throw UsageError("--reason must say why the event is void") }
            var recordedAtMs: Int64?
            if let recordedAt {
                guard let ms = Timestamp.parse(recordedAt) else { throw UsageError("--recorded-at \(recordedAt) is not an ISO 8601 time with offset or a date") }
                recordedAtMs = ms
            }
            let day: BusinessDate
            if let date {
                do { day = try BusinessDate.parse(date) } catch let error as DateParseError { throw UsageError("--date \(date): \(error.message(output.language))") }
            } else {
                let ms = recordedAtMs ?? Int64(Date().timeIntervalSince1970 * 1000)
                guard let d = VoidCommand.chinaDay(ms), d >= Limits.dateMin, d <= Limits.dateMax else {
                    throw UsageError(ReliabilityText.voidDayOutOfRange.phrase.text(language, pairs: [
                        ("recorded", Timestamp.iso(ms)), ("min", Limits.dateMin.description), ("max", Limits.dateMax.description),
                    ]))
                }
                day = d
            }
            let store = try ledger.open(readOnly: false)
            guard let target = try store.event(id: eventId) else {
                throw StoreError(.unknownEvent, "no event with id \(eventId) (void takes an event id; see `taizhang show PROJECT`)")
            }
            var void = Event(id: id ?? "", kind: .void, project: target.event.project, date: day, ref: target.event.id, note: reasonText)
            if void.id.isEmpty { void.id = RowMapper.derivedId(void) }
            // The batch is the one-line JSONL file a clerk would have imported: its SHA-256 is the batch's file hash.
            let line = Array((JSONText.render(["id": void.id, "kind": "void", "project": void.project, "date": day.description,
                                               "ref": void.ref, "note": void.note], pretty: false) + "\n").utf8)
            let source = BatchSource(fileName: "void:\(target.event.id)", sha256: ChainHash.sha256(line), encoding: "UTF-8")
            var options = ImportOptions(recordedAtMs: recordedAtMs, operatorName: operatorName ?? ImportCommand.loginName())
            options.futureRecordedTimeAllowed = allowFuture
            let outcome: ImportOutcome
            do {
                outcome = try store.importBatches(sources: [source], options: options) { _, sink in try sink(.event(void, line: 1)) }
            } catch let e as StoreError where e.code == .rejected {
                for p in e.problems { Console.err(p.message(language)) }
                Console.err(language.pick("作废被拒绝,未写入任何内容。", "void rejected; nothing was written."))
                throw ExitCode(Console.Status.rejected.rawValue)
            }
            report(outcome, target: target, void: void, language: language)
        }
    }

    private func report(_ o: ImportOutcome, target: RecordedEvent, void: Event, language: Language) {
        let landed = o.eventsAppended > 0
        if json {
            Console.out(JSONText.render([
                "landed": landed, "voided": target.event.id, "voided_sequence": target.sequence, "void_id": void.id,
                "void_sequence": landed ? o.head.sequence : 0, "batch": o.batches.first?.id ?? 0,
                "head": ["sequence": o.head.sequence, "hash": ChainHash.hex(o.head.hash)],
            ] as [String: Any]))
        } else if landed {
            Console.out(language.pick(
                "已作废 \(target.event.id)(序号 \(target.sequence)):作废事件 \(void.id),序号 \(o.head.sequence),批次 \(o.batches.first?.id ?? 0);台账摘要 \(o.head.sequence) \(ChainHash.hex(o.head.hash))",
                "voided \(target.event.id) (sequence \(target.sequence)) by \(void.id) at sequence \(o.head.sequence), batch \(o.batches.first?.id ?? 0); ledger digest \(o.head.sequence) \(ChainHash.hex(o.head.hash))"))
        } else {
            Console.out(language.pick("\(target.event.id) 已由同一作废事件 \(void.id) 作废,未重复写入。",
                                      "\(target.event.id) was already voided by the same void \(void.id); nothing was written."))
        }
    }

    /// The business day, China time, of a recorded time; nil past year 9999 or before year 1.
    static func chinaDay(_ ms: Int64) -> BusinessDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: Timestamp.chinaOffsetSeconds)!
        let c = calendar.dateComponents([.era, .year, .month, .day], from: Date(timeIntervalSince1970: Double(ms) / 1000))
        guard c.era == 1, let year = c.year, let month = c.month, let day = c.day else { return nil }
        return BusinessDate(year: year, month: month, day: day)
    }
}
