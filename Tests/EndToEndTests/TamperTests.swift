import Foundation
import LMDB
import Ledger
import LedgerStore
import Testing
import TestSupport

/// Copies of the fixture ledger changed behind taizhang's back with raw LMDB writes: `verify`
/// catches each change (naming the sequence when the change is to the log), `prove --verify --from`
/// refuses a consistency proof from a digest kept before it, and changes to the log also
/// defeat the Merkle proof itself and the independent checker.
@Suite struct TamperTests {
    enum Tamper: String, CaseIterable, CustomTestStringConvertible {
        case flippedByte, deletedEvent, swappedEvents, appendedWithoutChain, indexPointsElsewhere, projectionEdited, merkleNodeAltered
        var testDescription: String { rawValue }

        /// The sequence `verify` must name first (0: a failure about an index or projection).
        var badSequence: UInt64 {
            switch self {
            case .flippedByte, .deletedEvent, .swappedEvents: 40
            case .appendedWithoutChain: 109
            case .indexPointsElsewhere, .projectionEdited, .merkleNodeAltered: 0
            }
        }

        /// True when the change is to the first 89 events, the ones the old digest covers.
        var rewritesOldHistory: Bool { badSequence > 0 && badSequence <= 89 }
    }

    /// The fixture ledger (108 events), built once.
    static let fixture: String = Fixture.once { try fixtureLedger() }
    /// Its digest after the second batch (89 events), as an auditor kept it then.
    static func oldDigest() throws -> LedgerDigest { try LedgerStore(path: fixture, readOnly: true).digest(at: 89) }

    static let names = ["events", "event_ids", "project_events", "voids", "batches", "batch_files", "projects", "quarters", "meta", "merkle_nodes"]

    /// A copy of the fixture's data file in a new folder.
    static func copyOfFixture() throws -> String {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture + "/data.mdb", toPath: folder + "/data.mdb")
        return folder
    }

    static func key(_ sequence: UInt64) -> [UInt8] { withUnsafeBytes(of: sequence.bigEndian) { Array($0) } }

    /// Applies `tamper` with raw LMDB writes: no taizhang code touches the ledger.
    static func apply(_ tamper: Tamper, to folder: String) throws {
        let env = try Environment(path: folder)
        let dbs = try env.openDatabases(names.map { ($0, $0 == "project_events" ? [.duplicateSort, .duplicateFixed] : []) }, create: false)
        let events = dbs[0], eventIds = dbs[1], projects = dbs[6]
        try env.write { txn in
            switch tamper {
            case .flippedByte:
                var value = try #require(try txn.get(events, key: key(40)))
                value[value.count - 40] ^= 0x01   // a byte of the note, just before the hash
                try txn.put(events, key: key(40), value: value)
            case .deletedEvent:
                _ = try txn.delete(events, key: key(40))
            case .swappedEvents:
                let a = try #require(try txn.get(events, key: key(40))), b = try #require(try txn.get(events, key: key(41)))
                try txn.put(events, key: key(40), value: b)
                try txn.put(events, key: key(41), value: a)
            case .appendedWithoutChain:
                // Event 108 again as 109: its own hash right, its previous hash not the head's.
                var value = try #require(try txn.get(events, key: key(108)))
                value.replaceSubrange(34..<42, with: key(109))
                value.replaceSubrange(0..<32, with: [UInt8](repeating: 0, count: 32))
                value.replaceSubrange((value.count - 32)..., with: ChainHash.sha256(Array(value.dropLast(32))))
                try txn.put(events, key: key(109), value: value)
            case .indexPointsElsewhere:
                try txn.put(eventIds, key: Array("E-2021Q1-001".utf8), value: key(28))
            case .merkleNodeAltered:
                var value = try #require(try txn.get(dbs[9], key: key(50)))
                value[0] ^= 0x01
                try txn.put(dbs[9], key: key(50), value: value)
            case .projectionEdited:
                let other = try #require(try txn.get(projects, key: Array("GJ-2021-002".utf8)))
                try txn.put(projects, key: Array("GJ-2021-001".utf8), value: other)
            }
        }
    }

    @Test(arguments: Tamper.allCases) func verifyCatchesIt(_ tamper: Tamper) throws {
        let ledger = try Self.copyOfFixture()
        #expect(try taizhang(ledger, "verify").status == 0)
        try Self.apply(tamper, to: ledger)
        let verify = try taizhang(ledger, "verify", "--json")
        #expect(verify.status == 4, "verify passed after \(tamper): \(verify.stdout)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect(report["ok"] as? Bool == false)
        if tamper.badSequence > 0 {
            #expect(report["first_bad_sequence"] as? Int == Int(tamper.badSequence), "\(report)")
            let text = try taizhang(ledger, "verify", "--lang", "en")
            #expect(text.stderr.contains("sequence \(tamper.badSequence)"), "\(text.stderr)")
        }
    }

    @Test(arguments: Tamper.allCases) func aConsistencyProofFromAnOldDigestFails(_ tamper: Tamper) throws {
        let ledger = try Self.copyOfFixture()
        let kept = try Self.oldDigest()
        let old = "\(kept.sequence):\(kept.treeHead.hex)"
        let before = try taizhang(ledger, "prove", "--verify", "--from", old)
        #expect(before.status == 0, "\(before.stderr)")
        try Self.apply(tamper, to: ledger)
        let after = try taizhang(ledger, "prove", "--verify", "--from", old)
        #expect(after.status == 4, "prove --from issued a proof after \(tamper)")
        #expect(after.stdout.isEmpty)
        #expect(after.stderr.split(separator: "\n").count == 1, "\(after.stderr)")
    }

    /// Beyond `prove`'s refusal: over the changed log's own leaves no consistency proof leads
    /// from the old tree head when history before it changed, and the independent checker fails.
    @Test(arguments: Tamper.allCases) func theProofMathAndTheIndependentCheckerSeeChangesToTheLog(_ tamper: Tamper) throws {
        let ledger = try Self.copyOfFixture()
        try Self.apply(tamper, to: ledger)
        var leaves: [MerkleHash] = []
        let env = try Environment(path: ledger, options: EnvironmentOptions(readOnly: true))
        let events = try env.openDatabases([("events", [])], create: false)[0]
        try env.read { txn in
            try txn.withCursor(events) { cursor in
                var entry = try cursor.first()
                while let e = entry {
                    leaves.append(Merkle.leafHash(e.value))
                    entry = try cursor.next()
                }
            }
        }
        let old = try Self.oldDigest()
        let path = Merkle.consistencyPath(oldSize: Int(old.sequence), leaves: leaves)
        let holds = Merkle.verifyConsistency(oldSize: old.sequence, newSize: UInt64(leaves.count), oldRoot: old.treeHead,
                                             newRoot: Merkle.root(leaves), path: path)
        #expect(holds == !tamper.rewritesOldHistory, "\(tamper)")

        let checker = try run(repositoryRoot.path + "/Tools/check-ledger", [ledger])
        #expect(checker.status == (tamper.badSequence > 0 ? 4 : 0), "\(tamper): \(checker.stderr)")
        if tamper.badSequence > 0 { #expect(checker.stderr.contains("sequence \(tamper.badSequence)"), "\(checker.stderr)") }
    }
}
