import Foundation
import LMDB
import Testing

/// Faults around the ledger's files: a newer format version, file modes, a full disk, and
/// the hidden initial map size.
@Suite struct DurabilityTests {
    // MARK: Format version

    /// Sets `meta`'s `format` to `version` with a raw LMDB write, as a newer taizhang would.
    static func setFormat(_ version: UInt64, ledger: String) throws {
        let env = try Environment(path: ledger)
        let meta = try env.openDatabases([("meta", [])], create: false)[0]
        try env.write { txn in
            try txn.put(meta, key: Array("format".utf8), value: (0..<8).reversed().map { UInt8(truncatingIfNeeded: version >> (UInt64($0) * 8)) })
        }
    }

    @Test func aLedgerOfANewerFormatIsRefusedNamingBothVersionsAndLeftAlone() throws {
        let ledger = try fixtureLedger(batches: 1)
        try Self.setFormat(2, ledger: ledger)
        let before = try Data(contentsOf: URL(fileURLWithPath: ledger + "/data.mdb"))
        for command in [["digest"], ["verify"], ["summary", "2021Q1"], ["import", "Fixtures/2021Q1.jsonl"], ["rebuild"]] {
            let r = try run(taizhangBinary, ["--db", ledger, "--lang", "en"] + command)
            #expect(r.status == 1, "\(command): \(r.stderr)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("format version 2"), "\(command): \(r.stderr)")
            #expect(r.stderr.contains("format version 1"), "\(command): \(r.stderr)")
            #expect(r.stderr.contains(ledger), "\(command): \(r.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: ledger + "/data.mdb")) == before, "a refused ledger is not written")
        // The same ledger set back to format 1 reads again: nothing was misread or changed.
        try Self.setFormat(1, ledger: ledger)
        #expect(try taizhang(ledger, "verify").status == 0)
    }

    // MARK: File modes

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    /// Runs taizhang under `umask`, so the modes shown are Taizhang's own, not the umask's.
    static func taizhangWithUmask(_ umask: String, _ arguments: [String]) throws -> Run {
        try run("/bin/sh", ["-c", "umask \(umask); exec \"$0\" \"$@\"", taizhangBinary] + arguments)
    }

    @Test(arguments: ["000", "022"]) func filesAreTheOwnersOnlyUnlessGroupReadable(umask: String) throws {
        let owner = temporaryFolder()
        #expect(try Self.taizhangWithUmask(umask, ["--db", owner, "init"]).status == 0)
        #expect(try Self.mode(owner) == 0o700)
        #expect(try Self.mode(owner + "/data.mdb") == 0o600)
        #expect(try Self.mode(owner + "/lock.mdb") == 0o600)

        let created = temporaryFolder()
        #expect(try Self.taizhangWithUmask(umask, ["--db", created, "import", "--quiet", "Fixtures/2020-projects.jsonl"]).status == 0)
        #expect(try Self.mode(created) == 0o700, "a ledger the import creates")
        #expect(try Self.mode(created + "/data.mdb") == 0o600)
        #expect(try Self.mode(created + "/lock.mdb") == 0o600)

        let group = temporaryFolder()
        #expect(try Self.taizhangWithUmask(umask, ["--db", group, "init", "--group-readable"]).status == 0)
        #expect(try Self.mode(group) == 0o750)
        #expect(try Self.mode(group + "/data.mdb") == 0o640)
        #expect(try Self.mode(group + "/lock.mdb") == 0o640)
        // Imports keep the modes the ledger was created with.
        #expect(try Self.taizhangWithUmask(umask, ["--db", group, "import", "--quiet", "Fixtures/2020-projects.jsonl"]).status == 0)
        #expect(try Self.mode(group + "/data.mdb") == 0o640)
    }

    // MARK: Full disk

    /// True when this process may mount a tmpfs (root, and a kernel and sandbox that allow it).
    static let canMountTmpfs: Bool = {
        guard getuid() == 0 else { return false }
        let folder = temporaryFolder()
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard (try? run("/bin/sh", ["-c", "mount -t tmpfs -o size=1m tmpfs \"$0\"", folder]))?.status == 0 else { return false }
        _ = try? run("/bin/sh", ["-c", "umount \"$0\"", folder])
        return true
    }()

    @Test(.enabled(if: canMountTmpfs, "needs root and `mount -t tmpfs`: skipped where mounting is not allowed"))
    func anImportOntoAFullDiskFailsInOneLineNamingItAndTheLedgerLivesOn() throws {
        let disk = temporaryFolder()
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(try run("/bin/sh", ["-c", "mount -t tmpfs -o size=8m tmpfs \"$0\"", disk]).status == 0)
        defer { _ = try? run("/bin/sh", ["-c", "umount \"$0\" || umount -l \"$0\"", disk]) }
        let ledger = disk + "/ledger"
        #expect(try taizhang(ledger, "init", "--zone", "赣江新区").status == 0)
        #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", fixtureBatches[0].1, fixtureBatches[0].0).status == 0)
        let before = try taizhang(ledger, "digest").stdout

        let batchFolder = temporaryFolder()
        #expect(try run("/usr/bin/env", ["python3", "Tools/generate", "--events", "5000", "--out", batchFolder, "--format", "csv"]).status == 0)
        let batch = batchFolder + "/events-5000.csv"
        // Leave 2 MiB: the 5,000 events need about 3 MiB of pages.
        let free = (try FileManager.default.attributesOfFileSystem(forPath: disk)[.systemFreeSize] as! NSNumber).intValue
        try Data(count: max(0, free - (2 << 20))).write(to: URL(fileURLWithPath: disk + "/filler"))

        let full = try run(taizhangBinary, ["--db", ledger, "--lang", "en", "import", "--quiet", batch])
        #expect(full.status == 1)
        #expect(full.stderr.split(separator: "\n").count == 1, "one line: \(full.stderr)")
        #expect(full.stderr.contains("the disk holding \(ledger) is full"), "\(full.stderr)")
        #expect(full.stderr.contains("mounted at \(disk)"), "\(full.stderr)")
        #expect(full.stderr.contains("nothing of this batch was written"), "\(full.stderr)")
        #expect(try taizhang(ledger, "verify").status == 0, "the ledger before the failed import still verifies")
        #expect(try taizhang(ledger, "digest").stdout == before)

        try FileManager.default.removeItem(atPath: disk + "/filler")
        let again = try taizhang(ledger, "import", "--quiet", batch)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try taizhang(ledger, "verify").status == 0)
        #expect(try taizhang(ledger, "digest").stdout.hasPrefix("5026 "))
    }

    // MARK: Map size

    @Test func theHiddenVariableSetsTheFirstMapSizeAndTheMapStillGrows() throws {
        let ledger = temporaryFolder()
        let env = ["TAIZHANG_MAP_SIZE_INITIAL_BYTES": "1048576"]
        #expect(try run(taizhangBinary, ["--db", ledger, "init"], environment: env).status == 0)
        #expect(try run("/usr/bin/mdb_stat", ["-e", ledger]).stdout.contains("Map size: 1048576"))
        for (file, recordedAt) in fixtureBatches {
            #expect(try run(taizhangBinary, ["--db", ledger, "import", "--quiet", "--recorded-at", recordedAt, file], environment: env).status == 0)
        }
        #expect(try taizhang(ledger, "verify").status == 0)
    }
}
