internal import Ledger
internal import Catalogue

/// One sheet row compared with its project's state: the events it derives and its problems.
struct RowContext {
    let row: SnapshotRow
    let file: String
    let asOf: BusinessDate
    var project = ""
    var events: [SnapshotDerivation.Derived] = []
    var problems: [RowProblem] = []

    init(row: SnapshotRow, file: String, asOf: BusinessDate) {
        self.row = row
        self.file = file
        self.asOf = asOf
    }

    mutating func problem(_ column: SnapshotColumn, code: String, _ text: SnapshotText, _ arguments: [String: String] = [:]) {
        let cell = row.cells[column]
        let args = arguments
        problems.append(RowProblem(file: file, line: row.line, column: cell?.header ?? column.names[0], value: cell?.text ?? "", code: code) {
            var phrase = text.text($0)
            for (k, v) in args { phrase = phrase.replacingOccurrences(of: "{\(k)}", with: v) }
            return phrase
        })
    }

    /// A date column: nil when empty; a problem when it is no date.
    mutating func date(_ column: SnapshotColumn) -> BusinessDate? {
        let text = row.text(column)
        if text.isEmpty { return nil }
        guard let day = MonthDate.parse(text, asOf: asOf) else {
            problem(column, code: "bad_date", .badDate)
            return nil
        }
        return day
    }

    /// An amount column in its header's unit (yuan when the header names none).
    mutating func amount(_ column: SnapshotColumn) -> Money? {
        guard let cell = row.cells[column], !row.text(column).isEmpty else { return nil }
        do { return try Money.parse(AmountText.reading(cell.text, unit: cell.unit)) } catch {
            problem(column, code: error.code, .badAmount)
            return nil
        }
    }

    mutating func add(_ kind: EventKind, _ column: SnapshotColumn, date: BusinessDate, amount: Money = .zero) {
        append(Event(id: "", kind: kind, project: project, date: date, amount: amount), cell: row.cells[column]?.reference ?? column.names[0])
    }

    mutating func append(_ event: Event, cell: String) {
        var event = event
        event.note = "\(asOf) \(file)!\(cell)"
        event.id = RowMapper.derivedId(event)
        events.append(SnapshotDerivation.Derived(event: event, line: row.line, cell: cell))
    }

    /// The row's attributes as stored: the well-known columns (planned dates as `YYYY-MM-DD`),
    /// then the sheet's own columns by header, each as typed; empty where the sheet has the column
    /// but the row leaves it blank.
    mutating func attributes() -> [Attribute] {
        var out: [Attribute] = []
        for column in SnapshotColumn.attributeColumns where row.present.contains(column) {
            guard let key = column.attributeKey else { continue }
            if SnapshotColumn.dateColumns.contains(column) {
                out.append(Attribute(key, plannedDate(column)?.description ?? ""))
            } else {
                out.append(Attribute(key, row.typed(column)))
            }
        }
        let typed = Dictionary(row.attributes.map { ($0.header, $0.text) }, uniquingKeysWith: { a, _ in a })
        for header in row.attributeHeaders { out.append(Attribute(header, typed[header].map(Text.trimmed) ?? "")) }
        return out
    }

    /// A planned date: a month is its last day, as for milestones, but never taken back to the as-of date.
    mutating func plannedDate(_ column: SnapshotColumn) -> BusinessDate? {
        let text = row.text(column)
        if text.isEmpty { return nil }
        guard let day = MonthDate.parse(text, asOf: Limits.dateMax) else {
            problem(column, code: "bad_date", .badDate)
            return nil
        }
        return day
    }

    /// A row the ledger does not know: its signing, and whatever else the row already says.
    mutating func newProject() {
        if row.text(.name).isEmpty { problem(.name, code: "snapshot_missing", .missingCell, ["column": SnapshotColumn.name.names[0]]) }
        let signed = date(.signedDate)
        if signed == nil && row.text(.signedDate).isEmpty {
            problem(.signedDate, code: "snapshot_missing", .missingCell, ["column": SnapshotColumn.signedDate.names[0]])
        }
        let total = amount(.total)
        if total == nil && row.text(.total).isEmpty {
            problem(.total, code: "snapshot_missing", .missingCell, ["column": SnapshotColumn.total.names[0]])
        }
        let kept = attributes().filter { !$0.value.isEmpty }
        guard problems.isEmpty, let signed, let total else { return }
        append(Event(id: "", kind: .signed, project: project, date: signed, amount: total, name: row.typed(.name), group: row.typed(.group),
                     industry: row.typed(.industry), investor: row.typed(.investor), attributes: kept),
               cell: row.cells[.total]?.reference ?? SnapshotColumn.total.names[0])
        if let started = date(.startedDate) { add(.started, .startedDate, date: started) }
        if let commissioned = date(.commissionedDate) { add(.commissioned, .commissionedDate, date: commissioned) }
        if let cumulative = amount(.disbursed), cumulative.fen > 0 { add(.disbursed, .disbursed, date: asOf, amount: cumulative) }
        if row.text(.status).contains("终止") { add(.terminated, .status, date: asOf) }
    }

