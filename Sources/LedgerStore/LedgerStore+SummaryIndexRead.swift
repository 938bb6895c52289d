internal import LMDB
public import Ledger

/// Summaries read from the bitemporal index: the figures a fold of the log gives, without the fold.
extension LedgerStore {
    /// The summary of `period` from the index; nil when this ledger has no index covering its log.
    func indexedSummary(_ period: Period, rules: RuleSet, filter: FoldFilter) throws -> PeriodSummary? {
        guard filter.throughSequence == nil else { return nil }
        return try reading { txn -> PeriodSummary? in
            guard try summaryIndexCovers(txn) else { return nil }
            var last = UInt64.max
            if let knownAt = filter.knownAtMs { last = try lastSequence(recordedBy: knownAt, txn) }
            if let asOf = filter.asOf, try updatedAfter(asOf, lastSequence: last, txn) { return nil }
            return try PeriodSummary.compute(period: period, rules: rules) { part in
                try indexedContributions(part, filter: filter, lastSequence: last, txn)
            }
        }
    }

    /// The contributions to `part` (a quarter or a month) under `filter`, as `fold` would give them.
    ///
    /// A quarter wholly on or before `asOf` is its versions as known at the filter's time; the
    /// quarter `asOf` falls in, or a month, is summed from its days, with each project's names
    /// and signing from the quarter's versions (a project with anything on those days has one).
    func indexedContributions(_ part: Period, filter: FoldFilter, lastSequence: UInt64, _ txn: borrowing Transaction) throws -> [PeriodContribution] {
        let last = filter.asOf.map { min($0, part.last) } ?? part.last
        if last < part.first { return [] }
        let quarter = part.first.quarter
        let whole = try versions(quarter: quarter.index, knownAtMs: filter.knownAtMs, txn)
        if part.kind == .quarter && last == part.last { return whole }
        return try dayContributions(from: part.first, through: last, lastSequence: lastSequence, signings: whole, txn)
    }

    /// Each project's contribution to `quarter` as known at `knownAtMs` (nil: now): its last version recorded by then.
    func versions(quarter: Int, knownAtMs: Int64?, _ txn: borrowing Transaction) throws -> [PeriodContribution] {
        guard let index = summaryIndex else { return [] }
        return try txn.withCursor(index.versions) { cursor in
            var out: [PeriodContribution] = []
            out.reserveCapacity(try LedgerStore.listCapacity(index.versions, txn))
            var project: UnsafeRawBufferPointer?
            var chosen: UnsafeRawBufferPointer?
            var texts = RepeatedText()
            func emit() throws {
                guard let p = project, let value = chosen, !value.isEmpty else { return }
                out.append(try ProjectionCodec.decodeContribution(project: String(decoding: p, as: UTF8.self), value, texts: &texts))
            }
            var entry = try cursor.seek(withUnsafeBytes(of: UInt32(quarter).bigEndian) { Array($0) })
            while let e = entry {
                let key = try SummaryIndexCodec.VersionKey(e.key)
                guard key.quarter == UInt32(quarter) else { break }
                if let p = project, !p.elementsEqual(key.project) {
                    try emit()
                    chosen = nil
                }
                project = key.project
                if knownAtMs.map({ key.recordedAtMs <= $0 }) ?? true { chosen = e.value }
                entry = try cursor.next()
            }
            try emit()
            return out
        }
    }

