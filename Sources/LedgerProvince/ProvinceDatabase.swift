public import PostgresNIO
internal import Catalogue
internal import Logging
internal import Foundation

/// One connection to the province's PostgreSQL database, from a `postgres://` URL.
///
/// The command line is synchronous and short-lived: one connection, no pool. Every error the
/// driver throws becomes a `ProvinceError` of one line (`.unreachable` before the connection
/// stands, `.failed` after), naming the URL without its password and what the query was about.
public final class ProvinceDatabase: @unchecked Sendable {
    public let connection: PostgresConnection
    public let url: String
    let logger = Logger(label: "taizhang.province")

    init(connection: PostgresConnection, url: String) {
        self.connection = connection
        self.url = url
    }

    /// Connects; `url` is `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`.
    public static func connect(_ url: String) async throws -> ProvinceDatabase {
        let shown = redacted(url)
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
              let host = parts.host, !host.isEmpty, let user = parts.user else {
            throw ProvinceError(.badInput, ProvinceErrorText.notAURL, ["url": shown])
        }
        let database = parts.path.hasPrefix("/") && parts.path.count > 1 ? String(parts.path.dropFirst()) : user
        var configuration = PostgresConnection.Configuration(host: host, port: parts.port ?? 5432, username: user,
                                                             password: parts.password, database: database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "taizhang.province"))
            let database = ProvinceDatabase(connection: connection, url: shown)
            Blocking.open.set(database)
            return database
        } catch {
            let failure = PostgresFailure(error, connecting: true), place = PostgresFailure.Place(url: shown)
            throw ProvinceError(.unreachable) { language in
                ProvinceErrorText.unreachableAt.text(language, ["place": place.text(language), "reason": failure.text(language)])
            }
        }
    }

    /// Closes the connection; one the server already dropped is left alone.
    public func close() async {
        Blocking.open.set(nil)
        if !connection.isClosed { try? await connection.close() }
    }

    /// Runs `query`, turning a driver error into `.failed` that names the place: the table, the
    /// origin and the sequence the query is about.
    @discardableResult
    func run(_ query: PostgresQuery, table: String? = nil, origin: String? = nil, sequence: UInt64? = nil) async throws -> PostgresRowSequence {
        do { return try await connection.query(query, logger: logger) } catch {
            throw ProvinceDatabase.failed(PostgresFailure(error, connecting: false),
                                          PostgresFailure.Place(url: url, table: table, origin: origin, sequence: sequence))
        }
    }

    /// The work stopped at `place` for `failure`; nothing was committed.
    static func failed(_ failure: PostgresFailure, _ place: PostgresFailure.Place) -> ProvinceError {
        ProvinceError(.failed, origin: place.origin ?? "", sequence: place.sequence ?? 0) { language in
            ProvinceErrorText.failedAt.text(language, ["place": place.text(language), "reason": failure.text(language)])
        }
    }

    /// Runs `body` between BEGIN and COMMIT; any error rolls the transaction back (when the
    /// server is still there to hear it) and is thrown as it was.
    func transaction<R>(_ body: () async throws -> R) async throws -> R {
        try await run("BEGIN ISOLATION LEVEL SERIALIZABLE")
        do {
            let value = try await body()
            try await run("COMMIT")
            return value
        } catch {
            // A server that went away rolled the transaction back itself: COMMIT was never sent.
            if !connection.isClosed { _ = try? await connection.query("ROLLBACK", logger: logger) }
            throw error
        }
    }

    /// The URL without its password.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }
}

/// Waits for async work from synchronous code: the command line's commands are synchronous.
public enum Blocking {
    final class Box<T>: @unchecked Sendable { var result: Result<T, any Error>? }

    /// The connection the work holds open, watched while it waits.
    final class Watched: @unchecked Sendable {
        private let lock = NSLock()
        private var database: ProvinceDatabase?
        func set(_ d: ProvinceDatabase?) { lock.withLock { database = d } }
        /// Open by us, and dropped by the server.
        var dropped: ProvinceDatabase? { lock.withLock { database.flatMap { $0.connection.isClosed ? $0 : nil } } }
    }

    static let open = Watched()
    /// How long work may go on after the server dropped the connection before it is given up.
    static let droppedGraceSeconds = 2.0

    /// Runs `body` and waits for it. A query in flight when the server goes away is not
    /// always failed by the driver; so when the open connection has been closed by the server
    /// for `droppedGraceSeconds`, the work is given up as failed (its transaction was never
    /// committed: the server rolled it back).
    public static func run<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        var droppedAt: Date?
        while done.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            guard let database = open.dropped else { droppedAt = nil; continue }
            let since = droppedAt ?? Date()
            droppedAt = since
            if Date().timeIntervalSince(since) > droppedGraceSeconds {
                throw ProvinceDatabase.failed(PostgresFailure(reason: .serverGone, code: "serverClosedConnection", detail: "closed during the work"),
                                              PostgresFailure.Place(url: database.url))
            }
        }
        return try box.result!.get()
    }
}