    /// A known project: what the row says that the ledger does not yet, and what went backwards.
    mutating func changes(from state: ProjectState, events landed: [RecordedEvent]) {
        let voided = Event.voidedIds(landed.lazy.map(\.event))
        func last(_ kind: EventKind) -> String {
            landed.last { $0.event.kind == kind && $0.event.counts(voided: voided) }?.event.id ?? ""
        }
        if let signed = date(.signedDate), let was = state.signedDate, signed != was {
            backwards(.signedDate, was: was.description, event: last(.signed))
        }
        if let total = amount(.total), total != state.totalInvestment { add(.revised, .total, date: asOf, amount: total) }
        milestone(.startedDate, .started, was: state.startedDate, event: last(.started))
        milestone(.commissionedDate, .commissioned, was: state.commissionedDate, event: last(.commissioned))
        if let cumulative = amount(.disbursed) {
            if cumulative.fen > state.disbursed.fen {
                add(.disbursed, .disbursed, date: asOf, amount: Money(fen: cumulative.fen - state.disbursed.fen))
            } else if cumulative.fen < state.disbursed.fen {
                backwards(.disbursed, was: state.disbursed.chinese, event: last(.disbursed))
            }
        }
        if row.text(.status).contains("终止"), state.terminatedDate == nil { add(.terminated, .status, date: asOf) }
        updates(from: state)
    }

    /// A changed name, group, industry, investor or attribute: one `updated` event dated as of the
    /// sheet, carrying only what changed (compared normalised, stored as typed).
    mutating func updates(from state: ProjectState) {
        var event = Event(id: "", kind: .updated, project: project, date: asOf)
        var cells: [String] = []
        let fields: [(SnapshotColumn, String, WritableKeyPath<Event, String>)] =
            [(.name, state.name, \.name), (.group, state.group, \.group), (.industry, state.industry, \.industry), (.investor, state.investor, \.investor)]
        for (column, was, path) in fields {
            let now = row.typed(column)
            if !now.isEmpty, SnapshotDerivation.key(now) != SnapshotDerivation.key(was) {
                event[keyPath: path] = now
                cells.append(row.cells[column]?.reference ?? column.names[0])
            }
        }
        for a in attributes() where SnapshotDerivation.key(a.value) != SnapshotDerivation.key(state.attributes[a.key] ?? "") {
            event.attributes.append(a)
            cells.append(reference(ofAttribute: a.key))
        }
        if !cells.isEmpty { append(event, cell: cells.joined(separator: ",")) }
    }

    /// The cell an attribute comes from: the well-known column's, or the sheet's own column's header.
    func reference(ofAttribute key: String) -> String {
        if let column = SnapshotColumn.attributeColumns.first(where: { $0.attributeKey == key }) {
            return row.cells[column]?.reference ?? column.names[0]
        }
        return row.attributeReferences[key] ?? key
    }

    /// A start or commissioning: new when the ledger has none; a problem when it changed or vanished.
    mutating func milestone(_ column: SnapshotColumn, _ kind: EventKind, was: BusinessDate?, event: String) {
        let now = date(column)
        switch (was, now) {
        case (nil, let day?): add(kind, column, date: day)
        case (let w?, let n?) where w != n: backwards(column, was: w.description, event: event)
        case (let w?, nil) where row.present.contains(column) && row.text(column).isEmpty: backwards(column, was: w.description, event: event)
        default: break
        }
    }

    mutating func backwards(_ column: SnapshotColumn, was: String, event: String) {
        problem(column, code: "snapshot_backwards", .wentBackwards, ["was": was, "event": event])
    }
}
