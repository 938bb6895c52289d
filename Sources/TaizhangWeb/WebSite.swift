internal import Foundation
public import Logging
public import LedgerService
internal import LedgerStore

/// Everything the routes share: the configuration, the accounts, sessions, the throttle and the ledger's use cases.
public final class WebSite: Sendable {
    public let configuration: WebConfiguration
    public let accounts: AccountStore
    public let sessions: SessionStore
    public let throttle: LoginThrottle
    /// The use cases, over the one environment this process opens (LMDB's rule), for writing:
    /// imports and voids from the site go through the same calls as the command line's.
    public let ledger: LedgerService
    public let uploads: UploadStaging
    public let cache = ResponseCache()
    let logger: Logger

    public init(configuration: WebConfiguration, logger: Logger, clock: @escaping @Sendable () -> Double = WebSite.wallClock) throws {
        self.configuration = configuration
        self.accounts = AccountStore(ledgerPath: configuration.ledgerPath, cost: configuration.bcryptCost)
        self.sessions = SessionStore(idleSeconds: configuration.sessionIdleSeconds, clock: clock)
        self.throttle = LoginThrottle(clock: clock)
        self.ledger = LedgerService(store: try LedgerStore(path: configuration.ledgerPath, readOnly: false))
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
