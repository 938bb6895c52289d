internal import Foundation
internal import Synchronization
public import NIOCore

/// Rendered summaries kept per ledger head: the same question on the same log gets the same bytes.
///
/// A summary depends only on its question (period, time filter, language) and the log, and the
/// log changes only by whole batches, each moving the head. Keyed by the head's sequence read
/// before the summary is computed, an entry can only ever hold the figures of a batch boundary
/// at or after that head, never half a batch (each read is one LMDB transaction).
///
/// A question is rendered by one request at a time: the others that ask for it meanwhile get
/// the text of the head before (also a batch boundary's) when there is one, else wait for the
/// rendering under way instead of starting their own. A summary of a million events costs
/// seconds to render and microseconds to send: 32 connections asking at once must not render it
/// 32 times. Entries are `ByteBuffer`s, so sending one copies nothing.
public final class ResponseCache: Sendable {
    static let entriesMax = 256
    private struct State {
        var entries: [String: (head: UInt64, answer: Answer)] = [:]
        /// Questions being rendered now.
        var rendering: Set<String> = []
        /// One lock per question, held while it is rendered.
        var renderLocks: [String: NSLock] = [:]
    }
    private let state = Mutex(State())

    /// One rendering: its bytes, and (for the API) the same bytes gzip-encoded, made together so
    /// that both always answer the same batch boundary.
    struct Answer: Sendable {
        var identity = ByteBuffer()
        var gzip: ByteBuffer?
        /// A page's rendering, kept as the text the page's frame is built around: decoding the
        /// UTF-8 of a 90 KB summary page again on every request was a third of the page's time.
        var text: String?
    }

    public init() {}

    func text(key: String, head: UInt64, make: () throws -> String) rethrows -> String {
        try answer(key: key, head: head) { Answer(text: try make()) }.text ?? ""
    }

    func bytes(key: String, head: UInt64, make: () throws -> ByteBuffer) rethrows -> ByteBuffer {
        try answer(key: key, head: head) { Answer(identity: try make(), gzip: nil) }.identity
    }

    func answer(key: String, head: UInt64, make: () throws -> Answer) rethrows -> Answer {
        enum Look { case hit(Answer), render(NSLock) }
        let look: Look = state.withLock { s in
            if let e = s.entries[key], e.head == head || (e.head < head && s.rendering.contains(key)) { return .hit(e.answer) }
            if let lock = s.renderLocks[key] { return .render(lock) }
            let lock = NSLock()
            s.renderLocks[key] = lock
            return .render(lock)
        }
        let lock: NSLock
        switch look {
        case .hit(let bytes): return bytes
        case .render(let l): lock = l
        }
        lock.lock()
        defer { lock.unlock() }
        // Rendered by the request this one waited for?
        if let done = state.withLock({ s in s.entries[key].flatMap { $0.head >= head ? $0.answer : nil } }) { return done }
        state.withLock { _ = $0.rendering.insert(key) }
        defer { state.withLock { _ = $0.rendering.remove(key) } }
        let made = try make()
        state.withLock { s in
            if s.entries.count >= ResponseCache.entriesMax { s.entries.removeAll(keepingCapacity: true) }
            if (s.entries[key]?.head ?? 0) <= head { s.entries[key] = (head, made) }
        }
        return made
    }
}
