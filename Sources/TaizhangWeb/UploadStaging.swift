internal import Synchronization
internal import Ledger

/// Files that passed a dry run, kept in memory until the clerk confirms them (or 30 minutes pass).
///
/// Confirming lands exactly these bytes: the page between the dry run and the confirm never
/// sends the files back, and the confirm names the staged upload by a random id bound to the clerk.
public final class UploadStaging: Sendable {
    struct Staged: Sendable {
        var user: String
        var files: [(name: String, bytes: [UInt8])]
        var recordedAtMs: Int64?
        /// A project sheet's as-of date (`import --snapshot --as-of`); nil for batch files.
        var asOf: BusinessDate?
        var created: Double
    }

    static let keepSeconds: Double = 30 * 60
    let clock: @Sendable () -> Double
    private let staged = Mutex<[String: Staged]>([:])

    init(clock: @escaping @Sendable () -> Double) { self.clock = clock }

    /// Keeps `files` for `user` (one staged upload per user: a new one replaces the last).
    func put(user: String, files: [(name: String, bytes: [UInt8])], recordedAtMs: Int64?, asOf: BusinessDate? = nil) -> String {
        let id = SessionStore.randomToken()
        let now = clock()
        staged.withLock { all in
            all = all.filter { $0.value.user != user && now - $0.value.created < UploadStaging.keepSeconds }
            all[id] = Staged(user: user, files: files, recordedAtMs: recordedAtMs, asOf: asOf, created: now)
        }
        return id
    }

    /// The files staged as `id` by `user`, removed; nil when unknown, expired or someone else's.
    func take(id: String, user: String) -> Staged? {
        let now = clock()
        return staged.withLock { all in
            guard let s = all[id], s.user == user, now - s.created < UploadStaging.keepSeconds else { return nil }
            all[id] = nil
            return s
        }
    }
}
