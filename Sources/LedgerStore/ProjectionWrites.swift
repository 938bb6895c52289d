internal import LMDB
internal import Ledger
internal import Dispatch

/// The projections and quarter contributions of every project an import touched, made on
/// another thread at its end.
///
/// After the last row the parsing thread is done and one core sat idle while the writer made
/// these (contributions, encodings, sorting: a fifth of its work after the last row) and then
/// put them. Now `BatchWriter.finish` starts them here once the day facts are put, puts the
/// event ids and the project index meanwhile (about as much work), then waits and puts these.
/// They are made from copies of the projects' states and touch no LMDB handle; the writer reads
/// them only after the semaphore. The summary versions stay on the writer, put before the day
/// facts: made here as well, three databases' writes were held at once with the day facts and
/// the 1M import's peak RSS rose by 40 MB.
final class ProjectionWrites: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var projects = SortedWrites()
    private var quarters = SortedWrites()

    /// Starts making the writes of `touched`: each project's state now and before the import.
    init(store: LedgerStore, touched: [(state: ProjectState, original: ProjectState?)]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for p in touched { store.projectionWrites(p.state, replacing: p.original, projects: &projects, quarters: &quarters) }
            done.signal()
        }
    }

    /// Waits for the writes and puts them into `projects` and `quarters`, each in key order.
    func apply(_ store: LedgerStore, _ txn: borrowing Transaction) throws {
        done.wait()
        try projects.apply(store.projects, txn)
        projects = SortedWrites()
        FreedMemory.release()
        try quarters.apply(store.quarters, txn)
        quarters = SortedWrites()
        FreedMemory.release()
    }
}
