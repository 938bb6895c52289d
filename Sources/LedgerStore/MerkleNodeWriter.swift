internal import LMDB
internal import Ledger
internal import Foundation

/// The import's side of `merkle_nodes`: each appended event's leaf and the inner nodes it completes, hashed on a second thread.
///
/// The tree used to be extended at the end of the import by reading every new event back and
/// hashing it; a leaf, though, needs only the stored value, which the writer has in hand when it
/// appends the event, and the tree does not depend on anything else. The leaf hash itself is
/// made with the record, on the parsing thread (`RowPreparer`); the writer collects the leaves
/// into a chunk and hands full chunks to a serial queue that grows the tree (about one node hash
/// per event); the nodes each chunk completed come back and the writer puts them with
/// `MDB_APPEND`, in the order the tree completes them, which is their index order (see
/// `LedgerStore+MerkleNodes`): the write transaction stays on the writer's thread.
struct MerkleNodeWriter {
    static let chunkEvents = 512
    private let nodes: Database
    private let hashing: MerkleHashing
    private let queue = DispatchQueue(label: "taizhang.merkle-nodes")
    /// The index of the next node to put.
    private var nextIndex: UInt64
    /// Leaves appended since the last hand-over.
    private var chunk: [MerkleHash] = []
    private var emptied: Bool

    /// Nil when the stored nodes do not cover the log (a ledger written before the tree was
    /// kept): the import then builds the tree from the log at the end (`extendMerkleNodes`).
    init?(store: LedgerStore, head: Head, _ txn: borrowing Transaction) throws {
        guard let nodes = store.merkleNodes, let tree = try store.storedTree(txn), tree.size == head.sequence else { return nil }
        self.nodes = nodes
        hashing = MerkleHashing(tree: tree)
        nextIndex = LedgerStore.merkleNodeCount(tree.size)
        // A tree of no leaves has no nodes: anything left there is not this log's.
        emptied = tree.size > 0
    }

    /// Takes one stored event's leaf hash for the tree; hands a full chunk over and puts the nodes that came back.
    mutating func append(_ leaf: MerkleHash, _ txn: borrowing Transaction) throws {
        if !emptied {
            try txn.empty(nodes)
            emptied = true
        }
        chunk.append(leaf)
        if chunk.count == MerkleNodeWriter.chunkEvents { try handOver(txn) }
    }

    /// Hands the last values over, waits for the hashing and puts every node left; the tree that results.
    mutating func finish(_ txn: borrowing Transaction) throws -> TreeHeadBuilder {
        if !chunk.isEmpty { try handOver(txn) }
        queue.sync {}
        try putCompleted(txn)
        return hashing.tree
    }

    private mutating func handOver(_ txn: borrowing Transaction) throws {
        let (leaves, hashing) = (chunk, self.hashing)
        chunk = []
        chunk.reserveCapacity(MerkleNodeWriter.chunkEvents)
        queue.async { hashing.add(leaves) }
        try putCompleted(txn)
    }

    /// Puts the nodes the hashing completed, through one cursor (no descent from the root per node).
    private mutating func putCompleted(_ txn: borrowing Transaction) throws {
        let completed = hashing.takeCompleted()
        if completed.isEmpty { return }
        var index = nextIndex
        try txn.withCursor(nodes) { cursor in
            for node in completed {
                try withUnsafeBytes(of: index.bigEndian) { key in
                    try withUnsafeBytes(of: node.storage) { try cursor.put(key: key, value: $0, flags: .append) }
                }
                index += 1
            }
        }
        nextIndex = index
    }
}

/// The hashing side: the tree, grown only on the writer's serial queue (and read after it drained), and the nodes not yet put.
private final class MerkleHashing: @unchecked Sendable {
    var tree: TreeHeadBuilder
    private let lock = NSLock()
    private var completed: [MerkleHash] = []

    init(tree: TreeHeadBuilder) { self.tree = tree }

    func add(_ leaves: [MerkleHash]) {
        var nodes: [MerkleHash] = []
        nodes.reserveCapacity(leaves.count + 32)
        for leaf in leaves { tree.append(leaf) { nodes.append($0) } }
        lock.withLock { completed.append(contentsOf: nodes) }
    }

    func takeCompleted() -> [MerkleHash] {
        lock.withLock {
            let taken = completed
            completed = []
            return taken
        }
    }
}
