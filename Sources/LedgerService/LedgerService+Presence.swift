internal import LedgerStore
internal import Catalogue

extension LedgerService {
    /// How many events the ledger held at recorded time `knownAtMs` (nil: now): the prefix a
    /// seal names, so a front end can tell whether an import landed while it read.
    public func prefixSize(knownAtMs: Int64?) throws -> UInt64 {
        try open(readOnly: true).prefixSize(FoldFilter(knownAtMs: knownAtMs))
    }
}

extension LedgerService {
    /// Throws the missing-ledger error (`ledger_missing`, in the reader's language) unless a
    /// ledger is at `path`: for front ends that open it later (the web server, its accounts).
    public func requireExists() throws {
        guard exists else { throw StoreError(.missing, .ledgerMissing, path: path) }
    }
}
