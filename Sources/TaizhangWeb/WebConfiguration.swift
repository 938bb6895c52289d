/// How `taizhang serve` runs: where it listens, over which ledger, with which limits.
public struct WebConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var ledgerPath: String
    /// The largest request body an upload may have (`--upload-max-bytes`, default 100 MiB).
    public var uploadMaxBytes = 100 << 20
    /// A session unused this long is gone (`--session-idle-minutes`, default 30).
    public var sessionIdleSeconds: Double = 30 * 60
    /// `--tls-cert` and `--tls-key`, PEM files; both or neither.
    public var tlsCertificatePath: String?
    public var tlsKeyPath: String?
    /// Cookies carry `Secure` under TLS, and behind a TLS proxy with `--secure-cookies`.
    public var secureCookiesBehindProxy = false
    /// bcrypt's work factor for passwords set through the site.
    public var bcryptCost: UInt8 = AccountStore.defaultCost

    public init(ledgerPath: String) { self.ledgerPath = ledgerPath }

    public var underTLS: Bool { tlsCertificatePath != nil }
    public var secureCookies: Bool { underTLS || secureCookiesBehindProxy }
}
