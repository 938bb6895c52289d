/// The order of day facts by their `summary_days` key (date, then sequence), as indexes.
///
/// Sorting the facts themselves moved 48-byte values holding a String a million times over
/// (retains, releases and copies, a tenth of an import's last second). An import's facts come
/// in sequence order and their dates span a few thousand days, so a counting sort by date
/// alone keeps each date's facts in sequence order in two passes; any other input (dates too
/// far apart, facts out of sequence order) is sorted by comparison, still moving only indexes.
enum DayFactOrder {
    /// The widest date span (as YYYYMMDD numbers) counted in a table rather than sorted.
    static let countedSpanMax: UInt32 = 1 << 21

    static func of(_ facts: [DayFact]) -> [UInt32] {
        facts.withUnsafeBufferPointer { f in
            guard let first = f.first else { return [] }
            var (low, high, inSequence) = (first.date, first.date, true)
            for i in f.indices.dropFirst() {
                low = min(low, f[i].date)
                high = max(high, f[i].date)
                if f[i].sequence <= f[i - 1].sequence { inSequence = false }
            }
            if inSequence && high - low < countedSpanMax { return counted(f, low: low, span: Int(high - low) + 1) }
            return Array(UInt32(0)..<UInt32(f.count)).sorted { DayFact.precedes(f[Int($0)], f[Int($1)]) }
        }
    }

    /// A stable counting sort by date of facts already in sequence order.
    private static func counted(_ f: UnsafeBufferPointer<DayFact>, low: UInt32, span: Int) -> [UInt32] {
        var starts = [Int](repeating: 0, count: span + 1)
        for i in f.indices { starts[Int(f[i].date - low) + 1] += 1 }   // by index: iterating the facts copied each one
        for d in 0..<span { starts[d + 1] += starts[d] }
        var order = [UInt32](repeating: 0, count: f.count)
        for i in f.indices {
            let d = Int(f[i].date - low)
            order[starts[d]] = UInt32(i)
            starts[d] += 1
        }
        return order
    }
}
