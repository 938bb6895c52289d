/// A row as the parsing thread hands it to the write transaction: the row, and the store's work on it done ahead.
///
/// The writer thread is the import's bottleneck, and a row's stored record, its SHA-256 chain
/// hash and its Merkle leaf need no database once the head is known. So the store's preparer
/// (`RowPreparer` in LedgerStore) makes them on the parsing thread, assuming that every event
/// before the row lands; the writer takes the record as it is when that held (its previous hash
/// and sequence are the head's) and encodes the event again when it did not (after a duplicate).
public struct PreparedRow: Sendable {
    public var row: IncomingRow
    /// The record to store, its hash included; empty when the row was not prepared.
    public var record: [UInt8]
    /// SHA-256(0x00 ‖ record): the record's Merkle leaf (meaningless while `record` is empty).
    public var leaf: SIMD32<UInt8>
    /// The reader checked the event's shape (`Event.shapeViolations`, in `RowMapper`), so the writer need not again.
    public var shapeChecked: Bool

    /// A row with nothing done ahead: the writer does all of it.
    public init(_ row: IncomingRow) {
        self.init(row, record: [], leaf: SIMD32())
    }

    public init(_ row: IncomingRow, record: [UInt8], leaf: SIMD32<UInt8>) {
        self.row = row
        self.record = record
        self.leaf = leaf
        shapeChecked = false
    }
}
