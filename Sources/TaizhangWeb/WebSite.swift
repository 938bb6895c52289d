internal import Foundation
public import Logging

/// Everything the routes share: the configuration, the accounts, sessions, the throttle and the ledger.
public final class WebSite: Sendable {
    public let configuration: WebConfiguration
    public let accounts: AccountStore
    public let sessions: SessionStore
    public let throttle: LoginThrottle
    public let ledger: LedgerAccess
    public let uploads: UploadStaging
    public let cache = ResponseCache()
    let logger: Logger

    public init(configuration: WebConfiguration, logger: Logger, clock: @escaping @Sendable () -> Double = WebSite.wallClock) throws {
        self.configuration = configuration
        self.accounts = AccountStore(ledgerPath: configuration.ledgerPath, cost: configuration.bcryptCost)
        self.sessions = SessionStore(idleSeconds: configuration.sessionIdleSeconds, clock: clock)
        self.throttle = LoginThrottle(clock: clock)
        self.ledger = try LedgerAccess(path: configuration.ledgerPath)
        self.uploads = UploadStaging(clock: clock)
        self.logger = logger
    }

    public static let wallClock: @Sendable () -> Double = { ContinuousClock.wallSeconds() }
}

extension ContinuousClock {
    /// Seconds since the epoch, from the system clock (Foundation-free for the Sendable default).
    static func wallSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
