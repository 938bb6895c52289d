public import LedgerStore
internal import Catalogue
public import Transparency
internal import Ledger
internal import PostgresNIO
internal import Foundation

/// What one `publish` did.
public struct PublishOutcome: Sendable {
    public var origin: String
    /// The last sequence the province held before, and holds now.
    public var heldBefore: UInt64
    public var heldAfter: UInt64
    public var published: UInt64 { heldAfter - heldBefore }
}

/// Sends a zone's new events and its checkpoint to the province, in one transaction.
///
/// Inside the transaction, with the zone's row locked: the events the province holds must
/// be the zone's own (their last hash is the zone's hash at that sequence, and the first new
/// event links to it), and the new checkpoint must extend the last stored one (a consistency
/// proof from the zone's tree, checked against the stored root). Only then are the new events
/// inserted, `ON CONFLICT (origin, sequence) DO NOTHING`, with the checkpoint.
public struct ProvincePublisher {
    public static let rowsPerInsert = 1_000

    public let database: ProvinceDatabase
    public let store: LedgerStore

    public init(database: ProvinceDatabase, store: LedgerStore) {
        self.database = database
        self.store = store
    }

    public func publish(zone: String, checkpoint: Checkpoint, note: String, vkey: String?) async throws -> PublishOutcome {
        let origin = checkpoint.origin
        return try await database.transaction {
            try await database.run("""
                INSERT INTO zones (origin, zone, vkey) VALUES (\(origin), \(zone), \(vkey))
                ON CONFLICT (origin) DO UPDATE SET vkey = COALESCE(zones.vkey, EXCLUDED.vkey)
                """, table: "zones", origin: origin)
            try await database.run("SELECT origin FROM zones WHERE origin = \(origin) FOR UPDATE", table: "zones", origin: origin)
            let held = try await heldSequence(origin)
            try await checkHeldEventsAreOurs(origin, held: held, size: checkpoint.size)
            try await checkExtendsStoredCheckpoint(checkpoint)
            var next = held + 1
            while next <= checkpoint.size {
                let last = min(checkpoint.size, next + UInt64(ProvincePublisher.rowsPerInsert) - 1)
                try await insertEvents(origin, next...last)
                next = last + 1
            }
            try await database.run("""
                INSERT INTO checkpoints (origin, tree_size, root_hash, note)
                VALUES (\(origin), \(Int64(checkpoint.size)), \(Data(checkpoint.rootHash.bytes)), \(note))
                ON CONFLICT (origin, tree_size) DO NOTHING
                """, table: "checkpoints", origin: origin, sequence: checkpoint.size)
            return PublishOutcome(origin: origin, heldBefore: held, heldAfter: max(held, checkpoint.size))
        }
    }

    func heldSequence(_ origin: String) async throws -> UInt64 {
        let rows = try await database.run("SELECT coalesce(max(sequence), 0)::bigint FROM events WHERE origin = \(origin)",
                                            table: "events", origin: origin)
        for try await (n) in rows.decode(Int64.self) { return UInt64(n) }
        return 0
    }

    func storedHash(_ origin: String, _ sequence: UInt64) async throws -> [UInt8]? {
        let rows = try await database.run("SELECT hash FROM events WHERE origin = \(origin) AND sequence = \(Int64(sequence))",
                                            table: "events", origin: origin, sequence: sequence)
        for try await (hash) in rows.decode(Data.self) { return Array(hash) }
        return nil
    }

    func localHash(_ sequence: UInt64) throws -> [UInt8]? {
        try store.storedValue(at: sequence).map { Array($0.suffix(32)) }
    }

    /// The province's last event must be the zone's at that sequence, and the zone's next must link to it.
    func checkHeldEventsAreOurs(_ origin: String, held: UInt64, size: UInt64) async throws {
        guard held > 0 else { return }
        let stored = try await storedHash(origin, held)
        if try held > size || stored != localHash(held) {
            let first = try await firstDifference(origin, upTo: min(held, size))
            throw ProvinceError(.rewritten, origin: origin, sequence: first, ProvinceText.publishRewritten, ["origin": origin, "sequence": String(first)])
        }
        if size > held, let value = try store.storedValue(at: held + 1), Array(value.prefix(32)) != stored {
            throw ProvinceError(.brokenChain, origin: origin, sequence: held + 1, ProvinceText.publishBrokenChain,
                                ["origin": origin, "sequence": String(held + 1), "previous": String(held)])
        }
    }

