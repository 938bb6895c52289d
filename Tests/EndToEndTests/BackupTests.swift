import Foundation
import Testing

/// `backup`: LMDB's compacting copy, consistent while an import runs, and the copy verifies.
@Suite struct BackupTests {
    @Test func theCopyVerifiesWithTheSameDigest() throws {
        let ledger = try fixtureLedger()
        let destination = temporaryFolder()
        let backedUp = try taizhang(ledger, "backup", destination, "--lang", "en")
        #expect(backedUp.status == 0, "\(backedUp.stderr)")
        let digest = try taizhang(ledger, "digest").stdout
        #expect(backedUp.stdout.contains("digest " + digest))
        #expect(try taizhang(destination, "digest").stdout == digest)
        #expect(try taizhang(destination, "verify").status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: destination + "/data.mdb")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Never over an existing ledger or any other file.
        let again = try taizhang(ledger, "backup", "--lang", "en", destination)
        #expect(again.status == 1 && again.stderr.contains("not empty"))
        let empty = temporaryFolder()
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try taizhang(ledger, "backup", empty).status == 0)
    }

    /// A background process imports 200,000 generated events in one transaction; a backup
    /// taken meanwhile is the ledger as it was before that transaction, and verifies.
    @Test func aBackupTakenWhileABigImportRunsIsConsistent() throws {
        let generated = temporaryFolder()
        let generator = try run(repositoryRoot.path + "/Tools/generate", ["--events", "200000", "--format", "jsonl", "--out", generated])
        #expect(generator.status == 0, "\(generator.stderr)")
        let ledger = try fixtureLedger()
        let fixtureDigest = try taizhang(ledger, "digest").stdout

        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: taizhangBinary)
        importer.arguments = ["--db", ledger, "import", "--quiet", generated + "/events-200000.jsonl"]
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        defer { if importer.isRunning { kill(importer.processIdentifier, SIGKILL) } }
        Thread.sleep(forTimeInterval: 1.0)
        #expect(importer.isRunning, "the import ended before the backup began: nothing was tested")

        let destination = temporaryFolder()
        let backedUp = try taizhang(ledger, "backup", destination, "--lang", "en")
        let importRanThroughout = importer.isRunning
        // SIGKILL, as a crash would: a signal the child could have blocked (SIGTERM) is not enough.
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        #expect(importRanThroughout, "the import ended during the backup: it was not tested against a running import")
        #expect(backedUp.status == 0, "\(backedUp.stderr)")
        #expect(backedUp.stdout.contains("the copy verifies"))
        // The copy is one of the two states a reader can see: before the import's transaction, or after it.
        let copied = try taizhang(destination, "digest").stdout
        #expect(copied == fixtureDigest || copied.hasPrefix("200108 "), "\(copied)")
        if importer.terminationReason == .uncaughtSignal {
            // Killed inside its transaction: nothing of it landed, and the ledger verifies.
            #expect(try taizhang(ledger, "digest").stdout == fixtureDigest)
            #expect(try taizhang(ledger, "verify").status == 0)
        } else {
            #expect(importer.terminationStatus == 0)
        }
    }
}
