extension ProjectState {
    /// The first of the lifecycle's own invariants this state breaks, or nil: started implies
    /// signed, commissioned implies started, milestones in date order, money adds up.
    ///
    /// `apply` can only produce states that hold them; a state decoded from the store or built
    /// by hand might not, and a fold that broke one would print wrong figures without a word.
    public var invariantViolation: String? {
        guard let signed = signedDate else {
            let empty = startedDate == nil && commissionedDate == nil && terminatedDate == nil && disbursed == .zero && eventCount == 0
            return empty ? nil : "a project that was never signed has milestones or money"
        }
        if let started = startedDate, started < signed { return "started \(started) before it was signed \(signed)" }
        if let commissioned = commissionedDate {
            guard let started = startedDate else { return "commissioned without being started" }
            if commissioned < started { return "commissioned \(commissioned) before it was started \(started)" }
        }
        if let terminated = terminatedDate, terminated < signed { return "terminated \(terminated) before it was signed \(signed)" }
        if disbursedByQuarter.values.reduce(Int64(0), &+) != disbursed.fen { return "the money disbursed by quarter does not add up to the total" }
        if eventCount < 1 { return "a signed project without an event" }
        return nil
    }

    /// Checks the invariants in debug builds and tests (`assert`) after every apply: a state
    /// `apply` made that breaks one is a bug of the fold. (A decoded state that breaks one is a
    /// damaged ledger, not a bug: `ProjectionCodec` refuses it as undecodable instead.)
    @inline(__always)
    public func checkInvariants(file: StaticString = #fileID, line: UInt = #line) {
        assert(invariantViolation == nil, "project \(project): \(invariantViolation ?? "")", file: file, line: line)
    }
}
