/// Each project's sequences in log order, as `verify` read the log: what `project_events` must list.
///
/// Noted as one flat list while the log is read (the project's number and the sequence of each
/// event) and grouped by project once at the end, in two passes: a list per project appended to
/// for every event touched a scattered array per event.
struct ProjectSequences {
    private var noted: [(project: Int32, sequence: UInt64)] = []
    /// After `group`: project n's sequences are `sequences[starts[n]..<starts[n + 1]]`.
    private var starts: [Int] = []
    private var sequences: [UInt64] = []

    init(reserving events: Int = 0) { noted.reserveCapacity(events) }

    mutating func note(_ project: Int, _ sequence: UInt64) { noted.append((Int32(project), sequence)) }

    /// Groups what was noted by project, for `projects` projects numbered from 0.
    mutating func group(projects: Int) {
        var starts = [Int](repeating: 0, count: projects + 1)
        for n in noted { starts[Int(n.project) + 1] += 1 }
        for p in 0..<projects { starts[p + 1] += starts[p] }
        var next = starts
        var sequences = [UInt64](repeating: 0, count: noted.count)
        for n in noted {
            sequences[next[Int(n.project)]] = n.sequence
            next[Int(n.project)] += 1
        }
        noted = []
        (self.starts, self.sequences) = (starts, sequences)
    }

    /// Project n's sequences, in log order.
    subscript(_ project: Int) -> ArraySlice<UInt64> { sequences[starts[project]..<starts[project + 1]] }
}
