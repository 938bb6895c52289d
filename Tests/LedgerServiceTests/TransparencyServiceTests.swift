import Catalogue
import Foundation
import Ledger
import LedgerService
import Testing
import TestSupport

/// The zone's and the witness's use cases in process: keys, checkpoints, a checked checkpoint,
/// a cosignature, and their refusals as `Failure`s whose lines keep to one language.
@Suite struct TransparencyServiceTests {
    static func fixture(_ folder: TemporaryFolder, batches: Int = 3) throws -> LedgerService {
        let service = LedgerService(path: folder.path + "/ledger")
        _ = try service.create(zone: "赣江新区")
        for (file, recordedAt) in LedgerServiceTests.batches.prefix(batches) {
            _ = try service.importFiles(ImportRequest(files: [Repository.root.appendingPathComponent(file).path],
                                                      recordedAtMs: try #require(Timestamp.parse(recordedAt)), operatorName: "tester"))
        }
        return service
    }

    /// The failure `body` throws, as a front end sees it.
    static func failure(_ body: () throws -> Void) -> Failure? {
        do { try body() } catch { return Failure(error) }
        return nil
    }

    /// Each side in its own language; the zone's name in the origin is a name, not a word.
    static func expectOneLanguageEach(_ f: Failure, _ what: String) {
        #expect(LanguageCheck.strayEnglish(inChinese: f.message(.zh)).isEmpty, "\(what): \(f.message(.zh))")
        #expect(f.message(.zh).unicodeScalars.contains(where: LanguageCheck.isHan), "\(what): \(f.message(.zh))")
        let english = f.message(.en).replacingOccurrences(of: "taizhang/赣江新区", with: "ORIGIN")
        #expect(LanguageCheck.chineseLines(inEnglish: english).isEmpty, "\(what): \(f.message(.en))")
    }

    @Test func aKeyIsWrittenOnceOwnerOnly() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = folder.path + "/zone.key"
        let vkey = try LedgerService.generateKey(name: "taizhang/赣江新区", witness: false, file: file)
        #expect(vkey.hasPrefix("taizhang/赣江新区+"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        let again = try #require(Self.failure { _ = try LedgerService.generateKey(name: "x", witness: false, file: file) })
        #expect(again.kind == .badInput && again.message(.en).contains("already exists"))
        Self.expectOneLanguageEach(again, "key over a file")
        let badName = try #require(Self.failure { _ = try LedgerService.generateKey(name: "a b", witness: false, file: folder.path + "/b.key") })
        #expect(badName.kind == .badInput)
        Self.expectOneLanguageEach(badName, "bad key name")
    }

    @Test func aSignedCheckpointIsTheDigestAndAForgedOneIsRefused() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixture(folder)
        let key = folder.path + "/zone.key"
        let vkey = try LedgerService.generateKey(name: try service.origin(), witness: false, file: key)
        let note = try service.checkpointNote(signingKeyFile: key)
        let file = folder.path + "/cp.txt"
        try (note + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let checked = try LedgerService.checkCheckpoint(file: file, key: vkey)
        let digest = try service.digest()
        #expect(checked.tree.size == digest.sequence && checked.tree.treeHead == digest.treeHead)
        #expect(checked.origin == "taizhang/赣江新区")
        try (note.replacingOccurrences(of: "\n108\n", with: "\n109\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let forged = try #require(Self.failure { _ = try LedgerService.checkCheckpoint(file: file, key: vkey) })
        #expect(forged.kind == .verifyFailed)
        Self.expectOneLanguageEach(forged, "forged checkpoint")
        // The prefix recorded by 30 April 2021: the first two batches.
        #expect(try service.checkpoint(knownAtMs: Timestamp.parse("2021-04-30")).size == 89)
    }

    @Test func theWitnessRefusesASplitViewAndKeepsItsState() throws {
        let folder = TemporaryFolder()
        let zone = try Self.fixture(folder)
        let key = folder.path + "/zone.key", witnessKey = folder.path + "/witness.key", state = folder.path + "/state"
        let vkey = try LedgerService.generateKey(name: try zone.origin(), witness: false, file: key)
        _ = try LedgerService.generateKey(name: "witness.jx.gov", witness: true, file: witnessKey)
        let file = folder.path + "/cp.txt"
        try (try zone.checkpointNote(signingKeyFile: key) + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let cosigned = try LedgerService.cosign(checkpointFile: file, proofFile: nil, witnessKeyFile: witnessKey, zoneKey: vkey, stateFolder: state)
        #expect(cosigned.split(separator: "\n").last?.hasPrefix("\u{2014} witness.jx.gov ") == true)
        // The same origin and size, another past: other recorded times give other hashes.
        let other = TemporaryFolder()
        let rewritten = LedgerService(path: other.path)
        _ = try rewritten.create(zone: "赣江新区")
        for (file, _) in LedgerServiceTests.batches {
            _ = try rewritten.importFiles(ImportRequest(files: [Repository.root.appendingPathComponent(file).path],
                                                        recordedAtMs: try #require(Timestamp.parse("2021-08-01T09:00:00+08:00")), operatorName: "tester"))
        }
        let split = folder.path + "/split.txt"
        try (try rewritten.checkpointNote(signingKeyFile: key) + "\n").write(toFile: split, atomically: true, encoding: .utf8)
        let refused = try #require(Self.failure {
            _ = try LedgerService.cosign(checkpointFile: split, proofFile: nil, witnessKeyFile: witnessKey, zoneKey: vkey, stateFolder: state)
        })
        #expect(refused.kind == .verifyFailed && refused.message(.en).contains("split view"))
        Self.expectOneLanguageEach(refused, "split view")
        // The state still holds the first checkpoint: it cosigns again.
        _ = try LedgerService.cosign(checkpointFile: file, proofFile: nil, witnessKeyFile: witnessKey, zoneKey: vkey, stateFolder: state)
    }

    @Test func aProvinceThatCannotBeReachedIsOneLineInEitherLanguage() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixture(folder, batches: 1)
        let refused = try #require(Self.failure { _ = try service.publish(to: "postgres://taizhang:secret@127.0.0.1:9/postgres", signingKeyFile: nil) })
        #expect(refused.kind == .error && refused.code == "unreachable")
        #expect(!refused.message(.zh).contains("secret") && !refused.message(.en).contains("secret"))
        Self.expectOneLanguageEach(refused, "no server")
        let notAURL = try #require(Self.failure { _ = try LedgerService.provinceVerify(url: "http://example", keysFile: nil) })
        #expect(notAURL.kind == .badInput)
        Self.expectOneLanguageEach(notAURL, "not a URL")
    }
}
