import Foundation
import LMDB
import Ledger
import LedgerStore
import TestSupport
import Testing

/// Every named database and every meta key, changed behind taizhang's back with raw LMDB
/// writes (flip, delete, add, reorder, rewrite-and-rechain), and the data file cut short or
/// its pages damaged: `verify` exits 4 with exactly one line naming the sequence or the
/// database and key, and a consistency proof from a digest kept before fails where the
/// change rewrote that history.
@Suite struct TamperCatalogueTests {
    /// One way to change one thing, and what `verify`'s line must name.
    struct Tamper: CustomTestStringConvertible, Sendable {
        let name: String
        /// A part of the one line `verify --lang en` prints, e.g. `sequence 40` or `batches key 2`.
        let names: String
        /// True when the first 89 events (the kept digest's) are no longer what they were.
        var rewritesOldHistory = false
        let change: @Sendable (borrowing Transaction, Databases) throws -> Void
        var testDescription: String { name }
    }

    struct Databases {
        let dbs: [String: Database]
        subscript(_ name: String) -> Database { dbs[name]! }
    }

    static func key(_ n: UInt64) -> [UInt8] { n.bigEndianBytes }
    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Re-hashes the log from `sequence` on after its record was replaced: the chain holds again.
    static func rechain(from sequence: UInt64, _ txn: borrowing Transaction, _ events: Database) throws {
        var previous = try #require(try txn.get(events, key: key(sequence - 1))).suffix(32).map { $0 }
        var s = sequence
        while var value = try txn.get(events, key: key(s)) {
            value.replaceSubrange(0..<32, with: previous)
            value.replaceSubrange((value.count - 32)..., with: ChainHash.sha256(Array(value.dropLast(32))))
            try txn.put(events, key: key(s), value: value)
            previous = Array(value.suffix(32))
            s += 1
        }
    }

