internal import Catalogue
internal import LMDB
internal import Ledger

extension LedgerStore {
    /// `event_ids`, `project_events` and `voids` against the log, both ways.
    func verifyIndexes(_ txn: borrowing Transaction, log: LogScan, _ findings: VerifyFindings) throws {
        let ids = try txn.statistics(eventIds).entries
        if UInt64(ids) != log.eventsChecked {
            findings.inDatabase("event_ids", .entriesCount, [("entries", .text("\(ids)")), ("events", .text("\(log.eventsChecked)"))])
        }
        try verifyProjectEvents(txn, log.projects, log.projectSequences, findings)
        try verifyVoids(txn, log.voidTargets, findings)
    }

    /// Walks `project_events` key by key against what the log says, building nothing twice.
    /// Each key is found among the log's projects by its bytes (`ProjectNumbers`); a String is
    /// made only for what is reported.
    private func verifyProjectEvents(_ txn: borrowing Transaction, _ logged: ProjectNumbers, _ projectSequences: ProjectSequences, _ findings: VerifyFindings) throws {
        var projects = logged
        var mismatch: (project: String, logged: [UInt64], indexed: [UInt64])?
        var seen = [Bool](repeating: false, count: projects.count)
        var listed: [UInt64] = []
        try txn.withCursor(projectEvents) { cursor in
            var entry = try cursor.first()
            while let e = entry, mismatch == nil {
                let number = projects.find(e.key)
                if let number { seen[number] = true }
                listed.removeAll(keepingCapacity: true)
                var dup: Cursor.Entry? = e
                while let d = dup {
                    guard let sequence = UInt64(bigEndian8: d.value) else {
                        findings.at("project_events", key: String(decoding: e.key, as: UTF8.self), .valueWrongLength,
                                    [("bytes", .text("\(d.value.count)")), ("expected", .text("8"))])
                        return
                    }
                    listed.append(sequence)
                    dup = try cursor.nextDuplicate()
                }
                let expected = number.map { projectSequences[$0] } ?? []
                if !listed.elementsEqual(expected) { mismatch = (String(decoding: e.key, as: UTF8.self), Array(expected), listed) }
                entry = try cursor.nextKey()
            }
        }
        if mismatch == nil, let absent = seen.indices.filter({ !seen[$0] }).min(by: { projects.names[$0] < projects.names[$1] }) {
            mismatch = (projects.names[absent], Array(projectSequences[absent]), [])
        }
        guard let (project, a, b) = mismatch else { return }
        let firstDiff = zip(a, b).first { $0 != $1 }.map { min($0, $1) } ?? (a.count > b.count ? a[b.count] : b.count > a.count ? b[a.count] : 0)
        let what: [(String, VerifyFailure.Argument)] = [("project", .text(project)), ("listed", .text("\(b)")), ("logged", .text("\(a)"))]
        if firstDiff > 0 { findings.at(firstDiff, .projectEventsDiffer, what) } else { findings.at("project_events", key: project, .projectEventsDiffer, what) }
    }

    /// `voids` holds exactly the voided ids, each with the sequence of its void.
    private func verifyVoids(_ txn: borrowing Transaction, _ voidTargets: [String: UInt64], _ findings: VerifyFindings) throws {
        var storedVoids: [String: UInt64] = [:]
        try txn.withCursor(voids) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                entry = try cursor.next()
                let id = String(decoding: e.key, as: UTF8.self)
                guard let sequence = UInt64(bigEndian8: e.value) else {
                    findings.at("voids", key: id, .valueWrongLength, [("bytes", .text("\(e.value.count)")), ("expected", .text("8"))])
                    continue
                }
                storedVoids[id] = sequence
            }
        }
        guard storedVoids != voidTargets else { return }
        let diff = Set(storedVoids.keys).union(voidTargets.keys).sorted().first { storedVoids[$0] != voidTargets[$0] } ?? "?"
        let sequence = voidTargets[diff] ?? storedVoids[diff] ?? 0
        if sequence > 0 { findings.at(sequence, .voidsDiffer, [("id", .text(diff))]) } else { findings.at("voids", key: diff, .voidsDiffer, [("id", .text(diff))]) }
    }

    /// `projects` and `quarters` against a fresh fold of the log, byte for byte.
    ///
    /// A stored projection that is byte for byte what the fold encodes is equal to it without
    /// being decoded; any other is decoded and compared as a value, as it always was, so that
    /// what counts as differing is the same (a canonically equivalent name still matches).
    /// `quarters` are the fold's entries in key order (`projectionEntries`).
    func verifyProjections(_ txn: borrowing Transaction, folded: [String: ProjectState], quarters expected: ExpectedEntries, _ findings: VerifyFindings) throws {
        var storedKeys: Set<String> = []
        var differing: Set<String> = []
        try txn.withCursor(projects) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                entry = try cursor.next()
                let key = String(decoding: e.key, as: UTF8.self)
                storedKeys.insert(key)
                let state = folded[key]
                if let state, state.invariantViolation == nil, e.value.sameBytes(as: ProjectionCodec.encode(state)) { continue }
                do { if try ProjectionCodec.decodeProject(e.value) != state { differing.insert(key) } } catch {
                    findings.at("projects", key: key, .projectionUndecodable, [("project", .text(key)), ("reason", VerifyFailure.reason(error))])
                    if state != nil { differing.insert(key) }
                }
            }
        }
        differing.formUnion(folded.keys.lazy.filter { !storedKeys.contains($0) })
        if let project = differing.min() {
            findings.at("projects", key: project, .projectionDiffers, [("project", .text(project))])
            return
        }
        try verifyQuarters(txn, expected: expected.entries, findings)
    }

    /// `quarters` walked in key order beside the fold's entries in the same order (`projectionEntries`).
    private func verifyQuarters(_ txn: borrowing Transaction, expected: [(key: [UInt8], value: [UInt8])], _ findings: VerifyFindings) throws {
        var next = 0
        var storedCount = 0
        var reported = false
        try txn.withCursor(quarters) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                entry = try cursor.next()
                storedCount += 1
                if reported { continue }
                while next < expected.count && SortedWrites.compare(expected[next].key, e.key) < 0 { next += 1 }
                if next < expected.count && e.key.sameBytes(as: expected[next].key) && e.value.sameBytes(as: expected[next].value) {
                    next += 1
                    continue
                }
                reported = true
                var r = ByteReader(e.key)
                let quarter = (try? r.u32()).map { "\(Quarter(index: Int($0)))" } ?? "?"
                let project = String(decoding: (try? r.bytes(r.remaining)) ?? UnsafeRawBufferPointer(start: nil, count: 0), as: UTF8.self)
                findings.at("quarters", key: VerifyFailure.keyText(e.key), .quarterDiffers, [("quarter", .text(quarter)), ("project", .text(project))])
            }
        }
        if !reported && storedCount != expected.count {
            findings.inDatabase("quarters", .quartersCount, [("stored", .text("\(storedCount)")), ("folded", .text("\(expected.count)"))])
        }
    }
}
