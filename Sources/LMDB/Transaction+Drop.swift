internal import CLMDB

extension Transaction {
    /// Deletes a database from the environment and closes its handle (`mdb_drop` with 1).
    ///
    /// For tests and tools that make a ledger look as one written by an older version.
    public func drop(_ db: Database) throws {
        try check(mdb_drop(handle, db.dbi, 1), "mdb_drop(\(db.name), delete)")
    }
}
