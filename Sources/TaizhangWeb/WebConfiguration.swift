/// How `taizhang serve` runs: where it listens, over which ledger, with which limits.
public struct WebConfiguration: Sendable {
    /// Where `serve` listens when no `--listen` is given: this machine only. Another address
    /// (the zone's network) is served only when someone names it.
    public static let defaultListen = "127.0.0.1:8080"
    public var host: String
    public var port: Int
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

    public init(ledgerPath: String) {
        self.ledgerPath = ledgerPath
        (host, port) = WebConfiguration.hostAndPort(WebConfiguration.defaultListen)!
    }

    /// `HOST:PORT` (`[::1]:8080` for IPv6) as host and port; nil when it is not one.
    public static func hostAndPort(_ listen: String) -> (host: String, port: Int)? {
        guard let colon = listen.lastIndex(of: ":"), colon != listen.startIndex,
              let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        var host = Substring(listen[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = host.dropFirst().dropLast() }
        return host.isEmpty ? nil : (String(host), port)
    }

    public var underTLS: Bool { tlsCertificatePath != nil }
    public var secureCookies: Bool { underTLS || secureCookiesBehindProxy }
}
