internal import Crypto

/// The Merkle tree over the event log, built as RFC 6962 §2.1 builds a log's tree.
///
/// Leaf `i` (0-based) is event `i + 1`; its leaf data is the event's whole stored value
/// (`previous_hash ‖ body ‖ hash`), so a proof carries the event itself and a checker can
/// read it. Leaf hashes and node hashes differ in their first byte, so that no leaf can pass
/// for a node (the second-preimage attack RFC 6962 closes):
///
///     MTH({})        = SHA-256()
///     leaf hash      = SHA-256(0x00 ‖ leaf data)
///     MTH(D[n]), n>1 = SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n])),  k the largest power of two < n
///
/// Everything here is a pure function over leaf hashes; `LedgerStore+Merkle` reads them.
public enum Merkle {
    static let leafPrefix: UInt8 = 0x00
    static let nodePrefix: UInt8 = 0x01

    /// The tree head of the empty tree: SHA-256 of no bytes.
    public static let emptyRoot = MerkleHash(digest: SHA256.hash(data: [UInt8]()))

    /// SHA-256(0x00 ‖ data): the hash of one leaf.
    public static func leafHash(_ data: UnsafeRawBufferPointer) -> MerkleHash {
        MerkleHash(storage: StackSHA256.digest { context in
            withUnsafeBytes(of: leafPrefix) { StackSHA256.add($0, to: &context) }
            StackSHA256.add(data, to: &context)
        })
    }

    public static func leafHash(_ data: [UInt8]) -> MerkleHash {
        data.withUnsafeBytes { leafHash($0) }
    }

    /// SHA-256(0x01 ‖ left ‖ right): the hash of an inner node.
    public static func nodeHash(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        MerkleHash(storage: StackSHA256.digest { context in
            withUnsafeBytes(of: nodePrefix) { StackSHA256.add($0, to: &context) }
            withUnsafeBytes(of: left.storage) { StackSHA256.add($0, to: &context) }
            withUnsafeBytes(of: right.storage) { StackSHA256.add($0, to: &context) }
        })
    }

    /// The largest power of two smaller than `n` (n > 1): where RFC 6962 splits a tree.
    static func split(_ n: Int) -> Int {
        precondition(n > 1, "only a tree of two or more leaves is split")
        return 1 << (Int.bitWidth - (n - 1).leadingZeroBitCount - 1)
    }

    /// MTH of `leaves[range]`, in one pass with a stack of subtree roots.
    public static func root(_ leaves: [MerkleHash], _ range: Range<Int>? = nil) -> MerkleHash {
        var builder = TreeHeadBuilder()
        for i in range ?? leaves.indices { builder.append(leaves[i]) }
        return builder.root()
    }

    /// RFC 6962 PATH(m, D[n]): the audit path of leaf `index` in the tree of all `leaves`,
    /// from the leaf's sibling up to the root's child. O(n) hashes, O(log n) of them returned.
    public static func inclusionPath(index: Int, leaves: [MerkleHash]) -> [MerkleHash] {
        inclusionPath(index: index, size: leaves.count) { root(leaves, $0) }
    }

    /// PATH(m, D[size]) over any source of subtree roots: `rootOf(range)` gives MTH(D[range]).
    ///
    /// The stored tree answers `rootOf` from O(log n) nodes; an array of leaves by hashing them.
    public static func inclusionPath<E: Error>(index: Int, size: Int, rootOf: (Range<Int>) throws(E) -> MerkleHash) throws(E) -> [MerkleHash] {
        precondition(index >= 0 && index < size, "leaf index \(index) outside a tree of \(size)")
        var path: [MerkleHash] = []
        try appendPath(index, 0..<size, rootOf, &path)
        return path
    }

    /// Appends PATH(m, D[range]) to `path`, deepest first, as RFC 6962 lists it.
    private static func appendPath<E: Error>(_ m: Int, _ range: Range<Int>, _ rootOf: (Range<Int>) throws(E) -> MerkleHash,
                                             _ path: inout [MerkleHash]) throws(E) {
        let n = range.count
        guard n > 1 else { return }
        let k = split(n)
        let middle = range.lowerBound + k
        if m < k {
            try appendPath(m, range.lowerBound..<middle, rootOf, &path)
            path.append(try rootOf(middle..<range.upperBound))
        } else {
            try appendPath(m - k, middle..<range.upperBound, rootOf, &path)
            path.append(try rootOf(range.lowerBound..<middle))
        }
    }

