internal import Foundation
internal import Synchronization
internal import Ledger

/// One signed-in person: who, in which role, the form token, and when they were last seen.
public struct Session: Sendable, Equatable {
    public let token: String
    public let user: String
    public let role: Role
    /// The CSRF token every changing form must carry back.
    public let csrf: String
    var lastSeen: Double
}

/// Sessions in memory: a server restart signs everyone out, which is the safe way round.
///
/// The cookie carries only a random 256-bit token; who it belongs to stays here. A session
/// idle longer than `idleSeconds` is gone on its next use.
public final class SessionStore: Sendable {
    public let idleSeconds: Double
    let clock: @Sendable () -> Double
    private let sessions = Mutex<[String: Session]>([:])

    public init(idleSeconds: Double = 30 * 60, clock: @escaping @Sendable () -> Double = WebSite.wallClock) {
        self.idleSeconds = idleSeconds
        self.clock = clock
    }

    public func create(for account: Account) -> Session {
        let now = clock()
        let session = Session(token: SessionStore.randomToken(), user: account.name, role: account.role,
                              csrf: SessionStore.randomToken(), lastSeen: now)
        sessions.withLock { all in
            all = all.filter { now - $0.value.lastSeen <= idleSeconds }
            all[session.token] = session
        }
        return session
    }

    /// The live session of `token`, seen now; nil when unknown or idle too long.
    public func session(token: String) -> Session? {
        let now = clock()
        return sessions.withLock { all in
            guard var s = all[token] else { return nil }
            if now - s.lastSeen > idleSeconds {
                all[token] = nil
                return nil
            }
            s.lastSeen = now
            all[token] = s
            return s
        }
    }

    public func end(token: String) {
        _ = sessions.withLock { $0.removeValue(forKey: token) }
    }

    /// Ends every session of `user` (its account was removed or its role changed).
    public func end(user: String) {
        sessions.withLock { all in all = all.filter { $0.value.user != user } }
    }

    /// Every live token, for the tests that look for tokens in logs.
    func allTokensForTests() -> [String] {
        sessions.withLock { Array($0.keys) }
    }

    /// 32 bytes from the system's generator, as 64 hex digits (valid in a cookie and a form).
    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return Hex.string((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &g) })
    }
}
