internal import LMDB
internal import Ledger
internal import Catalogue

/// The Merkle tree kept as the log grows, so that a tree head is O(1) and a proof O(log n).
///
/// `merkle_nodes` holds every inner node of a perfect subtree (level ≥ 1) in the order the
/// log completes them (post-order), under a dense `u64` index written with `MDB_APPEND`:
/// the node of level h whose last leaf is leaf m (0-based) is at m − popcount(m) + h − 1.
/// Leaves (level 0) are not stored: a leaf hash is SHA-256(0x00 ‖ the event's stored value),
/// one read away. `meta` keeps `merkle_size` and `merkle_frontier` (the roots of the perfect
/// subtrees, largest first), written in the same transaction as the events.
extension LedgerStore {
    static let merkleNodesName = "merkle_nodes"
    static let merkleSizeKey = Array("merkle_size".utf8)
    static let merkleFrontierKey = Array("merkle_frontier".utf8)

    /// Opens `merkle_nodes`, creating it on a writable open; nil on a read-only open of a
    /// ledger written before the tree was kept (it gains the nodes on its next write).
    func openMerkleNodes() throws -> Database? {
        try openAddedDatabases([LedgerStore.merkleNodesName])?[0]
    }

    /// The number of stored inner nodes of a tree of `size` leaves.
    static func merkleNodeCount(_ size: UInt64) -> UInt64 { size - UInt64(size.nonzeroBitCount) }

    /// The tree as `meta` records it; nil when the nodes were never built for this log.
    func storedTree(_ txn: borrowing Transaction) throws -> TreeHeadBuilder? {
        guard merkleNodes != nil else { return nil }
        guard let size = try readU64(txn, LedgerStore.merkleSizeKey) else {
            return try head(txn).sequence == 0 ? TreeHeadBuilder() : nil
        }
        let bytes = try txn.get(meta, key: LedgerStore.merkleFrontierKey) ?? []
        let frontier = stride(from: 0, to: bytes.count, by: 32).compactMap { MerkleHash(bytes: bytes[$0..<min($0 + 32, bytes.count)]) }
        guard bytes.count % 32 == 0, let tree = TreeHeadBuilder(size: size, frontier: frontier) else {
            throw StoreError(.corrupt, .merkleFrontier, ["bytes": String(bytes.count), "size": String(size)], path: path)
        }
        return tree
    }

    /// Hashes the events the tree does not cover yet into it, in the caller's write
    /// transaction: the batch's new events, or a whole log written before the tree was kept.
    func extendMerkleNodes(_ txn: borrowing Transaction) throws {
        guard let nodes = merkleNodes else { return }
        let head = try head(txn)
        var tree = try storedTree(txn) ?? TreeHeadBuilder()
        if tree.size == 0 { try txn.empty(nodes) }
        guard tree.size < head.sequence else { return }
        let index = LedgerStore.merkleNodeCount(tree.size)
        var completed: [MerkleHash] = []
        try txn.withCursor(events) { cursor in
            var entry = try cursor.seek((tree.size + 1).bigEndianBytes)
            while let e = entry, tree.size < head.sequence {
                tree.append(Merkle.leafHash(e.value)) { completed.append($0) }
                entry = try cursor.next()
            }
        }
        guard tree.size == head.sequence else {
            throw StoreError(.corrupt, .missingHead, ["head": String(head.sequence)], path: path, sequence: tree.size + 1)
        }
        try putMerkleNodes(completed, from: index, nodes, txn)
        try writeTree(tree, txn)
    }

    /// Appends completed inner nodes under their dense indexes, the first at `index`.
    private func putMerkleNodes(_ completed: [MerkleHash], from index: UInt64, _ nodes: Database, _ txn: borrowing Transaction) throws {
        var index = index
        for node in completed {
            try withUnsafeBytes(of: index.bigEndian) { key in
                try withUnsafeBytes(of: node.storage) { try txn.put(nodes, key: key, value: $0, flags: .append) }
            }
            index += 1
        }
    }