    /// RFC 6962 PROOF(m, D[n]): the consistency proof that the tree of the first `oldSize`
    /// leaves is a prefix of the tree of all `leaves`. Empty when the two sizes are equal.
    public static func consistencyPath(oldSize: Int, leaves: [MerkleHash]) -> [MerkleHash] {
        consistencyPath(oldSize: oldSize, size: leaves.count) { root(leaves, $0) }
    }

    /// PROOF(m, D[size]) over any source of subtree roots, as `inclusionPath(index:size:rootOf:)`.
    public static func consistencyPath<E: Error>(oldSize: Int, size: Int, rootOf: (Range<Int>) throws(E) -> MerkleHash) throws(E) -> [MerkleHash] {
        precondition(oldSize > 0 && oldSize <= size, "old tree size \(oldSize) outside 1...\(size)")
        var path: [MerkleHash] = []
        try appendSubproof(oldSize, 0..<size, true, rootOf, &path)
        return path
    }

    /// Appends SUBPROOF(m, D[range], b) to `path`.
    private static func appendSubproof<E: Error>(_ m: Int, _ range: Range<Int>, _ whole: Bool,
                                                 _ rootOf: (Range<Int>) throws(E) -> MerkleHash, _ path: inout [MerkleHash]) throws(E) {
        let n = range.count
        if m == n {
            if !whole { path.append(try rootOf(range)) }
            return
        }
        let k = split(n)
        let middle = range.lowerBound + k
        if m <= k {
            try appendSubproof(m, range.lowerBound..<middle, whole, rootOf, &path)
            path.append(try rootOf(middle..<range.upperBound))
        } else {
            try appendSubproof(m - k, middle..<range.upperBound, false, rootOf, &path)
            path.append(try rootOf(range.lowerBound..<middle))
        }
    }
}

/// Computes a tree head leaf by leaf, in O(log n) memory and one node hash per leaf.
///
/// Holds the roots of the perfect subtrees the leaves so far make, one per set bit of the
/// count, largest (leftmost) first. RFC 6962's split makes the tree head the right fold of
/// that frontier: MTH = H(r₀ ‖ H(r₁ ‖ … H(rₖ₋₁ ‖ rₖ))).
public struct TreeHeadBuilder: Sendable {
    /// The frontier: roots of the perfect subtrees, largest first (what `meta` keeps as `merkle_frontier`).
    public private(set) var frontier: [MerkleHash] = []
    public private(set) var size: UInt64 = 0

    public init() { frontier.reserveCapacity(64) }

    /// Resumes from a stored frontier; nil when it cannot be the frontier of `size` leaves
    /// (one root per set bit of the size).
    public init?(size: UInt64, frontier: [MerkleHash]) {
        guard frontier.count == size.nonzeroBitCount else { return nil }
        self.size = size
        self.frontier = frontier
    }

    public mutating func append(_ leaf: MerkleHash) {
        append(leaf) { _ in }
    }

    /// Appends a leaf and hands `completed` each inner node the leaf completes, lowest first:
    /// over a growing log that is every perfect subtree's root in post-order, once.
    public mutating func append(_ leaf: MerkleHash, completed: (MerkleHash) throws -> Void) rethrows {
        var merged = leaf
        var n = size
        // Each trailing one bit of the old count is a subtree of the same height: merge them.
        while n & 1 == 1 {
            merged = Merkle.nodeHash(frontier.removeLast(), merged)
            try completed(merged)
            n >>= 1
        }
        frontier.append(merged)
        size += 1
    }

    /// The tree head of the leaves appended so far.
    public func root() -> MerkleHash {
        guard var r = frontier.last else { return Merkle.emptyRoot }
        for left in frontier.dropLast().reversed() { r = Merkle.nodeHash(left, r) }
        return r
    }
}
