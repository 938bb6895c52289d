internal import LMDB
internal import Ledger

extension LedgerStore {
    /// Recomputes every projection from the log alone and stores it; true when nothing changed.
    ///
    /// The log is read once (`storedLog`); while this thread folds it and compares the
    /// projections, a second builds the summary history and the Merkle tree from the same
    /// records. Nothing is written until that thread is done: the records are pointers into
    /// this transaction's map. A log whose keys are not dense from 1 is read as it always was.
    public func rebuild() throws -> (equal: Bool, projects: Int, events: UInt64) {
        try writing { txn in
            let stored = try storedLog(txn)
            let whole = stored.linked == stored.values.count
            let helper = whole ? HashingThread(stored.values, chain: false, merkle: merkleNodes != nil, history: historyInput(stored, txn)) : nil
            helper?.start()
            defer { _ = helper?.wait() }
            let folded = try LedgerStore.folder(asOf: nil, monthly: false) { body in try stored.values.forEach(body) }.states
            // The same comparison as verify's, of both projects and quarter figures, byte for byte.
            let findings = VerifyFindings()
            try verifyProjections(txn, folded: folded, findings)
            // Each part is let go once written: the write transaction's dirty pages grow meanwhile.
            var built = helper?.take()
            var history = try built?.history?.get() ?? summaryHistory(txn)
            built?.history = nil
            let hadIndex = try !summaryIndexMissing(txn)
            if findings.isEmpty && hadIndex { try compareSummaryIndex(history, txn, findings) }
            try writeSummaryIndex(history, txn)
            history = SummaryHistory()
            if let tree = built?.tree, tree.size == (try head(txn).sequence) {
                try writeMerkleNodes(tree, built?.nodes ?? [], txn)
            } else {
                try rebuildMerkleNodes(txn)
            }
            built = nil
            try txn.empty(projects)
            try txn.empty(quarters)
            for project in folded.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                try writeProjection(folded[project]!, replacing: nil, txn)
            }
            return (findings.isEmpty, folded.count, try head(txn).sequence)
        }
    }
}
