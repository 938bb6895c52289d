public import LedgerStore
public import Transparency
public import Ledger
internal import Catalogue
internal import PostgresNIO
internal import Foundation

/// One zone's rows as the province holds them, and whether they verified.
public struct ZoneRollup: Sendable {
    public var origin: String
    public var zone: String
    public var events: [RecordedEvent] = []
    /// The last stored checkpoint's size and root (nil: none stored).
    public var checkpointSize: UInt64?
    public var checkpointRoot: MerkleHash?
    /// Whether the checkpoints are signed by the zone's registered key.
    public var signed = false
    /// The first thing that did not verify; nil when every check held.
    public var failure: ProvinceError?
    public var verified: Bool { failure == nil }
}

/// Recomputes, for every origin, the chain and the tree heads from the rows and checks them
/// against the stored checkpoints and the zones' keys; a row changed in PostgreSQL is named
/// by origin and sequence.
public struct ProvinceVerifier {
    public let database: ProvinceDatabase
    /// Verifier keys given by the province (origin → key), over those the zones registered.
    public var keys: [String: NoteVerifier]

    public init(database: ProvinceDatabase, keys: [String: NoteVerifier] = [:]) {
        self.database = database
        self.keys = keys
    }

    public func verifyAll() async throws -> [ZoneRollup] {
        var zones: [(String, String, String?)] = []
        for try await (origin, zone, vkey) in try await database.run("SELECT origin, zone, vkey FROM zones ORDER BY origin", table: "zones").decode((String, String, String?).self) {
            zones.append((origin, zone, vkey))
        }
        var result: [ZoneRollup] = []
        for (origin, zone, vkey) in zones {
            var rollup = ZoneRollup(origin: origin, zone: zone)
            do {
                let key = try keys[origin] ?? vkey.map { try NoteVerifier(vkey: $0) }
                try await verify(&rollup, key: key)
            } catch let e as ProvinceError where e.code == .verifyFailed {
                rollup.failure = e
            } catch let e as TransparencyError {
                rollup.failure = ProvinceError(.verifyFailed, origin: origin) { language in
                    TransparencyText.registeredKey.text(language, filling: ["origin": origin, "detail": e.message(language)])
                }
            }
            result.append(rollup)
        }
        return result
    }

    func verify(_ rollup: inout ZoneRollup, key: NoteVerifier?) async throws {
        let origin = rollup.origin
        func fail(_ sequence: UInt64, _ reason: ProvinceErrorText, _ arguments: [String: String] = [:]) -> ProvinceError {
            ProvinceError.notVerified(origin, sequence, reason, arguments)
        }
        let rows = try await database.run("""
            SELECT sequence, record, previous_hash, hash, event_id, kind, project, business_date::text, amount_fen,
                   (extract(epoch FROM recorded_at) * 1000)::bigint, batch, name, group_name, industry, investor, ref, note
            FROM events WHERE origin = \(origin) ORDER BY sequence
            """, table: "events", origin: origin)
        var previous = EventCodec.genesisHash
        var tree = TreeHeadBuilder()
        var leaves: [MerkleHash] = []
        for try await row in rows {
            let c = row.makeRandomAccess()
            let sequence = UInt64(try c[0].decode(Int64.self))
            let record = Array(try c[1].decode(Data.self))
            guard sequence == UInt64(leaves.count) + 1 else { throw fail(UInt64(leaves.count) + 1, .rowMissing, ["next": String(sequence)]) }
            guard record.count > 64, record.prefix(32).elementsEqual(previous) else { throw fail(sequence, .rowNotLinked, ["previous": String(sequence - 1)]) }
            guard record.suffix(32).elementsEqual(ChainHash.sha256(Array(record.dropLast(32)))) else { throw fail(sequence, .rowAltered) }
            let r: RecordedEvent
            do { r = try EventCodec.decode(record) } catch { throw fail(sequence, .rowUndecodable) }
            let e = r.event
            let columns: [(String, Bool)] = [
                ("previous_hash", Array(try c[2].decode(Data.self)) == Array(record.prefix(32))),
                ("hash", Array(try c[3].decode(Data.self)) == Array(record.suffix(32))),
                ("event_id", try c[4].decode(String.self) == e.id), ("kind", try c[5].decode(String.self) == e.kind.name),
                ("project", try c[6].decode(String.self) == e.project), ("business_date", try c[7].decode(String.self) == e.date.description),
                ("amount_fen", try c[8].decode(Int64.self) == e.amount.fen), ("recorded_at", try c[9].decode(Int64.self) == r.envelope.recordedAtMs),
                ("batch", try c[10].decode(Int64.self) == Int64(r.envelope.batch)), ("name", try c[11].decode(String.self) == e.name),
                ("group_name", try c[12].decode(String.self) == e.group), ("industry", try c[13].decode(String.self) == e.industry),
                ("investor", try c[14].decode(String.self) == e.investor), ("ref", try c[15].decode(String.self) == e.ref),
                ("note", try c[16].decode(String.self) == e.note), ("sequence", r.sequence == sequence),
            ]
            if let bad = columns.first(where: { !$0.1 }) { throw fail(sequence, .rowColumnEdited, ["column": bad.0]) }
            previous = Array(record.suffix(32))
            let leaf = Merkle.leafHash(record)
            leaves.append(leaf)
            tree.append(leaf)
            rollup.events.append(r)
        }
        try await verifyCheckpoints(&rollup, leaves: leaves, key: key, fail: fail)
    }

    func verifyCheckpoints(_ rollup: inout ZoneRollup, leaves: [MerkleHash], key: NoteVerifier?,
                           fail: (UInt64, ProvinceErrorText, [String: String]) -> ProvinceError) async throws {
        let origin = rollup.origin
        let rows = try await database.run("SELECT tree_size, root_hash, note FROM checkpoints WHERE origin = \(origin) ORDER BY tree_size",
                                            table: "checkpoints", origin: origin)
        rollup.signed = key != nil
        for try await (size, root, note) in rows.decode((Int64, Data, String).self) {
            let n = UInt64(size)
            guard n <= UInt64(leaves.count) else { throw fail(n, .checkpointBeyondRows, ["size": String(n), "rows": String(leaves.count)]) }
            let recomputed = Merkle.root(leaves, 0..<Int(n))
            guard Array(root) == recomputed.bytes else { throw fail(n, .checkpointRootDiffers, [:]) }
            let text = Checkpoint(origin: origin, size: n, rootHash: recomputed).text
            if let key {
                do {
                    let signed = try SignedCheckpoint(parsing: note)
                    guard signed.checkpoint.text == text else { throw fail(n, .checkpointNotStoredOne, [:]) }
                    try signed.verify(key)
                } catch let e as TransparencyError {
                    throw ProvinceError.notVerified(origin, n) { ProvinceErrorText.checkpointSignature.text($0, filling: ["detail": e.message($0)]) }
                }
            } else if !note.hasPrefix(text) {
                throw fail(n, .checkpointNoteDiffers, [:])
            }
            rollup.checkpointSize = n
            rollup.checkpointRoot = recomputed
        }
        if let last = rollup.checkpointSize, last != UInt64(leaves.count) {
            throw fail(last + 1, .rowsBeyondCheckpoint, ["last": String(last)])
        }
    }
}
