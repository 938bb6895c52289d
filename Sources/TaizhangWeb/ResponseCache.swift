internal import Synchronization

/// Rendered summaries kept per ledger head: the same question on the same log gets the same text.
///
/// A summary depends only on its question (period, time filter, language) and the log, and the
/// log changes only by whole batches, each moving the head. Keyed by the head's sequence read
/// before the summary is computed, an entry can only ever hold the figures of a batch boundary
/// at or after that head, never half a batch (each read is one LMDB transaction).
///
/// When a batch lands, the first request for a question renders it again; requests for the same
/// question that come while it does get the text of the head before (also a batch boundary's)
/// instead of rendering it too: a large summary then costs one rendering per batch, not one per
/// waiting connection.
public final class ResponseCache: Sendable {
    static let entriesMax = 256
    private struct State {
        var entries: [String: (head: UInt64, text: String)] = [:]
        /// Questions being rendered now.
        var rendering: Set<String> = []
    }
    private let state = Mutex(State())

    public init() {}

    func text(key: String, head: UInt64, make: () throws -> String) rethrows -> String {
        enum Look { case hit(String), render }
        let look: Look = state.withLock { s in
            if let e = s.entries[key], e.head == head || (e.head < head && s.rendering.contains(key)) { return .hit(e.text) }
            s.rendering.insert(key)
            return .render
        }
        if case .hit(let text) = look { return text }
        defer { state.withLock { _ = $0.rendering.remove(key) } }
        let text = try make()
        state.withLock { s in
            if s.entries.count >= ResponseCache.entriesMax { s.entries.removeAll(keepingCapacity: true) }
            if (s.entries[key]?.head ?? 0) <= head { s.entries[key] = (head, text) }
        }
        return text
    }
}
