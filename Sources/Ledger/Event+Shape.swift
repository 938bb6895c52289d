extension Event {
    /// The fields each kind must and must not carry, and the limits; all problems, not the first.
    public func shapeViolations() -> [RuleViolation] {
        var problems: [RuleViolation] = []
        let kindName = kind.name
        func require(_ field: String, _ present: Bool) {
            if !present { problems.append(RuleViolation(.missingField, field: field, detail: kindName)) }
        }
        func forbid(_ field: String, _ present: Bool) {
            if present { problems.append(RuleViolation(.extraField, field: field, detail: kindName)) }
        }
        if kind.carriesAmount {
            if amount.fen == 0 { problems.append(RuleViolation(.zeroAmount, field: "amount")) }
        } else {
            forbid("amount", amount.fen != 0)
        }
        if amount.fen > Limits.amountFenMax {
            problems.append(RuleViolation(.amountTooLarge, field: "amount", detail: Money(fen: Limits.amountFenMax).chinese))
        }
        if kind == .signed {
            require("name", !name.isEmpty)
        } else {
            forbid("name", !name.isEmpty)
            forbid("group", !group.isEmpty)
            forbid("industry", !industry.isEmpty)
            forbid("investor", !investor.isEmpty)
        }
        if kind == .void { require("ref", !ref.isEmpty) } else { forbid("ref", !ref.isEmpty) }
        for (field, value, limit) in [("id", id, Limits.idBytesMax), ("project", project, Limits.idBytesMax),
                                      ("ref", ref, Limits.idBytesMax), ("name", name, Limits.fieldBytesMax),
                                      ("group", group, Limits.fieldBytesMax), ("industry", industry, Limits.fieldBytesMax),
                                      ("investor", investor, Limits.fieldBytesMax), ("note", note, Limits.fieldBytesMax)]
        where value.utf8.count > limit {
            problems.append(RuleViolation(.fieldTooLong, field: field, detail: String(limit)))
        }
        return problems
    }
}