    /// What each project added on the days `first` … `last`, counting events up to `lastSequence`
    /// and leaving out those a void up to there cancels.
    ///
    /// `signings` are the quarter's versions in project order (as `versions` returns them); each
    /// project with anything on those days has one, and its sums are kept beside it by position,
    /// so a day entry costs a lookup and a few additions, and the result needs no sort.
    func dayContributions(from first: BusinessDate, through last: BusinessDate, lastSequence: UInt64,
                          signings: [PeriodContribution], _ txn: borrowing Transaction) throws -> [PeriodContribution] {
        guard let index = summaryIndex else { return [] }
        let positions = ProjectPositions(signings.lazy.map(\.project))
        var facts: [(sequence: UInt64, kind: UInt8, amountFen: Int64, position: Int)] = []
        facts.reserveCapacity(try LedgerStore.listCapacity(index.days, txn))
        var voided: Set<UInt64> = []
        var unplaced: [UInt64: String] = [:]
        try txn.withCursor(index.days) { cursor in
            var entry = try cursor.seek(SummaryIndexCodec.dayKey(date: first.yyyymmdd, sequence: 0))
            while let e = entry {
                let day = try SummaryIndexCodec.DayEntry(key: e.key, value: e.value)
                if day.date > last.yyyymmdd { break }
                if day.sequence <= lastSequence {
                    if day.kind == EventKind.void.rawValue {
                        voided.insert(day.voidedSequence)
                    } else if LedgerStore.isDayCounted(day.kind) {
                        // A project without a version here is an error only if a void does not cancel the entry (below).
                        let at = positions.position(of: day.project)
                        facts.append((day.sequence, day.kind, day.amountFen, at ?? -1))
                        if at == nil { unplaced[day.sequence] = String(decoding: day.project, as: UTF8.self) }
                    }
                }
                entry = try cursor.next()
            }
        }
        var sums = [DaySums](repeating: DaySums(), count: signings.count)
        for f in facts where !voided.contains(f.sequence) {
            guard f.position >= 0 else {
                throw StoreError(.corrupt, .summaryIndexInconsistent, ["sequence": String(f.sequence), "project": unplaced[f.sequence] ?? ""], path: path)
            }
            sums[f.position].add(kind: f.kind, sequence: f.sequence, amountFen: f.amountFen)
        }
        var out: [PeriodContribution] = []
        for (i, sum) in sums.enumerated() where sum.touched {
            var c = signings[i]
            c.signedAmount = Money(fen: sum.signedAmountFen)
            c.signedSequence = sum.signedSequence
            c.startedSequence = sum.startedSequence
            c.commissionedSequence = sum.commissionedSequence
            c.terminated = sum.terminated
            c.disbursed = Money(fen: sum.disbursedFen)
            out.append(c)
        }
        return out
    }

    /// What one project's day entries add up to: scalars only, kept by position beside its version.
    struct DaySums {
        var touched = false
        var signedAmountFen: Int64 = 0
        var signedSequence: UInt64 = 0
        var startedSequence: UInt64 = 0
        var commissionedSequence: UInt64 = 0
        var terminated = false
        var disbursedFen: Int64 = 0

        mutating func add(kind: UInt8, sequence: UInt64, amountFen: Int64) {
            touched = true
            switch EventKind(rawValue: kind) {
            case .signed: signedSequence = sequence; signedAmountFen = amountFen
            case .disbursed: disbursedFen += amountFen
            case .started: startedSequence = sequence
            case .commissioned: commissionedSequence = sequence
            case .terminated: terminated = true
            default: break
            }
        }
    }

    /// Whether a day fact of this kind adds to a contribution; a revision or an `updated` adds nothing.
    static func isDayCounted(_ kind: UInt8) -> Bool {
        switch EventKind(rawValue: kind) {
        case .signed, .disbursed, .started, .commissioned, .terminated: true
        default: false
        }
    }

    /// True when an `updated` event up to `lastSequence` is dated after `asOf`: the names as of that
    /// day are then not the versions' names, and the summary folds the log.
    ///
    /// Read from `summary_updated`; on a ledger written before it was kept, by walking
    /// `summary_days` after `asOf` (a read of every later event).
    func updatedAfter(_ asOf: BusinessDate, lastSequence: UInt64, _ txn: borrowing Transaction) throws -> Bool {
        if let answer = try updatedAfterFromIndex(asOf, lastSequence: lastSequence, txn) { return answer }
        guard let index = summaryIndex else { return false }
        return try txn.withCursor(index.days) { cursor in
            var entry = try cursor.seek(SummaryIndexCodec.dayKey(date: asOf.yyyymmdd + 1, sequence: 0))
            while let e = entry {
                if e.value.first == EventKind.updated.rawValue && e.key.count == SummaryIndexCodec.dayKeyBytes
                    && UInt64(bigEndianBytes: UnsafeRawBufferPointer(rebasing: e.key[4...])) <= lastSequence { return true }
                entry = try cursor.next()
            }
            return false
        }
    }

    /// The last sequence recorded at or before `recordedAtMs` (0 when none): recorded times never
    /// decrease along the log, so it is found by bisection.
    func lastSequence(recordedBy recordedAtMs: Int64, _ txn: borrowing Transaction) throws -> UInt64 {
        var low: UInt64 = 0, high = try head(txn).sequence
        while low < high {
            let middle = low + (high - low + 1) / 2
            guard let value = try txn.get(events, key: middle.bigEndianBytes) else {
                throw StoreError(.corrupt, .missingHead, ["sequence": String(middle), "head": String(high)], path: path)
            }
            let recorded = try value.withUnsafeBytes { bytes in
                var r = ByteReader(bytes, offset: LedgerStore.recordedOffset)
                return try r.i64()
            }
            if recorded <= recordedAtMs { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