    static let catalogue: [Tamper] = [
        // events
        Tamper(name: "events: flip a byte", names: "sequence 40", rewritesOldHistory: true) { txn, db in
            var v = try #require(try txn.get(db["events"], key: key(40))); v[v.count - 40] ^= 1
            try txn.put(db["events"], key: key(40), value: v)
        },
        Tamper(name: "events: delete one", names: "sequence 40", rewritesOldHistory: true) { txn, db in
            try txn.delete(db["events"], key: key(40))
        },
        Tamper(name: "events: add one past the head", names: "sequence 109") { txn, db in
            var v = try #require(try txn.get(db["events"], key: key(108)))
            v.replaceSubrange(34..<42, with: key(109))
            try txn.put(db["events"], key: key(109), value: v)
        },
        Tamper(name: "events: reorder two", names: "sequence 40", rewritesOldHistory: true) { txn, db in
            let a = try #require(try txn.get(db["events"], key: key(40))), b = try #require(try txn.get(db["events"], key: key(41)))
            try txn.put(db["events"], key: key(40), value: b); try txn.put(db["events"], key: key(41), value: a)
        },
        Tamper(name: "events: rewrite an amount and rechain", names: "meta key head_hash", rewritesOldHistory: true) { txn, db in
            var v = try #require(try txn.get(db["events"], key: key(40)))
            v[32 + 37] ^= 0x10   // a byte of amount_fen (offset 32 + 1 + 1 + 8 + 8 + 8 + 4 + 4 = 66..73)
            try txn.put(db["events"], key: key(40), value: v)
            try rechain(from: 40, txn, db["events"])
        },
        Tamper(name: "events: a length of 2^31 and rechain", names: "sequence 50", rewritesOldHistory: true) { txn, db in
            var v = try #require(try txn.get(db["events"], key: key(50)))
            v.replaceSubrange(74..<78, with: [0x80, 0, 0, 0])   // the id's u32 length
            try txn.put(db["events"], key: key(50), value: v)
            try rechain(from: 50, txn, db["events"])
        },
        Tamper(name: "events: an impossible date and rechain", names: "sequence 60", rewritesOldHistory: true) { txn, db in
            var v = try #require(try txn.get(db["events"], key: key(60)))
            v.replaceSubrange(62..<66, with: [0x01, 0x34, 0x57, 0x1F])   // 20207391: no such day
            try txn.put(db["events"], key: key(60), value: v)
            try rechain(from: 60, txn, db["events"])
        },
        // event_ids
        Tamper(name: "event_ids: point elsewhere", names: "maps E-2021Q1-001 to 28") { txn, db in
            try txn.put(db["event_ids"], key: text("E-2021Q1-001"), value: key(28))
        },
        Tamper(name: "event_ids: delete one", names: "has no entry for E-2021Q1-001") { txn, db in
            try txn.delete(db["event_ids"], key: text("E-2021Q1-001"))
        },
        Tamper(name: "event_ids: add one", names: "event_ids: has 109 entries for 108 events") { txn, db in
            try txn.put(db["event_ids"], key: text("E-NOWHERE"), value: key(3))
        },
        Tamper(name: "event_ids: a short value", names: "event_ids key E-2021Q1-001") { txn, db in
            try txn.put(db["event_ids"], key: text("E-2021Q1-001"), value: [1, 2, 3])
        },
        // project_events
        Tamper(name: "project_events: delete a project", names: "`project_events` for GJ-2021-001") { txn, db in
            try txn.delete(db["project_events"], key: text("GJ-2021-001"))
        },
        Tamper(name: "project_events: add a sequence", names: "`project_events` for GJ-2021-001") { txn, db in
            try txn.put(db["project_events"], key: text("GJ-2021-001"), value: key(107))
        },
        // voids
        Tamper(name: "voids: delete the void", names: "for event E-2021Q1-039") { txn, db in
            try txn.delete(db["voids"], key: text("E-2021Q1-039"))
        },
        Tamper(name: "voids: add a void", names: "for event E-2021Q1-001") { txn, db in
            try txn.put(db["voids"], key: text("E-2021Q1-001"), value: key(108))
        },
        // batches
        Tamper(name: "batches: flip the event count", names: "batches key 2") { txn, db in
            var v = try #require(try txn.get(db["batches"], key: key(2))); v[24] ^= 1
            try txn.put(db["batches"], key: key(2), value: v)
        },
        Tamper(name: "batches: flip the recorded time", names: "is not its batch's") { txn, db in
            var v = try #require(try txn.get(db["batches"], key: key(2))); v[48] ^= 1
            try txn.put(db["batches"], key: key(2), value: v)
        },
        Tamper(name: "batches: flip the first sequence", names: "batches key 2: first sequence says") { txn, db in
            var v = try #require(try txn.get(db["batches"], key: key(2))); v[16] ^= 1
            try txn.put(db["batches"], key: key(2), value: v)
        },
        Tamper(name: "batches: flip the rows", names: "batches key 2: rows") { txn, db in
            var v = try #require(try txn.get(db["batches"], key: key(2))); v[32] ^= 1
            try txn.put(db["batches"], key: key(2), value: v)
        },
        Tamper(name: "batches: flip the file SHA-256", names: "batches key 2") { txn, db in
            var v = try #require(try txn.get(db["batches"], key: key(2))); v[60] ^= 1
            try txn.put(db["batches"], key: key(2), value: v)
        },
        Tamper(name: "batches: delete one", names: "batches key 3") { txn, db in
            try txn.delete(db["batches"], key: key(2))
        },
        Tamper(name: "batches: add one", names: "batches key 4") { txn, db in
            var v = try #require(try txn.get(db["batches"], key: key(3)))
            v.replaceSubrange(1..<9, with: key(4))
            try txn.put(db["batches"], key: key(4), value: v)
        },
        Tamper(name: "batches: reorder two", names: "batches key 2") { txn, db in
            let a = try #require(try txn.get(db["batches"], key: key(2))), b = try #require(try txn.get(db["batches"], key: key(3)))
            try txn.put(db["batches"], key: key(2), value: b); try txn.put(db["batches"], key: key(3), value: a)
        },
        Tamper(name: "batches: cut a record short", names: "batches key 3") { txn, db in
            let v = try #require(try txn.get(db["batches"], key: key(3)))
            try txn.put(db["batches"], key: key(3), value: Array(v.prefix(40)))
        },
        // batch_files
        Tamper(name: "batch_files: an orphan entry", names: "batch_files key") { txn, db in
            try txn.put(db["batch_files"], key: [UInt8](repeating: 0xAB, count: 32), value: key(2))
        },
        Tamper(name: "batch_files: an orphan naming no batch", names: "which `batches` does not hold") { txn, db in
            try txn.put(db["batch_files"], key: [UInt8](repeating: 0xCD, count: 32), value: key(99))
        },
        Tamper(name: "batch_files: delete one", names: "batches key") { txn, db in
            var keyOfFirst: [UInt8] = []
            try txn.withCursor(db["batch_files"]) { c in keyOfFirst = [UInt8](try #require(try c.first()).key) }
            try txn.delete(db["batch_files"], key: keyOfFirst)
        },
        Tamper(name: "batch_files: point elsewhere", names: "batches key") { txn, db in
            var keyOfFirst: [UInt8] = []
            try txn.withCursor(db["batch_files"]) { c in keyOfFirst = [UInt8](try #require(try c.first()).key) }
            let id = try #require(try txn.get(db["batch_files"], key: keyOfFirst))
            try txn.put(db["batch_files"], key: keyOfFirst, value: key(id.last! == 1 ? 2 : 1))
        },
        // projects, quarters
        Tamper(name: "projects: rewrite one", names: "projects key GJ-2021-001") { txn, db in
            let other = try #require(try txn.get(db["projects"], key: text("GJ-2021-002")))
            try txn.put(db["projects"], key: text("GJ-2021-001"), value: other)
        },
        Tamper(name: "projects: delete one", names: "projects key") { txn, db in
            try txn.delete(db["projects"], key: text("GJ-2021-001"))
        },
        Tamper(name: "quarters: flip a figure", names: "quarters key") { txn, db in
            var k: [UInt8] = [], v: [UInt8] = []
            try txn.withCursor(db["quarters"]) { c in let e = try #require(try c.first()); k = [UInt8](e.key); v = [UInt8](e.value) }
            v[v.count - 1] ^= 1
            try txn.put(db["quarters"], key: k, value: v)
        },
        Tamper(name: "quarters: add one", names: "quarters key") { txn, db in
            var v: [UInt8] = []
            try txn.withCursor(db["quarters"]) { c in v = [UInt8](try #require(try c.first()).value) }
            try txn.put(db["quarters"], key: [0, 0, 0x1F, 0x99] + text("GJ-NOWHERE"), value: v)
        },
        // meta
        Tamper(name: "meta: head_seq lowered", names: "meta key head_seq") { txn, db in
            try txn.put(db["meta"], key: text("head_seq"), value: key(107))
        },
        Tamper(name: "meta: head_hash flipped", names: "meta key head_hash") { txn, db in
            var v = try #require(try txn.get(db["meta"], key: text("head_hash"))); v[0] ^= 1
            try txn.put(db["meta"], key: text("head_hash"), value: v)
        },
        Tamper(name: "meta: head_recorded_at_ms lowered", names: "meta key head_recorded_at_ms") { txn, db in
            try txn.put(db["meta"], key: text("head_recorded_at_ms"), value: UInt64(1_600_000_000_000).bigEndianBytes)
        },
        Tamper(name: "meta: batch_count lowered", names: "meta key batch_count") { txn, db in
            try txn.put(db["meta"], key: text("batch_count"), value: key(2))
        },
        Tamper(name: "meta: batch_count raised", names: "meta key batch_count") { txn, db in
            try txn.put(db["meta"], key: text("batch_count"), value: key(4))
        },
        Tamper(name: "meta: batch_count deleted", names: "meta key batch_count") { txn, db in
            try txn.delete(db["meta"], key: text("batch_count"))
        },
        Tamper(name: "meta: format 0", names: "format version 0, which never existed") { txn, db in
            try txn.put(db["meta"], key: text("format"), value: key(0))
        },
        Tamper(name: "meta: head_seq cut short", names: "meta key head_seq") { txn, db in
            try txn.put(db["meta"], key: text("head_seq"), value: [0, 108])
        },
        Tamper(name: "meta: zone not UTF-8", names: "meta key zone") { txn, db in
            var v = try #require(try txn.get(db["meta"], key: text("zone"))); v[1] ^= 0x40
            try txn.put(db["meta"], key: text("zone"), value: v)
        },
        Tamper(name: "meta: created_at_ms after the first import", names: "meta key created_at_ms") { txn, db in
            try txn.put(db["meta"], key: text("created_at_ms"), value: UInt64(Int64.max).bigEndianBytes)
        },
        Tamper(name: "meta: an unknown key added", names: "meta key head_sequence") { txn, db in
            try txn.put(db["meta"], key: text("head_sequence"), value: key(1))
        },
    ]

    static let fixture: String = try! fixtureLedger()
    static let oldDigest: LedgerDigest = try! LedgerStore(path: fixture, readOnly: true).digest(at: 89)

    static func copyOfFixture() throws -> String {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture + "/data.mdb", toPath: folder + "/data.mdb")
        return folder
    }

    static func apply(_ tamper: Tamper, to folder: String) throws {
        let env = try Environment(path: folder)
        let names = ["events", "event_ids", "project_events", "voids", "batches", "batch_files", "projects", "quarters", "meta"]
        let opened = try env.openDatabases(names.map { ($0, $0 == "project_events" ? [.duplicateSort, .duplicateFixed] : []) }, create: false)
        let dbs = Databases(dbs: Dictionary(uniqueKeysWithValues: zip(names, opened)))
        try env.write { txn in try tamper.change(txn, dbs) }
    }

    /// The one line `verify` prints, and that it is only one.
    static func expectOneLine(_ r: Run, naming: String, _ what: String) {
        #expect(r.status == 4, "\(what): verify exited \(r.status): \(r.stdout) \(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(what): \(r.stderr)")
        #expect(r.stderr.contains(naming), "\(what): the line does not name \(naming): \(r.stderr)")
    }

    @Test(arguments: catalogue) func verifyExitsFourWithOneLineNamingIt(_ tamper: Tamper) throws {
        let ledger = try Self.copyOfFixture()
        try Self.apply(tamper, to: ledger)
        Self.expectOneLine(try taizhang(ledger, "verify", "--lang", "en"), naming: tamper.names, tamper.name)
        let chinese = try taizhang(ledger, "verify")
        #expect(chinese.status == 4 && chinese.stderr.split(separator: "\n").count == 1, "\(tamper.name): \(chinese.stderr)")
        #expect(!chinese.stderr.contains("verif") && !chinese.stderr.contains("damaged"), "English in the Chinese line: \(chinese.stderr)")
        let old = "\(Self.oldDigest.sequence):\(Self.oldDigest.treeHead.hex)"
        let proof = try taizhang(ledger, "prove", "--verify", "--from", old)
        #expect(proof.status == 4, "\(tamper.name): prove --from issued a proof: \(proof.stdout)")
        #expect(proof.stdout.isEmpty && proof.stderr.split(separator: "\n").count == 1, "\(tamper.name): \(proof.stderr)")
        if tamper.rewritesOldHistory {
            // Beyond prove's refusal: over the changed log no consistency proof leads from the kept tree head.
            let leaves = try Self.leaves(ledger)
            let path = Merkle.consistencyPath(oldSize: 89, leaves: leaves)
            #expect(!Merkle.verifyConsistency(oldSize: 89, newSize: UInt64(leaves.count), oldRoot: Self.oldDigest.treeHead,
                                              newRoot: Merkle.root(leaves), path: path), "\(tamper.name)")
        }
    }

    static func leaves(_ ledger: String) throws -> [MerkleHash] {
        var leaves: [MerkleHash] = []
        let env = try Environment(path: ledger, options: EnvironmentOptions(readOnly: true))
        let events = try env.openDatabases([("events", [])], create: false)[0]
        try env.read { txn in
            try txn.withCursor(events) { cursor in
                var entry = try cursor.first()
                while let e = entry { leaves.append(Merkle.leafHash(e.value)); entry = try cursor.next() }
            }
        }
        return leaves
    }

    /// History rewritten completely: events rechained, meta's head set to the new last hash and
    /// the projections rebuilt. Nothing inside the ledger can tell (verify passes, as it must:
    /// the ledger is consistent with itself); the digest kept before is what catches it.
    @Test func aCompleteRewriteIsCaughtByTheKeptDigestAlone() throws {
        let ledger = try Self.copyOfFixture()
        try Self.apply(Tamper(name: "rewrite", names: "") { txn, db in
            var v = try #require(try txn.get(db["events"], key: Self.key(40)))
            v[32 + 37] ^= 0x10
            try txn.put(db["events"], key: Self.key(40), value: v)
            try Self.rechain(from: 40, txn, db["events"])
            try txn.put(db["meta"], key: Self.text("head_hash"), value: Array(try #require(try txn.get(db["events"], key: Self.key(108))).suffix(32)))
        }, to: ledger)
        #expect(try taizhang(ledger, "rebuild").status == 0)
        #expect(try taizhang(ledger, "verify").status == 0)
        let old = "\(Self.oldDigest.sequence):\(Self.oldDigest.treeHead.hex)"
        let proof = try taizhang(ledger, "prove", "--from", old)
        #expect(proof.status == 4 && proof.stdout.isEmpty, "\(proof.stdout)")
        #expect(proof.stderr.contains("history was rewritten") && proof.stderr.split(separator: "\n").count == 1, "\(proof.stderr)")
    }

    /// A named database deleted whole: damaged, one line naming it.
    @Test func aMissingNamedDatabaseIsOneLineNamingIt() throws {
        let ledger = try Self.copyOfFixture()
        let env = try Environment(path: ledger)
        let batches = try env.openDatabases([("batches", [])], create: false)[0]
        try env.write { txn in try txn.drop(batches) }
        #expect(try taizhang(ledger, "digest").status == 4)
        Self.expectOneLine(try taizhang(ledger, "verify", "--lang", "en"), naming: "batches is missing", "dropped batches")
    }

    enum FileDamage: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case half, sixteenKiB, eightKiB, fourKiB, empty, eventsLeafZeroed, branchGarbage
        var testDescription: String { rawValue }
    }

    /// A data file cut short or with damaged pages: every command that reads it says so in one
    /// line and exits 4 (or, for a page that damage left readable, reads it), never by a signal.
    @Test(arguments: FileDamage.allCases) func aDamagedFileIsOneLineAndExitFourNeverASignal(_ damage: FileDamage) throws {
        let ledger = try Self.copyOfFixture()
        let file = ledger + "/data.mdb"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        switch damage {
        case .half: bytes = Array(bytes.prefix(bytes.count / 2))
        case .sixteenKiB: bytes = Array(bytes.prefix(16 << 10))
        case .eightKiB: bytes = Array(bytes.prefix(8 << 10))
        case .fourKiB: bytes = Array(bytes.prefix(4 << 10))
        case .empty: bytes = []
        case .eventsLeafZeroed, .branchGarbage:
            // In the fixture pages 20 and 21 hold leaves of `events`, page 30 one of `quarters`; garbage goes on every third page.
            break
        }
        let pages: [Int] = damage == .eventsLeafZeroed ? [20, 21, 30] : damage == .branchGarbage ? Array(stride(from: 2, to: bytes.count / 4096, by: 3)) : [-1]
        for page in pages {
            var damaged = bytes
            if page >= 0 {
                var g = SeededGenerator(seed: UInt64(page))
                for i in (page * 4096 + 16)..<((page + 1) * 4096) { damaged[i] = damage == .eventsLeafZeroed ? 0 : UInt8.random(in: 0...255, using: &g) }
            }
            try Data(damaged).write(to: URL(fileURLWithPath: file))
            let commands = damage == .branchGarbage ? [["verify"], ["export", "--jsonl"]]
                : [["verify"], ["digest"], ["export", "--jsonl"], ["summary", "2021Q1"], ["show", "GJ-2021-001"]]
            for command in commands {
                let r = try run(taizhangBinary, ["--db", ledger] + command)
                #expect(r.status >= 0 && r.status < 128, "\(damage) page \(page) \(command): died by a signal: \(r.stderr.prefix(300))")
                if r.status != 0 { #expect(r.stderr.split(separator: "\n").count == 1, "\(damage) page \(page) \(command): \(r.stderr.prefix(500))") }
                if page < 0 || command == ["verify"] && damage == .eventsLeafZeroed {
                    #expect(r.status == 4, "\(damage) page \(page) \(command): exit \(r.status) \(r.stderr)")
                }
            }
            if page < 0 || damage == .eventsLeafZeroed && page != 30 {
                let checker = try run(repositoryRoot.path + "/Tools/check-ledger", [ledger])
                #expect(checker.status == 4 && checker.stderr.split(separator: "\n").count == 1, "\(damage) page \(page): check-ledger \(checker.status) \(checker.stderr.prefix(500))")
            }
        }
    }
}