    /// Stores a tree built from the whole log (`rebuild`): every inner node in order, then its size and frontier.
    func writeMerkleNodes(_ tree: TreeHeadBuilder, _ completed: [MerkleHash], _ txn: borrowing Transaction) throws {
        guard let nodes = merkleNodes else { return }
        try txn.empty(nodes)
        try putMerkleNodes(completed, from: 0, nodes, txn)
        try writeTree(tree, txn)
    }

    func writeTree(_ tree: TreeHeadBuilder, _ txn: borrowing Transaction) throws {
        try txn.put(meta, key: LedgerStore.merkleSizeKey, value: tree.size.bigEndianBytes)
        try txn.put(meta, key: LedgerStore.merkleFrontierKey, value: tree.frontier.flatMap(\.bytes))
    }

    /// Builds the tree again from the log alone (`rebuild`).
    func rebuildMerkleNodes(_ txn: borrowing Transaction) throws {
        guard let nodes = merkleNodes else { return }
        try txn.empty(nodes)
        try writeTree(TreeHeadBuilder(), txn)
        try extendMerkleNodes(txn)
    }

    /// One stored node: the root of the perfect subtree of `level` whose last leaf is `lastLeaf`.
    func storedNode(level: Int, lastLeaf: UInt64, _ txn: borrowing Transaction) throws -> MerkleHash {
        if level == 0 {
            guard let value = try withUnsafeBytes(of: (lastLeaf + 1).bigEndian, { try txn.get(events, key: $0) }) else {
                throw StoreError(.corrupt, .missingFromLog, path: path, sequence: lastLeaf + 1)
            }
            return Merkle.leafHash(value)
        }
        let index = lastLeaf - UInt64(lastLeaf.nonzeroBitCount) + UInt64(level) - 1
        guard let nodes = merkleNodes,
              let value = try withUnsafeBytes(of: index.bigEndian, { try txn.get(nodes, key: $0) }),
              let hash = MerkleHash(bytes: value) else {
            throw StoreError(.corrupt, .merkleNode, ["index": String(index), "level": String(level), "last": String(lastLeaf + 1)], path: path)
        }
        return hash
    }

    /// MTH(D[range]) from stored nodes: an aligned power-of-two range is one node, any other
    /// splits as RFC 6962 splits it, so a prefix or a proof's sibling costs O(log n) reads.
    func storedRoot(_ range: Range<Int>, _ txn: borrowing Transaction) throws -> MerkleHash {
        let n = range.count
        if n & (n - 1) == 0 && range.lowerBound % n == 0 {
            return try storedNode(level: n.trailingZeroBitCount, lastLeaf: UInt64(range.upperBound - 1), txn)
        }
        let middle = range.lowerBound + Merkle.split(n)
        return Merkle.nodeHash(try storedRoot(range.lowerBound..<middle, txn), try storedRoot(middle..<range.upperBound, txn))
    }

    /// The tree of `txn`'s log when the stored nodes cover it; nil when they do not (yet).
    private func currentTree(_ txn: borrowing Transaction) throws -> (tree: TreeHeadBuilder, head: Head)? {
        guard let tree = try storedTree(txn) else { return nil }
        let head = try head(txn)
        return tree.size == head.sequence ? (tree, head) : nil
    }

    /// The digest at `sequence` (nil: at the head) from the stored tree, without reading the
    /// log: O(1) at the head, O(log n) before it. Nil when the ledger has no nodes yet (use
    /// `digest(at:)`, which streams the log). The chain is not checked: that is `verify`'s work.
    public func storedDigest(at sequence: UInt64? = nil) throws -> LedgerDigest? {
        try reading { txn in
            guard let (tree, head) = try currentTree(txn) else { return nil }
            let end = sequence ?? head.sequence
            if end > head.sequence { throw StoreError(.unknownEvent, .beyondHead, ["head": String(head.sequence)], path: path, sequence: end) }
            if end == 0 { return .empty }
            if end == head.sequence {
                return LedgerDigest(sequence: end, hash: head.hash, recordedAtMs: head.recordedAtMs, treeHead: tree.root())
            }
            guard let value = try withUnsafeBytes(of: end.bigEndian, { try txn.get(events, key: $0) }), value.count > 64 else {
                throw StoreError(.corrupt, .missingFromLog, path: path, sequence: end)
            }
            return LedgerDigest(sequence: end, hash: Array(value[(value.count - 32)...]), recordedAtMs: LedgerStore.recordedAtMs(of: value),
                                treeHead: try storedRoot(0..<Int(end), txn))
        }
    }

