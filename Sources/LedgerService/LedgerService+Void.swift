public import Ledger
public import LedgerStore
internal import LedgerImport
internal import Foundation
internal import Catalogue

/// Which event to void, why, and when.
public struct VoidRequest: Sendable {
    public var eventId: String
    /// Why the event is void; kept as the void's note.
    public var reason: String
    /// The business date of the void; nil: the day of the recorded time, China time.
    public var date: BusinessDate?
    /// The recorded time; nil for the clock.
    public var recordedAtMs: Int64?
    public var operatorName: String
    /// The void event's id; nil: derived from its content.
    public var id: String?
    /// Accept a recorded time more than a day ahead of the clock.
    public var allowFuture = false

    public init(eventId: String, reason: String, date: BusinessDate? = nil, recordedAtMs: Int64? = nil, operatorName: String, id: String? = nil,
                allowFuture: Bool = false) {
        self.allowFuture = allowFuture
        self.eventId = eventId
        self.reason = reason
        self.date = date
        self.recordedAtMs = recordedAtMs
        self.operatorName = operatorName
        self.id = id
    }
}

/// What a void did: the event it cancels, the void event, and the import that landed it.
public struct VoidResult: Sendable {
    public var target: RecordedEvent
    public var void: Event
    public var outcome: ImportOutcome
    /// False when the same void had landed before.
    public var landed: Bool { outcome.eventsAppended > 0 }
}

extension LedgerService {
    /// Appends a void of an event entered in error, as a batch of its own (`void:EVENT_ID`),
    /// through the same checks as a `void` row of a batch file.
    public func void(_ request: VoidRequest) throws -> VoidResult {
        let reason = request.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw RequestError(.voidNeedsReason) }
        let day = try request.date ?? Self.dayOf(request.recordedAtMs ?? Clock.nowMs())
        let store = try open(readOnly: false)
        guard let target = try store.event(id: request.eventId) else {
            throw RequestError(.unknownEvent, ["event": request.eventId], kind: .noSuchEvent)
        }
        var void = Event(id: request.id ?? "", kind: .void, project: target.event.project, date: day, ref: target.event.id, note: reason)
        if void.id.isEmpty { void.id = RowMapper.derivedId(void) }
        // The batch is the one-line JSONL file a clerk would have imported: its SHA-256 is the batch's file hash.
        let object: [String: Any] = ["id": void.id, "kind": "void", "project": void.project, "date": day.description, "ref": void.ref, "note": void.note]
        let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        let line = Array(json) + [0x0A]
        let source = BatchSource(fileName: "void:\(target.event.id)", sha256: ChainHash.sha256(line), encoding: "UTF-8")
        var options = ImportOptions(recordedAtMs: request.recordedAtMs, operatorName: request.operatorName)
        options.futureRecordedTimeAllowed = request.allowFuture
        do {
            let outcome = try store.importBatches(sources: [source], options: options) { _, sink in try sink(.event(void, line: 1)) }
            return VoidResult(target: target, void: void, outcome: outcome)
        } catch let e as StoreError where e.code == .rejected {
            throw Rejection(problems: e.problems)
        }
    }

    /// The business day, China time, of a recorded time; bad input when it falls outside the dates the ledger takes.
    static func dayOf(_ ms: Int64) throws -> BusinessDate {
        guard let d = Timestamp.chinaDay(ms), d >= Limits.dateMin, d <= Limits.dateMax else {
            let pairs = [("recorded", Timestamp.iso(ms)), ("min", Limits.dateMin.description), ("max", Limits.dateMax.description)]
            throw Failure(kind: .badInput, code: "void_day_out_of_range") { ReliabilityText.voidDayOutOfRange.phrase.text($0, pairs: pairs) }
        }
        return d
    }
}
