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
    var unrecorded: [(line: Int, project: String, header: String, was: String, now: String)] = []

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

    mutating func add(_ kind: EventKind, _ column: SnapshotColumn, date: BusinessDate, amount: Money = .zero, descriptive: Bool = false) {
        let reference = row.cells[column]?.reference ?? column.names[0]
        var event = Event(id: "", kind: kind, project: project, date: date, amount: amount,
                          name: descriptive ? row.text(.name) : "", group: descriptive ? row.text(.group) : "",
                          industry: descriptive ? row.text(.industry) : "", investor: descriptive ? row.text(.investor) : "",
                          ref: "", note: "\(asOf) \(file)!\(reference)")
        event.id = RowMapper.derivedId(event)
        events.append(SnapshotDerivation.Derived(event: event, line: row.line, cell: reference))
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
        guard problems.isEmpty, let signed, let total else { return }
        add(.signed, .total, date: signed, amount: total, descriptive: true)
        if let started = date(.startedDate) { add(.started, .startedDate, date: started) }
        if let commissioned = date(.commissionedDate) { add(.commissioned, .commissionedDate, date: commissioned) }
        if let cumulative = amount(.disbursed), cumulative.fen > 0 { add(.disbursed, .disbursed, date: asOf, amount: cumulative) }
        if row.text(.status).contains("终止") { add(.terminated, .status, date: asOf) }
    }

    /// A known project: what the row says that the ledger does not yet, and what went backwards.
    mutating func changes(from state: ProjectState, events landed: [RecordedEvent]) {
        let voided = Set(landed.filter { $0.event.kind == .void }.map(\.event.ref))
        func last(_ kind: EventKind) -> String {
            landed.last { $0.event.kind == kind && !voided.contains($0.event.id) }?.event.id ?? ""
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
        for (column, was) in [(SnapshotColumn.name, state.name), (.group, state.group), (.industry, state.industry), (.investor, state.investor)] {
            let now = row.text(column)
            if !now.isEmpty, SnapshotDerivation.key(now) != SnapshotDerivation.key(was) {
                unrecorded.append((row.line, project, row.cells[column]?.header ?? column.names[0], was, now))
            }
        }
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
