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
            problems.append(RuleViolation(.amountTooLarge, field: "amount", detail: String(Limits.amountFenMax)))
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
        // Written out, not looped over a literal array: this runs once per imported row.
        func limit(_ field: String, _ value: String, _ max: Int) {
            if value.utf8.count > max { problems.append(RuleViolation(.fieldTooLong, field: field, detail: String(max))) }
        }
        limit("id", id, Limits.idBytesMax)
        limit("project", project, Limits.idBytesMax)
        limit("ref", ref, Limits.idBytesMax)
        limit("name", name, Limits.fieldBytesMax)
        limit("group", group, Limits.fieldBytesMax)
        limit("industry", industry, Limits.fieldBytesMax)
        limit("investor", investor, Limits.fieldBytesMax)
        limit("note", note, Limits.fieldBytesMax)
        return problems
    }
}