    /// The first sequence whose hash differs between the zone and the province. A chain hash
    /// commits to everything before it, so the sequences that agree are a prefix: binary search.
    func firstDifference(_ origin: String, upTo end: UInt64) async throws -> UInt64 {
        var low: UInt64 = 1, high = end + 1   // the answer is in low...high
        while low < high {
            let middle = low + (high - low) / 2
            let same = try await storedHash(origin, middle) == (try localHash(middle))
            if same { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func checkExtendsStoredCheckpoint(_ checkpoint: Checkpoint) async throws {
        let origin = checkpoint.origin
        let rows = try await database.run("SELECT tree_size, root_hash FROM checkpoints WHERE origin = \(origin) ORDER BY tree_size DESC LIMIT 1",
                                            table: "checkpoints", origin: origin)
        var last: (UInt64, MerkleHash)?
        for try await (size, root) in rows.decode((Int64, Data).self) {
            guard let hash = MerkleHash(bytes: Array(root)) else { throw ProvinceError(.verifyFailed, origin: origin, ProvinceErrorText.rootNot32Bytes, ["origin": origin]) }
            last = (UInt64(size), hash)
        }
        guard let (oldSize, oldRoot) = last, oldSize > 0 else { return }
        func refuse() -> ProvinceError {
            ProvinceError(.notExtending, origin: origin, sequence: oldSize, ProvinceText.publishNotExtending, ["origin": origin, "old": String(oldSize)])
        }
        guard oldSize <= checkpoint.size else { throw refuse() }
        if oldSize == checkpoint.size {
            guard oldRoot == checkpoint.rootHash else { throw refuse() }
            return
        }
        let path = try store.storedConsistency(oldSize: oldSize, treeSize: checkpoint.size)?.path
            ?? Merkle.consistencyPath(oldSize: Int(oldSize), leaves: try store.leaves(through: checkpoint.size).hashes)
        guard Merkle.verifyConsistency(oldSize: oldSize, newSize: checkpoint.size, oldRoot: oldRoot, newRoot: checkpoint.rootHash, path: path) else {
            throw refuse()
        }
    }

    /// One multi-row INSERT of the zone's events `range`, their records byte for byte.
    func insertEvents(_ origin: String, _ range: ClosedRange<UInt64>) async throws {
        var sql = "INSERT INTO events (origin, sequence, record, previous_hash, hash, event_id, kind, project, business_date, amount_fen, recorded_at, batch, name, group_name, industry, investor, ref, note) VALUES "
        var binds = PostgresBindings(capacity: range.count * 18)
        for (row, sequence) in range.enumerated() {
            guard let value = try store.storedValue(at: sequence) else {
                throw ProvinceError(.verifyFailed, origin: origin, sequence: sequence, ProvinceErrorText.recordMissing, ["sequence": String(sequence)])
            }
            let r = try EventCodec.decode(value)
            let e = r.event
            let base = row * 18
            sql += (row == 0 ? "" : ", ") + "(" + (1...18).map { i in
                switch i {
                case 9: "$\(base + i)::date"
                case 11: "to_timestamp($\(base + i)::bigint / 1000.0)"
                default: "$\(base + i)"
                }
            }.joined(separator: ", ") + ")"
            binds.append(origin)
            binds.append(Int64(sequence))
            try binds.append(Data(value))
            try binds.append(Data(value.prefix(32)))
            try binds.append(Data(value.suffix(32)))
            binds.append(e.id)
            binds.append(e.kind.name)
            binds.append(e.project)
            binds.append(e.date.description)
            binds.append(e.amount.fen)
            binds.append(r.envelope.recordedAtMs)
            binds.append(Int64(r.envelope.batch))
            for text in [e.name, e.group, e.industry, e.investor, e.ref, e.note] { binds.append(text) }
        }
        sql += " ON CONFLICT (origin, sequence) DO NOTHING"
        try await database.run(PostgresQuery(unsafeSQL: sql, binds: binds), table: "events", origin: origin, sequence: range.lowerBound)
    }
}
