internal import Ledger

/// The fold of `verify` and `rebuild`: every event of the log into its project's state, read
/// from the stored record, the states kept in a flat array under the projects' numbers.
///
/// The rules are the ones every fold applies (`Event.counts`, `ProjectState.apply`), as
/// `EventFold` applies them; what differs is only where the states live. `EventFold` keys
/// them by a String and takes an `Event`: for a million events that was a String, a
/// dictionary probe, a move of the whole state out of the dictionary and back, and an `Event`
/// of Strings per event. Here a project is numbered once by its id's bytes (`ProjectNumbers`),
/// its state is changed in place, and only a signing or an update becomes an `Event`; every
/// other kind is applied from its kind, date and amount. What it gives (`states`) is what
/// `EventFold` gives for the same events: a project is there once an event of it counted,
/// even if that event broke its history.
struct ProjectFold {
    let voided: Set<String>
    private(set) var projects = ProjectNumbers()
    /// Each numbered project's state, and whether an event of it has counted yet.
    private var states: [ProjectState] = []
    private var counted: [Bool] = []

    init(voided: Set<String>) { self.voided = voided }

    /// The number of the view's project, given now when it has none yet.
    mutating func number(of view: EventView) -> Int {
        let n = projects.number(of: view.bytes(1))
        if n == states.count {
            states.append(ProjectState(project: projects.names[n]))
            counted.append(false)
        }
        return n
    }

    /// Adds the event of `view`, whose project is number `n`, if it counts; the rule it breaks is returned.
    mutating func add(_ view: EventView, project n: Int) throws(CodecError) -> RuleViolation? {
        guard let kind = EventKind(rawValue: view.kindCode), Event.counts(kind: kind, id: view.id, voided: voided) else { return nil }
        guard let date = BusinessDate(yyyymmdd: view.dateCode) else { throw .invalidDate(view.dateCode) }
        // Only a signing or an update carries names: decoded (it may throw) before the project counts.
        let event = kind == .signed || kind == .updated ? try view.eventForFold() : nil
        counted[n] = true
        if let event {
            do { try states[n].apply(event, sequence: view.sequence) } catch { return error }
        } else {
            do { try states[n].apply(kind, date: date, amount: Money(fen: view.amountFen), sequence: view.sequence) } catch { return error }
        }
        return nil
    }

    /// The folded states by project id: the projects an event counted for, as `EventFold.states`.
    var byProject: [String: ProjectState] {
        var all: [String: ProjectState] = [:]
        all.reserveCapacity(states.count)
        for n in states.indices where counted[n] { all[states[n].project] = states[n] }
        return all
    }
}
