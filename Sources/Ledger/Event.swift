/// A fact about a project, as a clerk reports it: what, which project, when, how much.
///
/// Text fields a kind does not carry are empty. `amount` is zero for kinds that carry none.
public struct Event: Hashable, Sendable {
    /// Unique over the whole ledger: an explicit id, or one derived from the natural key.
    public var id: String
    public var kind: EventKind
    public var project: String
    public var date: BusinessDate
    public var amount: Money
    public var name: String
    public var group: String
    public var industry: String
    public var investor: String
    /// For `void`: the id of the event it cancels.
    public var ref: String
    /// A note, or the reason of a revision, termination or void.
    public var note: String
    /// For `signed` and `updated`: descriptive facts (planned dates, a sheet's own columns).
    /// Stored only in record version 2; an event without them is written as version 1.
    public var attributes: [Attribute]

    public init(
        id: String, kind: EventKind, project: String, date: BusinessDate, amount: Money = .zero,
        name: String = "", group: String = "", industry: String = "", investor: String = "",
        ref: String = "", note: String = "", attributes: [Attribute] = []
    ) {
        self.id = id
        self.kind = kind
        self.project = project
        self.date = date
        self.amount = amount
        self.name = name
        self.group = group
        self.industry = industry
        self.investor = investor
        self.ref = ref
        self.note = note
        self.attributes = attributes
    }

    /// The natural key of an event without an explicit id: the same fact from two files is
    /// one event. Derived ids start with `N-`; see the README's "Event identity".
    /// An `updated` event's key also holds what it changes, so two changes on one day are two events.
    public var naturalKey: String {
        let key = [kind.name, project, date.description, String(amount.fen), ref].joined(separator: "\u{1F}")
        guard kind == .updated else { return key }
        let changes = [name, group, industry, investor] + attributes.flatMap { [$0.key, $0.value] }
        return key + "\u{1F}" + changes.joined(separator: "\u{1F}")
    }

    /// Whether the stored record needs version 2: an `updated` event, or any attributes.
    public var needsRecordVersion2: Bool { kind == .updated || !attributes.isEmpty }
}

/// Where and when the ledger learned an event: the envelope the store adds.
public struct Envelope: Hashable, Sendable {
    /// Dense from 1.
    public var sequence: UInt64
    /// Milliseconds since 1970-01-01T00:00:00Z: when the ledger learned it.
    public var recordedAtMs: Int64
    public var batch: UInt64
    /// The line (row for xlsx) of the source file, 0 when unknown.
    public var sourceLine: UInt32
    public var previousHash: [UInt8]
    public var hash: [UInt8]

    public init(sequence: UInt64, recordedAtMs: Int64, batch: UInt64, sourceLine: UInt32, previousHash: [UInt8], hash: [UInt8]) {
        self.sequence = sequence
        self.recordedAtMs = recordedAtMs
        self.batch = batch
        self.sourceLine = sourceLine
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// An event as stored: the fact and its envelope.
public struct RecordedEvent: Hashable, Sendable {
    public var envelope: Envelope
    public var event: Event

    public init(envelope: Envelope, event: Event) {
        self.envelope = envelope
        self.event = event
    }

    public var sequence: UInt64 { envelope.sequence }
}

extension Event {
    /// Whether the event counts in a fold, given the ids voided: the one rule every fold of the
    /// ledger applies (voids themselves and the events they cancel are left out).
    @inline(__always)
    public func counts(voided: Set<String>) -> Bool { Event.counts(kind: kind, id: id, voided: voided) }

    /// The same rule for an event read only as far as its kind and id (a stored record's view):
    /// the id is read only when there are voids that could cancel it.
    @inline(__always)
    public static func counts(kind: EventKind?, id: @autoclosure () -> String, voided: Set<String>) -> Bool {
        kind != .void && (voided.isEmpty || !voided.contains(id()))
    }

    /// The ids the voids among `events` cancel.
    public static func voidedIds(_ events: some Sequence<Event>) -> Set<String> {
        Set(events.lazy.filter { $0.kind == .void }.map(\.ref))
    }
}