    /// PATH(index, D[treeSize]) from the stored nodes; nil when the ledger has no nodes yet.
    public func storedInclusionPath(index: UInt64, treeSize: UInt64) throws -> [MerkleHash]? {
        try reading { txn in
            guard let (tree, _) = try currentTree(txn), treeSize <= tree.size, index < treeSize else { return nil }
            return try Merkle.inclusionPath(index: Int(index), size: Int(treeSize)) { try storedRoot($0, txn) }
        }
    }

    /// PROOF(oldSize, D[treeSize]) and MTH(D[oldSize]) from the stored nodes; nil when the ledger has no nodes yet.
    public func storedConsistency(oldSize: UInt64, treeSize: UInt64) throws -> (oldHead: MerkleHash, path: [MerkleHash])? {
        try reading { txn in
            guard let (tree, _) = try currentTree(txn), oldSize > 0, oldSize <= treeSize, treeSize <= tree.size else { return nil }
            let oldHead = try storedRoot(0..<Int(oldSize), txn)
            return (oldHead, try Merkle.consistencyPath(oldSize: Int(oldSize), size: Int(treeSize)) { try storedRoot($0, txn) })
        }
    }

    /// Recomputes every node and the frontier from the records (the log, as `verify` read it)
    /// and reports the first stored one that differs. A ledger without nodes has nothing to check.
    /// `computed` is the tree verify's second thread built over the same leaves; without it, it is built here.
    func verifyMerkleNodes(_ txn: borrowing Transaction, leaves: ArraySlice<UnsafeRawBufferPointer>, computed: HashingResult?, _ findings: VerifyFindings) throws {
        guard let nodes = merkleNodes, let stored = try storedTree(txn) else { return }
        if stored.size == 0 && leaves.isEmpty { return }
        if stored.size != UInt64(leaves.count) {
            findings.at("meta", key: "merkle_size", .merkleSizeDiffers, [("stored", .text("\(stored.size)")), ("events", .text("\(leaves.count)"))])
            return
        }
        let (tree, built) = computed.map { ($0.tree, $0.nodes) } ?? LedgerStore.merkleTree(leaves)
        var bad: UInt64?
        try txn.withCursor(nodes) { cursor in
            var entry = try cursor.first()
            for (index, node) in built.enumerated() {
                let same = entry.map { e in e.key.count == 8 && UInt64(bigEndianBytes: e.key) == UInt64(index) && withUnsafeBytes(of: node.storage) { e.value.sameBytes(as: $0) } } ?? false
                if !same {
                    bad = UInt64(index)
                    return
                }
                entry = try? cursor.next()
            }
            if entry != nil { bad = UInt64(built.count) }
        }
        if let bad {
            findings.at(LedgerStore.merkleNodesName, key: "\(bad)", .merkleNodeDiffers)
        } else if tree.frontier != stored.frontier {
            findings.at("meta", key: "merkle_frontier", .merkleFrontierDiffers)
        }
    }

    /// The tree over `leaves` and its inner nodes in the order it completes them.
    static func merkleTree(_ leaves: ArraySlice<UnsafeRawBufferPointer>) -> (TreeHeadBuilder, [MerkleHash]) {
        var tree = TreeHeadBuilder()
        var nodes: [MerkleHash] = []
        for leaf in leaves { tree.append(Merkle.leafHash(leaf)) { nodes.append($0) } }
        return (tree, nodes)
    }
}
