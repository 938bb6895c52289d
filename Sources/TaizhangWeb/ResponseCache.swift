internal import Synchronization

/// Rendered summaries kept per ledger head: the same question on the same log gets the same text.
///
/// A summary depends only on its question (period, time filter, language) and the log, and the
/// log changes only by whole batches, each moving the head. Keyed by the head's sequence read
/// before the summary is computed, an entry can only ever hold the figures of a batch boundary
/// at or after that head, never half a batch (each read is one LMDB transaction).
public final class ResponseCache: Sendable {
    static let entriesMax = 256
    private let entries = Mutex<[String: (head: UInt64, text: String)]>([:])

    public init() {}

    func text(key: String, head: UInt64, make: () throws -> String) rethrows -> String {
        if let hit = entries.withLock({ $0[key].flatMap { $0.head == head ? $0.text : nil } }) { return hit }
        let text = try make()
        entries.withLock { all in
            if all.count >= ResponseCache.entriesMax { all.removeAll(keepingCapacity: true) }
            all[key] = (head, text)
        }
        return text
    }
}
