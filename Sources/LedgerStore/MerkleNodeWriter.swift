internal import LMDB
internal import Ledger

/// The import's side of `merkle_nodes`: each appended event's leaf, and the inner nodes it completes, as the event is written.
///
/// The writer has the stored value in hand when it appends an event, so the leaf is hashed
/// there; the tree used to be extended at the end by reading every new event back through a
/// cursor and hashing it again. The nodes go in with `MDB_APPEND`, in the order the tree
/// completes them, which is their index order (see `LedgerStore+MerkleNodes`).
struct MerkleNodeWriter {
    private(set) var tree: TreeHeadBuilder
    private let nodes: Database

    /// Nil when the stored nodes do not cover the log (a ledger written before the tree was
    /// kept): the import then builds the tree from the log at the end (`extendMerkleNodes`).
    init?(store: LedgerStore, head: Head, _ txn: borrowing Transaction) throws {
        guard let nodes = store.merkleNodes, let tree = try store.storedTree(txn), tree.size == head.sequence else { return nil }
        self.nodes = nodes
        self.tree = tree
    }

    /// Hashes one stored event value into the tree and appends the nodes it completes.
    mutating func append(_ value: UnsafeRawBufferPointer, _ txn: borrowing Transaction) throws {
        let nodes = self.nodes
        // A tree of no leaves has no nodes: anything left there is not this log's.
        if tree.size == 0 { try txn.empty(nodes) }
        var index = LedgerStore.merkleNodeCount(tree.size)
        try tree.append(Merkle.leafHash(value)) { node in
            try withUnsafeBytes(of: index.bigEndian) { key in
                try withUnsafeBytes(of: node.storage) { try txn.put(nodes, key: key, value: $0, flags: .append) }
            }
            index += 1
        }
    }
}
