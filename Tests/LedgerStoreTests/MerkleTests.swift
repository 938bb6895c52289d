import LedgerStore
import Testing

/// The Merkle tree of RFC 6962 §2.1: small trees by hand, the published test vectors of
/// Certificate Transparency's implementations, and the RFC's properties over every size up to 40.
@Suite struct MerkleTests {
    /// The eight leaves of the Certificate Transparency test vectors (as bytes).
    static let vectorLeaves: [[UInt8]] = [
        [], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31], [0x40, 0x41, 0x42, 0x43],
        [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57],
        [0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f],
    ]
    /// Their tree heads for 1...8 leaves.
    static let vectorRoots = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    static func leaves(_ n: Int) -> [MerkleHash] {
        (0..<n).map { Merkle.leafHash(Array("event \($0)".utf8)) }
    }

    /// RFC 6962's MTH, written as the RFC writes it: the reference the fast code must equal.
    static func referenceRoot(_ d: ArraySlice<MerkleHash>) -> MerkleHash {
        if d.isEmpty { return Merkle.emptyRoot }
        if d.count == 1 { return d.first! }
        var k = 1
        while k * 2 < d.count { k *= 2 }
        return Merkle.nodeHash(referenceRoot(d.prefix(k)), referenceRoot(d.dropFirst(k)))
    }

    static func hashes(_ hex: [String]) -> [MerkleHash] { hex.map { MerkleHash(hex: $0)! } }

    @Test func leafAndNodeHashesHaveDistinctPrefixes() {
        let data: [UInt8] = [1, 2, 3]
        #expect(Merkle.leafHash(data).bytes == ChainHash.sha256([0x00] + data))
        let a = Merkle.leafHash([1]), b = Merkle.leafHash([2])
        #expect(Merkle.nodeHash(a, b).bytes == ChainHash.sha256([0x01] + a.bytes + b.bytes))
        // A node's 64 bytes hashed as a leaf give another value: a leaf cannot pass for a node.
        #expect(Merkle.leafHash(a.bytes + b.bytes) != Merkle.nodeHash(a, b))
    }

    @Test func smallTreesByHand() {
        let l = MerkleTests.leaves(5)
        #expect(Merkle.root([]).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Merkle.root(Array(l[0..<1])) == l[0])
        #expect(Merkle.root(Array(l[0..<2])) == Merkle.nodeHash(l[0], l[1]))
        // Three leaves split 2 + 1: the odd leaf is not paired with a copy of itself.
        #expect(Merkle.root(Array(l[0..<3])) == Merkle.nodeHash(Merkle.nodeHash(l[0], l[1]), l[2]))
        // Five leaves split 4 + 1.
        let four = Merkle.nodeHash(Merkle.nodeHash(l[0], l[1]), Merkle.nodeHash(l[2], l[3]))
        #expect(Merkle.root(l) == Merkle.nodeHash(four, l[4]))
        // The path of leaf 4 of 5 is the root of the first four; of leaf 2, its sibling, then l01, then l4.
        #expect(Merkle.inclusionPath(index: 4, leaves: l) == [four])
        #expect(Merkle.inclusionPath(index: 2, leaves: l) == [l[3], Merkle.nodeHash(l[0], l[1]), l[4]])
        // From 3 to 5 leaves: l2, l3, l01, l4 (RFC 6962 §2.1.3's tree, shrunk).
        #expect(Merkle.consistencyPath(oldSize: 3, leaves: l) == [l[2], l[3], Merkle.nodeHash(l[0], l[1]), l[4]])
        #expect(Merkle.consistencyPath(oldSize: 4, leaves: l) == [l[4]])
        #expect(Merkle.consistencyPath(oldSize: 5, leaves: l) == [])
    }

    @Test func certificateTransparencyVectors() {
        let l = MerkleTests.vectorLeaves.map { Merkle.leafHash($0) }
        for n in 1...8 { #expect(Merkle.root(Array(l.prefix(n))).hex == MerkleTests.vectorRoots[n - 1], "size \(n)") }
        #expect(Merkle.inclusionPath(index: 0, leaves: l) == MerkleTests.hashes([
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]))
        #expect(Merkle.consistencyPath(oldSize: 1, leaves: l) == MerkleTests.hashes([
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]))
        #expect(Merkle.consistencyPath(oldSize: 6, leaves: l) == MerkleTests.hashes([
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]))
        #expect(Merkle.consistencyPath(oldSize: 2, leaves: Array(l.prefix(5))) == MerkleTests.hashes([
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ]))
    }

    @Test func theStreamingHeadEqualsTheRecursiveDefinition() {
        let l = MerkleTests.leaves(70)
        var builder = TreeHeadBuilder()
        #expect(builder.root() == Merkle.emptyRoot)
        for n in 1...70 {
            builder.append(l[n - 1])
            #expect(builder.size == UInt64(n))
            #expect(builder.root() == MerkleTests.referenceRoot(l[0..<n]), "size \(n)")
        }
    }

    @Test(arguments: 1...40) func everyInclusionProofVerifiesAndNoAlteredOneDoes(n: Int) {
        let l = MerkleTests.leaves(n)
        let root = Merkle.root(l)
        for m in 0..<n {
            let path = Merkle.inclusionPath(index: m, leaves: l)
            // RFC 6962: a path has at most ceil(log2 n) hashes.
            #expect(path.count <= (n == 1 ? 0 : Int.bitWidth - (n - 1).leadingZeroBitCount))
            #expect(Merkle.verifyInclusion(leaf: l[m], index: UInt64(m), treeSize: UInt64(n), path: path, root: root))
            let other = Merkle.leafHash([0xFF])
            #expect(!Merkle.verifyInclusion(leaf: other, index: UInt64(m), treeSize: UInt64(n), path: path, root: root))
            #expect(!Merkle.verifyInclusion(leaf: l[m], index: UInt64(n), treeSize: UInt64(n), path: path, root: root))
            if n > 1 {
                #expect(!Merkle.verifyInclusion(leaf: l[m], index: UInt64((m + 1) % n), treeSize: UInt64(n), path: path, root: root))
                var bent = path
                bent[0] = other
                #expect(!Merkle.verifyInclusion(leaf: l[m], index: UInt64(m), treeSize: UInt64(n), path: bent, root: root))
                #expect(!Merkle.verifyInclusion(leaf: l[m], index: UInt64(m), treeSize: UInt64(n), path: path + [other], root: root))
                #expect(!Merkle.verifyInclusion(leaf: l[m], index: UInt64(m), treeSize: UInt64(n), path: Array(path.dropLast()), root: root))
            }
        }
    }

    @Test(arguments: 1...40) func everyConsistencyProofVerifiesAndNoAlteredOneDoes(n: Int) {
        let l = MerkleTests.leaves(n)
        let newRoot = Merkle.root(l)
        for m in 1...n {
            let oldRoot = Merkle.root(Array(l.prefix(m)))
            let path = Merkle.consistencyPath(oldSize: m, leaves: l)
            #expect(path.count <= 2 * (Int.bitWidth - n.leadingZeroBitCount), "proof of \(m) in \(n) too long")
            #expect(Merkle.verifyConsistency(oldSize: UInt64(m), newSize: UInt64(n), oldRoot: oldRoot, newRoot: newRoot, path: path))
            // A rewritten history: any other old head fails.
            var rewritten = l
            rewritten[m - 1] = Merkle.leafHash([0xEE])
            let otherOld = Merkle.root(Array(rewritten.prefix(m)))
            #expect(!Merkle.verifyConsistency(oldSize: UInt64(m), newSize: UInt64(n), oldRoot: otherOld, newRoot: newRoot, path: path))
            // The same proof from the rewritten log does not lead to the old head either.
            let fromRewritten = Merkle.consistencyPath(oldSize: m, leaves: rewritten)
            #expect(!Merkle.verifyConsistency(oldSize: UInt64(m), newSize: UInt64(n), oldRoot: oldRoot,
                                              newRoot: Merkle.root(rewritten), path: fromRewritten))
            if m < n {
                #expect(!Merkle.verifyConsistency(oldSize: UInt64(m), newSize: UInt64(n), oldRoot: oldRoot, newRoot: newRoot, path: Array(path.dropLast())))
                #expect(!Merkle.verifyConsistency(oldSize: UInt64(m), newSize: UInt64(n), oldRoot: oldRoot, newRoot: newRoot, path: []))
            }
        }
        #expect(!Merkle.verifyConsistency(oldSize: 0, newSize: UInt64(n), oldRoot: Merkle.emptyRoot, newRoot: newRoot, path: []))
    }

    @Test func hexRoundTripsAndRejectsWrongLengths() {
        let h = Merkle.leafHash([7])
        #expect(MerkleHash(hex: h.hex) == h)
        #expect(MerkleHash(hex: h.hex.uppercased()) == h)
        #expect(MerkleHash(hex: String(h.hex.dropLast())) == nil)
        #expect(MerkleHash(bytes: [UInt8](repeating: 0, count: 31)) == nil)
    }
}
