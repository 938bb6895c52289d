/// What one project adds to one quarter's figures: the unit the per-quarter projection keeps.
///
/// A quarter's summary is the sum of its contributions, so a change to one project is a
/// delete and a put of that project's few contributions, never a rescan of the log.
public struct QuarterContribution: Hashable, Sendable {
    public var project: String
    public var name: String
    public var group: String
    public var industry: String
    /// The signing date of the project (for new-versus-continuing splits).
    public var signedDate: BusinessDate
    /// Nonzero when the project was signed in this quarter: the amount signed.
    public var signedAmount: Money
    public var signedSequence: UInt64
    public var startedSequence: UInt64
    public var commissionedSequence: UInt64
    public var terminated: Bool
    public var disbursed: Money

    public var isSigning: Bool { signedSequence != 0 }
    public var isStart: Bool { startedSequence != 0 }
    public var isCommissioning: Bool { commissionedSequence != 0 }
}

extension ProjectState {
    /// This project's contribution to each quarter it touches, by quarter index.
    public func contributions() -> [Int: QuarterContribution] {
        guard let signed = signedDate else { return [:] }
        var out: [Int: QuarterContribution] = [:]
        func entry(_ q: Int) -> QuarterContribution {
            out[q] ?? QuarterContribution(
                project: project, name: name, group: group, industry: industry, signedDate: signed,
                signedAmount: .zero, signedSequence: 0, startedSequence: 0, commissionedSequence: 0,
                terminated: false, disbursed: .zero)
        }
        var c = entry(signed.quarter.index)
        c.signedAmount = signedAmount
        c.signedSequence = signedSequence
        out[signed.quarter.index] = c
        if let s = startedDate {
            var c = entry(s.quarter.index)
            c.startedSequence = startedSequence
            out[s.quarter.index] = c
        }
        if let d = commissionedDate {
            var c = entry(d.quarter.index)
            c.commissionedSequence = commissionedSequence
            out[d.quarter.index] = c
        }
        if let t = terminatedDate {
            var c = entry(t.quarter.index)
            c.terminated = true
            out[t.quarter.index] = c
        }
        for (q, fen) in disbursedByQuarter where fen != 0 {
            var c = entry(q)
            c.disbursed = Money(fen: fen)
            out[q] = c
        }
        return out
    }
}
