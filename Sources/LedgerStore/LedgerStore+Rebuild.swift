internal import LMDB
internal import Ledger
internal import Foundation

extension LedgerStore {
    /// Recomputes every projection from the log alone and stores it; true when nothing changed.
    ///
    /// The log is read once (`storedLog`); while this thread folds it and compares the
    /// projections, a second builds the Merkle tree and a third the summary history from the
    /// same records (on two cores the three share them evenly: with the tree and the history on
    /// one thread, this one waited a second for it at 1M events). Nothing is written until
    /// they are done: the records are pointers into this transaction's map. A log whose keys are not dense from 1 is read as it always was.
    /// Each derived database is then compared with what the log gives, byte for byte, and
    /// written afresh only when it differs (`ExpectedEntries`): what is stored afterwards is
    /// exactly the log's either way, and a ledger that already agrees dirties no page.
    public func rebuild() throws -> (equal: Bool, projects: Int, events: UInt64) {
        // Old pages are freed only at the commit: room for every derived database twice, so
        // that a full map does not abort the transaction and run the whole rebuild again.
        try reserve(bytes: (Environment.dataFileBytes(path) ?? 0) * 2 + (64 << 20))
        return try writing { txn in
            let stored = try storedLog(txn)
            let whole = stored.linked == stored.values.count
            // The map's pages of the records both threads have passed are let go as they go.
            let resident = ResidentRecords(stored.values, readers: whole ? 3 : 1, txn.mapPages)
            let helpers = whole ? [HashingThread(stored.values, chain: false, merkle: merkleNodes != nil, resident: resident, reader: 1),
                                   HashingThread(stored.values, chain: false, history: historyInput(stored, txn), resident: resident, reader: 2)] : []
            helpers.forEach { $0.start() }
            defer { helpers.forEach { _ = $0.wait() } }
            let folded = try LedgerStore.projectFold(stored.values, voids: stored.voids.map { stored.values[$0] }) { resident.passed(0, before: $0) }
            // The same comparison as verify's, of both projects and quarter figures, byte for byte.
            let findings = VerifyFindings()
            let entries = LedgerStore.projectionEntries(folded)
            try verifyProjections(txn, folded: folded, quarters: entries.quarters, findings)
            // Each later comparison reads other databases: what the fold made resident can go.
            txn.mapPages.releaseAll()
            // Each part is let go once written: the write transaction's dirty pages grow meanwhile.
            var built = helpers.first?.take()
            built?.history = helpers.last?.take().history
            var history = try built?.history?.get() ?? summaryHistory(txn)
            built?.history = nil
            try rebuildSummaryIndex(history, txn, equal: findings)
            history = SummaryHistory()
            if let tree = built?.tree, let result = built, tree.size == (try head(txn).sequence) {
                if try !merkleNodesSame(result, leaves: stored.values[...], txn) { try writeMerkleNodes(tree, result.nodes, txn) }
            } else {
                try rebuildMerkleNodes(txn)
            }
            built = nil
            try rebuildProjections(entries, txn)
            return (findings.isEmpty, folded.count, try head(txn).sequence)
        }
    }

    /// The summary index written afresh unless all three databases are already the log's;
    /// a difference found is added to `equal` when the projections were equal, as before.
    private func rebuildSummaryIndex(_ history: SummaryHistory, _ txn: borrowing Transaction, equal findings: VerifyFindings) throws {
        let hadIndex = try !summaryIndexMissing(txn)
        let differences = VerifyFindings()
        if hadIndex { try compareSummaryIndex(history, txn, differences) }
        txn.mapPages.releaseAll()
        if findings.isEmpty && hadIndex { differences.failures.forEach(findings.add) }
        // A never-built `summary_updated` is not compared (nothing reads it): it must be written.
        let updatedBuilt = try summaryUpdated == nil || summaryUpdatedBuilt(txn)
        let same = hadIndex && differences.isEmpty && updatedBuilt
        if !same { try writeSummaryIndex(history, txn) }
    }

    /// True when `merkle_nodes`, `merkle_size` and `merkle_frontier` are the tree just built, node for node.
    private func merkleNodesSame(_ built: HashingResult, leaves: ArraySlice<UnsafeRawBufferPointer>, _ txn: borrowing Transaction) throws -> Bool {
        guard merkleNodes != nil, (try? storedTree(txn)) != nil else { return false }
        let differences = VerifyFindings()
        try verifyMerkleNodes(txn, leaves: leaves, computed: built, differences)
        return differences.isEmpty
    }
}
