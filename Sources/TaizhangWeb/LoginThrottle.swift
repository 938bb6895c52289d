internal import Foundation
internal import Synchronization

/// Refuses a name after `failuresMax` failed sign-ins within a window, for the rest of that window.
///
/// The window opens at a name's first failure and lasts `windowSeconds`; the fifth failure in it
/// shuts the name out until it closes, even with the right password, so guessing is five tries per
/// fifteen minutes a name. Counting per name (not per address) holds behind a reverse proxy too.
public final class LoginThrottle: Sendable {
    public static let failuresMax = 5
    public static let windowSeconds: Double = 15 * 60
    /// Names tracked at most; beyond it closed windows are dropped, so random names cannot fill memory.
    static let namesMax = 10_000

    struct Window: Sendable {
        var opened: Double
        var failures: Int
    }

    let clock: @Sendable () -> Double
    private let windows = Mutex<[String: Window]>([:])

    public init(clock: @escaping @Sendable () -> Double = WebSite.wallClock) {
        self.clock = clock
    }

    /// Seconds until `name` may try again; nil when it may now.
    public func refusedFor(_ name: String) -> Double? {
        let now = clock()
        return windows.withLock { all in
            guard let w = all[name] else { return nil }
            let left = w.opened + LoginThrottle.windowSeconds - now
            if left <= 0 { all[name] = nil; return nil }
            return w.failures >= LoginThrottle.failuresMax ? left : nil
        }
    }

    public func recordFailure(_ name: String) {
        let now = clock()
        windows.withLock { all in
            if all.count >= LoginThrottle.namesMax {
                all = all.filter { now - $0.value.opened < LoginThrottle.windowSeconds }
            }
            if var w = all[name], now - w.opened < LoginThrottle.windowSeconds {
                w.failures += 1
                all[name] = w
            } else {
                all[name] = Window(opened: now, failures: 1)
            }
        }
    }

    public func recordSuccess(_ name: String) {
        _ = windows.withLock { $0.removeValue(forKey: name) }
    }
}
