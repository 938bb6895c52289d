/// A data file shorter than the pages its own meta page says are in use.
///
/// LMDB maps the file and trusts its meta page: reading a page past the end of a truncated
/// file is SIGBUS, so the environment refuses to open one (and a 0-byte file, which LMDB
/// would otherwise report as a bad file descriptor or start afresh).
public struct DamagedFile: Error, Sendable, Equatable {
    /// The data file's size.
    public let fileBytes: Int
    /// The size its last used page needs (`(me_last_pgno + 1) × ms_psize`); 0 when the file is empty.
    public let neededBytes: Int
}
