import Foundation
import Testing

/// Every command that only reads works on a ledger its user cannot write: files 0444 in a
/// folder 0555, read by an ordinary user (uid 65534 through setpriv when the tests run as
/// root), with the lock file there but read-only, or missing. Nothing of the copy changes.
@Suite struct ReadOnlyTests {
    /// A command line as an ordinary user: through setpriv when we are root, else as we are.
    static func asReader(_ arguments: [String]) throws -> Run {
        if getuid() == 0 {
            return try run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", taizhangBinary] + arguments)
        }
        return try run(taizhangBinary, arguments)
    }

    /// A copy of `ledger` (with or without its lock file), made read-only.
    static func readOnlyCopy(of ledger: String, withLockFile: Bool) throws -> String {
        let fm = FileManager.default
        let folder = temporaryFolder()
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in withLockFile ? ["data.mdb", "lock.mdb"] : ["data.mdb"] {
            try fm.copyItem(atPath: ledger + "/" + name, toPath: folder + "/" + name)
            try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder + "/" + name)
        }
        try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        return folder
    }

    static let readCommands: [[String]] = [
        ["digest"], ["digest", "--json"], ["verify"], ["summary", "2021Q1"], ["summary", "2021Q1", "--as-known-at", "2021-04-15"],
        ["projects"], ["show", "GJ-2021-001"], ["replay", "--verify"], ["replay", "--project", "GJ-2021-032", "--jsonl"],
        ["batches"], ["export", "--jsonl"], ["export", "--csv", "--since", "100"], ["prove", "E-2021Q1-001"], ["prove", "--from", "26:TREE"],
    ]

    @Test(arguments: [true, false]) func everyReadCommandWorksOnACopyNobodyCanWrite(withLockFile: Bool) throws {
        guard getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            Issue.record("running as root without /usr/bin/setpriv (util-linux): cannot read as an ordinary user")
            return
        }
        let ledger = try fixtureLedger()
        #expect(try taizhang(ledger, "void", "E-2021Q1-020", "--reason", "entered twice", "--recorded-at", "2021-08-01").status == 0)
        let copy = try Self.readOnlyCopy(of: ledger, withLockFile: withLockFile)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy + "/data.mdb"))
        let firstBatchHead = String(try taizhang(ledger, "prove", "1", "--digest", "26").stdout
            .split(separator: "\n").first { $0.contains("\"tree_head\"") }!.split(separator: "\"")[3])
        for command in Self.readCommands {
            let arguments = command.map { $0.replacingOccurrences(of: "TREE", with: firstBatchHead) }
            let asOwner = try run(taizhangBinary, ["--db", ledger] + arguments)
            let asReader = try Self.asReader(["--db", copy] + arguments)
            #expect(asReader.status == 0, "\(arguments): \(asReader.stderr)")
            #expect(asReader.stdout == asOwner.stdout, "\(arguments) reads differently from the read-only copy")
        }
        let backup = NSTemporaryDirectory() + "taizhang-ro-backup-" + UUID().uuidString
        let backedUp = try Self.asReader(["--db", copy, "backup", backup])
        #expect(backedUp.status == 0, "\(backedUp.stderr)")
        // What writes is refused in one line, and nothing of the copy changed.
        for command in [["import", "Fixtures/2021Q1.jsonl"], ["void", "E-2021Q1-021", "--reason", "x"], ["rebuild"]] {
            let refused = try Self.asReader(["--db", copy] + command)
            #expect(refused.status == 1, "\(command)")
            #expect(refused.stderr.split(separator: "\n").count == 1, "\(command): \(refused.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy + "/data.mdb")) == before)
        #expect(FileManager.default.fileExists(atPath: copy + "/lock.mdb") == withLockFile)
    }
}
