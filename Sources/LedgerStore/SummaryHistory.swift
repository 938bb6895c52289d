internal import Ledger

/// The summary index as the log alone gives it, built one event at a time in log order.
///
/// `rebuild` writes it, `verify` compares the stored index with it, and a ledger written before
/// the index was kept gains it from here on its next write. The import writes the same entries
/// as it goes (`BatchWriter`); both use `versionChanges` and `DayFact`, so they cannot drift.
/// Projects are kept by slot (the order they were first seen, numbered by their ids' bytes,
/// `ProjectNumbers`) so that an event costs one probe of its id's bytes, not a String and a
/// dictionary lookup for each of its project's state, sequences and step base.
struct SummaryHistory {
    /// Each project's slot in the arrays below, and its id by slot.
    private var slots = ProjectNumbers()
    private var projects: [String] { slots.names }
    /// Each project's state; a project whose first event was a void has an empty one, which
    /// contributes nothing, as no state does.
    private var states: [ProjectState] = []
    /// Each project's sequences so far, to fold it again without an event a void cancels: kept
    /// from the first void on (`listSequences`). Until then each event's slot and sequence are
    /// noted in log order instead, one flat list: appending to its project's own list touched a
    /// scattered array for every event of a log that may have no void at all.
    private var sequences: [[UInt64]]?
    private var noted: [(slot: Int32, sequence: UInt64)] = []
    var voided: Set<String> = []
    /// The recorded time of the events being added: one step of what the ledger knew.
    private var stepRecordedAtMs: Int64?
    /// Steps are numbered; a project's mark is the last step that touched it.
    private var step = 0
    private var stepMarks: [Int] = []
    /// Each project's state when the step began, for the projects the step touched.
    private var stepBase: [ProjectState] = []
    private var touched: [Int] = []
    /// `summary_versions` entries, in the order made until `finish` puts them in key order.
    var versions: [(key: [UInt8], value: [UInt8])] = []
    /// `summary_days` entries, in log order until `finish` puts them in key order.
    var facts: [DayFact] = []

    /// The quarters whose contribution differs between two states of a project, with the new one.
    ///
    /// A project new to the step (no state before: every project of a first import) changes
    /// every quarter it contributes to; those are listed without the union and comparisons.
    static func versionChanges(before: ProjectState?, after: ProjectState?) -> [(quarter: Int, contribution: PeriodContribution?)] {
        let new = after?.contributions() ?? [:]
        guard let before else { return new.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        let old = before.contributions()
        return Set(old.keys).union(new.keys).sorted().compactMap { q in old[q] == new[q] ? nil : (q, new[q]) }
    }

    /// Room for this many events' day facts, so that a million are not copied as the list grows.
    mutating func reserve(events: Int) {
        facts.reserveCapacity(events)
        noted.reserveCapacity(events)
    }

    /// Notes that the project in `slot` has an event at `sequence`.
    private mutating func note(_ slot: Int, _ sequence: UInt64) {
        if sequences == nil { noted.append((Int32(slot), sequence)) } else { sequences![slot].append(sequence) }
    }

    /// Lists each project's sequences from the notes, at the first void.
    private mutating func listSequences() {
        guard sequences == nil else { return }
        var lists = [[UInt64]](repeating: [], count: states.count)
        for n in noted { lists[Int(n.slot)].append(n.sequence) }
        noted = []
        sequences = lists
    }

    /// The slot of the project whose id is `project`, made on its first event.
    private mutating func slot(_ project: UnsafeRawBufferPointer) -> Int {
        let slot = slots.number(of: project)
        guard slot == states.count else { return slot }
        states.append(ProjectState(project: projects[slot]))
        sequences?.append([])
        stepMarks.append(-1)
        stepBase.append(ProjectState(project: projects[slot]))
        return slot
    }

    /// Starts a new step when the recorded time moves on, and notes that the project in `slot` is in it.
    private mutating func enter(_ slot: Int, recordedAtMs: Int64) {
        if recordedAtMs != stepRecordedAtMs {
            flushStep()
            stepRecordedAtMs = recordedAtMs
            step += 1
        }
        if stepMarks[slot] != step {
            stepMarks[slot] = step
            stepBase[slot] = states[slot]
            touched.append(slot)
        }
    }

    /// Writes down the versions the step made: one entry per changed quarter of each project.
    private mutating func flushStep() {
        guard let t = stepRecordedAtMs else { return }
        for slot in touched {
            for change in SummaryHistory.versionChanges(before: stepBase[slot], after: states[slot]) {
                versions.append((SummaryIndexCodec.versionKey(quarter: change.quarter, project: projects[slot], recordedAtMs: t),
                                 SummaryIndexCodec.encodeVersion(change.contribution)))
            }
        }
        touched = []
    }

    /// Adds an event that is not a void: its day fact, and its project's state moved on.
    ///
    /// An event that breaks its project's history is left out of the state; `verify` names it.
    /// Only a signing or an update becomes an `Event`; any other kind is applied from its figures.
    mutating func add(_ view: EventView) throws(CodecError) {
        let slot = slot(view.bytes(1))
        enter(slot, recordedAtMs: view.recordedAtMs)
        facts.append(DayFact(date: view.dateCode, sequence: view.sequence, kind: view.kindCode, amountFen: view.amountFen,
                             voidedSequence: 0, project: projects[slot]))
        note(slot, view.sequence)
        let kind = view.kind
        if kind == .signed || kind == .updated || kind == .void {
            let event = try view.eventForFold()
            _ = try? states[slot].apply(event, sequence: view.sequence)
        } else {
            guard let date = BusinessDate(yyyymmdd: view.dateCode) else { throw .invalidDate(view.dateCode) }
            _ = try? states[slot].apply(kind, date: date, amount: Money(fen: view.amountFen), sequence: view.sequence)
        }
    }

    /// Adds a void: its fact at the voided event's day, and the project folded again without that event.
    mutating func addVoid(_ view: EventView, target: (sequence: UInt64, event: Event), history: [(sequence: UInt64, event: Event)]) {
        let project = view.project
        let slot = slot(view.bytes(1))
        enter(slot, recordedAtMs: view.recordedAtMs)
        facts.append(DayFact(date: target.event.date.yyyymmdd, sequence: view.sequence, kind: EventKind.void.rawValue,
                             amountFen: 0, voidedSequence: target.sequence, project: target.event.project))
        note(slot, view.sequence)
        voided.insert(view.ref)
        if let refolded = try? ProjectState.fold(project: project, events: history, voided: voided) { states[slot] = refolded }
    }

    /// Adds one stored record in log order; a void finds its target through `targetOf` and
    /// folds its project again from `eventAt` (the database, or records already in memory).
    mutating func addRecord(_ value: UnsafeRawBufferPointer, targetOf: (EventView) throws -> UInt64?, eventAt: (UInt64) throws -> Event) throws {
        let view = try EventView(value)
        guard view.kindCode == EventKind.void.rawValue else { return try add(view) }
        guard let targetSequence = try targetOf(view) else { return }
        let target = try eventAt(targetSequence)
        var events: [(sequence: UInt64, event: Event)] = []
        listSequences()
        if let slot = slots.find(view.bytes(1)) {
            for s in sequences![slot] { events.append((s, try eventAt(s))) }
        }
        addVoid(view, target: (targetSequence, target), history: events)
    }

    /// Closes the last step and puts both lists in key order, as LMDB keeps them.
    mutating func finish() {
        flushStep()
        versions.sort { $0.key.lexicographicallyPrecedes($1.key) }
        facts.sort(by: DayFact.precedes)
    }
}
