import Foundation

/// A private PostgreSQL cluster for one test (Tools/pg-cluster): a temporary folder, a
/// loopback port, stopped when the test is done with it.
final class PostgresCluster {
    let folder: String
    let port: Int
    private(set) var url: String = ""

    init() throws {
        folder = "/tmp/taizhang-pg-" + UUID().uuidString.prefix(8)
        port = Int.random(in: 20_000...60_000)
        try start()
    }

    func start() throws {
        let r = try run(repositoryRoot.path + "/Tools/pg-cluster", ["start", folder, String(port)])
        precondition(r.status == 0, "could not start PostgreSQL: \(r.stderr)")
        url = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server at once, as a crash or a pulled cable would.
    func kill() throws {
        try run(repositoryRoot.path + "/Tools/pg-cluster", ["kill", folder])
    }

    /// Runs SQL with psql; the rows as text, one a line, fields split by `|`.
    @discardableResult
    func sql(_ statement: String) throws -> String {
        let r = try run("/usr/bin/env", ["psql", url, "-At", "-v", "ON_ERROR_STOP=1", "-c", statement])
        precondition(r.status == 0, "psql: \(r.stderr)")
        return r.stdout.trimmingCharacters(in: .newlines)
    }

    deinit {
        _ = try? run(repositoryRoot.path + "/Tools/pg-cluster", ["stop", folder])
        try? FileManager.default.removeItem(atPath: folder)
    }
}
