internal import ArgumentParser
internal import Ledger
internal import LedgerStore
internal import LedgerReports

struct ProveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prove",
        abstract: "Print a Merkle proof (JSON): that an event is in the log, or that the log extends an older digest.",
        discussion: """
        `prove EVENT` (an event id or a sequence number) proves that the event is in the log the \
        digest stands for: today's, or with --digest SEQ the digest as it stood at sequence SEQ. \
        `prove --from OLD_SEQ:OLD_TREE_HEAD` proves that today's log (or the one at --digest SEQ) \
        extends the older one, taken from an old `taizhang digest` line (its first and fourth \
        fields). The hashes come from the Merkle tree kept with the log (O(log n) reads): a proof \
        is checkable only against a tree head the checker trusts, so that is safe; --verify \
        checks the whole ledger first and issues no proof unless it verifies (exit 4). \
        Check it with `taizhang check-proof FILE`, or with any program that follows the README.
        """)

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The event: its id, or its sequence number.") var event: String?
    @Option(help: "Prove against the digest as it stood at this sequence (default: the head).") var digest: UInt64?
    @Option(help: "An older digest, SEQ:TREE_HEAD: prove that the log extends it.") var from: String?
    @Flag(help: "Verify the whole ledger first and issue no proof unless it verifies (exit 4 otherwise).") var verify = false

    func validate() throws {
        if (event == nil) == (from == nil) {
            throw ValidationError("give either an EVENT (id or sequence) or --from OLD_SEQ:OLD_TREE_HEAD")
        }
    }

    func run() throws {
        try DigestText.checkingChain {
            let store = try ledger.open(readOnly: true)
            let oldTree = try from.map(ProveCommand.parseTree)
            if verify {
                let report = try store.verify()
                if !report.ok {
                    Console.err("taizhang: the ledger does not verify, so no proof is issued: \(report.failures.first ?? "")")
                    throw ExitCode(Console.Status.verifyFailed.rawValue)
                }
            }
            let tree = try ProofSource.stored(store, at: digest) ?? ProofSource.log(try store.leaves(through: digest))
            let proof: AuditProof
            if let oldTree {
                proof = try ProveCommand.consistency(from: oldTree, tree: tree)
            } else {
                let sequence = try ProveCommand.resolve(event!, in: store)
                guard sequence <= tree.digest.sequence else {
                    throw UsageError("event \(sequence) came after the digest at \(tree.digest.sequence): it cannot be in that log")
                }
                guard let value = try store.storedValue(at: sequence) else { throw StoreError(.corrupt, "sequence \(sequence): missing from the log") }
                proof = AuditProof(inclusionOf: sequence - 1, leafData: value, in: tree.digest, path: try tree.inclusion(sequence - 1))
            }
            Console.out(JSONText.render(proof.jsonObject))
        }
    }

    /// `SEQ:TREE_HEAD` (or `SEQ TREE_HEAD`), as an auditor copies it from a digest line.
    static func parseTree(_ text: String) throws -> (size: UInt64, treeHead: MerkleHash) {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == " " })
        guard parts.count == 2, let size = UInt64(parts[0]), let head = MerkleHash(hex: String(parts[1])) else {
            throw UsageError("\(text) is not SEQ:TREE_HEAD (a sequence number, a colon, 64 hex digits), e.g. 108:5bf5ef6b…")
        }
        return (size, head)
    }

    /// An event id, else a sequence number.
    static func resolve(_ text: String, in store: LedgerStore) throws -> UInt64 {
        if let r = try store.event(id: text) { return r.sequence }
        if let s = UInt64(text), s > 0, try store.event(at: s) != nil { return s }
        throw StoreError(.unknownEvent, "no event with id or sequence \(text)")
    }

    static func consistency(from old: (size: UInt64, treeHead: MerkleHash), tree: ProofSource) throws -> AuditProof {
        guard old.size > 0 else { throw UsageError("the old digest must hold at least one event: every log extends the empty one") }
        guard old.size <= tree.digest.sequence else {
            Console.err("taizhang: the old digest has \(old.size) events, the log only \(tree.digest.sequence): it cannot extend it")
            throw ExitCode(Console.Status.verifyFailed.rawValue)
        }
        let (recomputed, path) = try tree.consistency(old.size)
        guard recomputed == old.treeHead else {
            Console.err("taizhang: history was rewritten: the log's first \(old.size) events have tree head \(recomputed.hex), not \(old.treeHead.hex); no consistency proof exists")
            throw ExitCode(Console.Status.verifyFailed.rawValue)
        }
        return AuditProof(consistencyFrom: old.size, oldHead: old.treeHead, to: tree.digest, path: path)
    }
}

/// Where a proof's hashes come from: the stored tree (O(log n) reads), else every leaf of the log.
struct ProofSource {
    var digest: LedgerDigest
    /// PATH of a leaf index in the tree of `digest`.
    var inclusion: (UInt64) throws -> [MerkleHash]
    /// MTH of the first `oldSize` leaves and PROOF(oldSize) to the tree of `digest`.
    var consistency: (UInt64) throws -> (MerkleHash, [MerkleHash])

    /// The stored tree at `sequence` (nil: the head); nil when the ledger has no nodes yet.
    static func stored(_ store: LedgerStore, at sequence: UInt64?) throws -> ProofSource? {
        guard let digest = try store.storedDigest(at: sequence) else { return nil }
        let size = digest.sequence
        return ProofSource(
            digest: digest,
            inclusion: { index in
                guard let path = try store.storedInclusionPath(index: index, treeSize: size) else {
                    throw StoreError(.corrupt, "the stored Merkle tree does not cover \(size) events")
                }
                return path
            },
            consistency: { oldSize in
                guard let c = try store.storedConsistency(oldSize: oldSize, treeSize: size) else {
                    throw StoreError(.corrupt, "the stored Merkle tree does not cover \(size) events")
                }
                return c
            })
    }

    /// Every leaf of the log, read and chained: for a ledger that has not gained the stored tree.
    static func log(_ log: LogLeaves) -> ProofSource {
        ProofSource(
            digest: log.digest,
            inclusion: { Merkle.inclusionPath(index: Int($0), leaves: log.hashes) },
            consistency: { (Merkle.root(log.hashes, 0..<Int($0)), Merkle.consistencyPath(oldSize: Int($0), leaves: log.hashes)) })
    }
}
