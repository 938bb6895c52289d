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
        } else if kind == .updated {
            let descriptive = [name, group, industry, investor].contains { !$0.isEmpty }
            require("name", descriptive || !attributes.isEmpty)
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
        if !attributes.isEmpty { problems += attributeViolations() }
        return problems
    }
}

extension Event {
    /// Attributes only on `signed` and `updated`; keys present, unique and bounded; planned dates dates.
    func attributeViolations() -> [RuleViolation] {
        if kind != .signed && kind != .updated { return [RuleViolation(.extraField, field: "attributes", detail: kind.name)] }
        var problems: [RuleViolation] = []
        if attributes.count > Limits.attributesMax {
            problems.append(RuleViolation(.fieldTooLong, field: "attributes", detail: String(Limits.attributesMax)))
        }
        var seen: Set<String> = []
        for a in attributes {
            if a.key.isEmpty || !seen.insert(a.key).inserted {
                problems.append(RuleViolation(.badAttribute, field: "attributes", detail: a.key))
            } else if Attribute.dateKeys.contains(a.key), !a.value.isEmpty, (try? BusinessDate.parse(a.value))?.description != a.value {
                problems.append(RuleViolation(.badAttribute, field: a.key, detail: a.value))
            }
            if a.key.utf8.count > Limits.idBytesMax { problems.append(RuleViolation(.fieldTooLong, field: "attributes", detail: String(Limits.idBytesMax))) }
            if a.value.utf8.count > Limits.fieldBytesMax { problems.append(RuleViolation(.fieldTooLong, field: a.key, detail: String(Limits.fieldBytesMax))) }
        }
        return problems
    }
}
