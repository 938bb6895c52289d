extension Merkle {
    /// Checks an inclusion proof (RFC 9162 §2.1.3.2): `leaf` is leaf `index` of the tree of
    /// `treeSize` leaves whose head is `root`.
    public static func verifyInclusion(leaf: MerkleHash, index: UInt64, treeSize: UInt64, path: [MerkleHash], root: MerkleHash) -> Bool {
        rootFromInclusion(leaf: leaf, index: index, treeSize: treeSize, path: path) == root
    }

    /// The tree head an inclusion proof leads to, or nil when the path cannot belong to a
    /// tree of that size (too long, too short, index outside the tree).
    public static func rootFromInclusion(leaf: MerkleHash, index: UInt64, treeSize: UInt64, path: [MerkleHash]) -> MerkleHash? {
        guard index < treeSize else { return nil }
        var fn = index, sn = treeSize - 1
        var r = leaf
        for p in path {
            if sn == 0 { return nil }
            if fn & 1 == 1 || fn == sn {
                r = nodeHash(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 { fn >>= 1; sn >>= 1 }
                }
            } else {
                r = nodeHash(r, p)
            }
            fn >>= 1; sn >>= 1
        }
        return sn == 0 ? r : nil
    }

    /// Checks a consistency proof (RFC 9162 §2.1.4.2): the tree of `oldSize` leaves with head
    /// `oldRoot` is a prefix of the tree of `newSize` leaves with head `newRoot`.
    ///
    /// Equal sizes need an empty proof and equal heads (RFC 6962 PROOF(m, D[m]) is empty);
    /// an old size of 0 is refused: every tree extends the empty one, so there is nothing to prove.
    public static func verifyConsistency(oldSize: UInt64, newSize: UInt64, oldRoot: MerkleHash, newRoot: MerkleHash, path: [MerkleHash]) -> Bool {
        guard oldSize > 0, oldSize <= newSize else { return false }
        if oldSize == newSize { return path.isEmpty && oldRoot == newRoot }
        guard !path.isEmpty else { return false }
        var proof = path
        if oldSize & (oldSize - 1) == 0 { proof.insert(oldRoot, at: 0) }
        var fn = oldSize - 1, sn = newSize - 1
        while fn & 1 == 1 { fn >>= 1; sn >>= 1 }
        var fr = proof[0], sr = proof[0]
        for c in proof.dropFirst() {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                fr = nodeHash(c, fr)
                sr = nodeHash(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 { fn >>= 1; sn >>= 1 }
                }
            } else {
                sr = nodeHash(sr, c)
            }
            fn >>= 1; sn >>= 1
        }
        return fr == oldRoot && sr == newRoot && sn == 0
    }
}
