/// A row as the parsing thread hands it to the write transaction: the row, and the store's work on it done ahead.
///
/// The writer thread is the import's bottleneck, and a row's stored record, its SHA-256 chain
/// hash and its Merkle leaf need no database once the head is known. So the store's preparer
/// (`RowPreparer` in LedgerStore) makes them on the parsing thread, assuming that every event
/// before the row lands; the writer takes the record as it is when that held (its previous hash
/// and sequence are the head's) and encodes the event again when it did not (after a duplicate).
/// The record lies in a `ByteBlock` shared by many rows: no allocation (and no free on the
/// other thread) per row.
public struct PreparedRow: Sendable {
    public var row: IncomingRow
    /// The block holding the record to store (its hash included); nil when the row was not prepared.
    public var block: ByteBlock?
    public var offset: Int32
    public var count: Int32
    /// SHA-256(0x00 ‖ record): the record's Merkle leaf (meaningless without a record).
    public var leaf: SIMD32<UInt8>
    /// The reader checked the event's shape (`Event.shapeViolations`, in `RowMapper`), so the writer need not again.
    public var shapeChecked: Bool

    /// A row with nothing done ahead: the writer does all of it.
    public init(_ row: IncomingRow) {
        self.row = row
        block = nil
        (offset, count) = (0, 0)
        leaf = SIMD32()
        shapeChecked = false
    }

    /// A row whose record is `count` bytes at `offset` in `block`.
    public init(_ row: IncomingRow, block: ByteBlock, offset: Int, count: Int, leaf: SIMD32<UInt8>) {
        // Every field set here, not `self.init(row)` first: that copied the row (its strings retained) once more.
        self.row = row
        shapeChecked = false
        self.block = block
        self.offset = Int32(offset)
        self.count = Int32(count)
        self.leaf = leaf
    }

    /// The prepared record's bytes; empty when there is none. Valid only inside `body`.
    public func withRecord<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        guard let block else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try withExtendedLifetime(block) {
            try body(UnsafeRawBufferPointer(start: block.base + Int(offset), count: Int(count)))
        }
    }
}

/// A fixed block of bytes written once by one thread and then only read, freed with its last reference.
public final class ByteBlock: @unchecked Sendable {
    public let base: UnsafeMutableRawPointer
    public let capacity: Int
    /// The bytes written so far, from `base`.
    public private(set) var used = 0

    public init(capacity: Int) {
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        self.capacity = capacity
    }

    deinit { base.deallocate() }

    /// Copies `bytes` in after what is there; their offset, or nil when they do not fit.
    public func append(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count <= capacity - used else { return nil }
        let offset = used
        if let source = bytes.baseAddress { (base + offset).copyMemory(from: source, byteCount: bytes.count) }
        used += bytes.count
        return offset
    }
}
