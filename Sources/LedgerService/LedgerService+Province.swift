public import Ledger
public import LedgerProvince
internal import Catalogue
internal import LedgerStore
internal import Transparency

/// The province's use cases on its PostgreSQL rollup: create it, publish a zone into it, verify
/// it, summarise it. Each opens one connection for the call and closes it, whatever happens.
extension LedgerService {
    /// Runs `body` on a connection to `url`, closed afterwards also when `body` throws.
    static func withProvince<T: Sendable>(_ url: String, _ body: @escaping @Sendable (ProvinceDatabase) async throws -> T) throws -> T {
        try Blocking.run {
            let database = try await ProvinceDatabase.connect(url)
            do {
                let value = try await body(database)
                await database.close()
                return value
            } catch {
                await database.close()
                throw error
            }
        }
    }

    /// Creates the rollup's tables and views when missing (`province init`); a second run changes nothing.
    public static func provinceInit(url: String) throws {
        try withProvince(url) { try await $0.createSchema() }
    }

    /// Sends this zone's events after the last one the province holds, and its checkpoint
    /// (signed with the key in `signingKeyFile`, whose verifier key is then registered), in one
    /// transaction; refused, with nothing written, when the zone rewrote what it published.
    public func publish(to url: String, signingKeyFile: String?) throws -> PublishOutcome {
        let store = try open(readOnly: true)
        let signer = try signingKeyFile.map(KeyFiles.signer)
        let checkpoint = try Self.checkpoint(of: store, knownAtMs: nil)
        let note = try signer.map { try SignedCheckpoint(checkpoint, signer: $0).note.rendered } ?? checkpoint.text
        let zone = try store.zone()
        let vkey = signer?.verifier.vkey
        return try Self.withProvince(url) { database in
            try await ProvincePublisher(database: database, store: store).publish(zone: zone, checkpoint: checkpoint, note: note, vkey: vkey)
        }
    }

    /// Every zone's rows, each recomputed and checked against its checkpoints and key (the
    /// file `keysFile` names, one verifier key a line, over the keys the zones registered).
    public static func provinceRollups(url: String, keysFile: String?) throws -> [ZoneRollup] {
        let keys = try keysFile.map(KeyFiles.verifiers) ?? [:]
        return try withProvince(url) { try await ProvinceVerifier(database: $0, keys: keys).verifyAll() }
    }

    /// `province verify`: every zone's rows, or the first thing that does not verify, thrown.
    public static func provinceVerify(url: String, keysFile: String?) throws -> [ZoneRollup] {
        let rollups = try provinceRollups(url: url, keysFile: keysFile)
        if let failure = rollups.compactMap(\.failure).first { throw failure }
        return rollups
    }

    /// `province summary`: each zone's figures for `period` by the zone's own summary code,
    /// under the built-in rule set's targets, and the province's total.
    public static func provinceSummary(url: String, keysFile: String?, period: Period, threshold: Money) throws -> ProvinceSummary {
        let rollups = try provinceRollups(url: url, keysFile: keysFile)
        return try ProvinceSummary.compute(rollups, period: period, threshold: threshold, targets: RuleSet.builtIn.targets(year: period.year))
    }
}
