internal import LMDB
internal import Ledger
public import Catalogue

extension StoreError {
    /// A ledger whose file does not hold: one line naming it, exit 4 as for a failed verify.
    static func damaged(_ what: VerifyText, path: String, _ arguments: [(String, String)] = []) -> StoreError {
        let pairs = [("path", path)] + arguments
        var error = StoreError(.corrupt, what.phrase.text(.en, pairs: pairs))
        error.path = path
        error.localized = { language in what.phrase.text(language, pairs: pairs) }
        return error
    }

    /// A data file shorter than its last used page, or empty.
    static func damaged(_ file: DamagedFile, path: String) -> StoreError {
        file.fileBytes == 0
            ? damaged(.damagedEmpty, path: path)
            : damaged(.damagedTruncated, path: path, [("bytes", "\(file.fileBytes)"), ("needed", "\(file.neededBytes)")])
    }

    /// LMDB found a page that does not hold, or a file that is not LMDB's.
    static func damaged(_ e: LMDBError, path: String) -> StoreError {
        e.isInvalid ? damaged(.damagedNotLMDB, path: path) : damaged(.damagedPage, path: path, [("call", e.call)])
    }
}

extension StoreError {
    /// A recorded time given by hand more than a day ahead of the clock.
    static func recordedTimeAhead(_ recordedAtMs: Int64, clockMs: Int64) -> StoreError {
        let pairs = [("recorded", Timestamp.iso(recordedAtMs)), ("clock", Timestamp.iso(clockMs))]
        var error = StoreError(.recordedTimeAhead, ReliabilityText.recordedTimeAhead.phrase.text(.en, pairs: pairs))
        error.localized = { ReliabilityText.recordedTimeAhead.phrase.text($0, pairs: pairs) }
        return error
    }

    /// A ledger folder its user may not read: not "no ledger".
    public static func unreadable(path: String) -> StoreError {
        var error = StoreError(.permission, ReliabilityText.ledgerUnreadable.phrase.text(.en, pairs: [("path", path)]))
        error.localized = { ReliabilityText.ledgerUnreadable.phrase.text($0, pairs: [("path", path)]) }
        return error
    }
}

extension LedgerStore {
    /// From now on, a fault inside LMDB (a damaged page it trusts) ends the process with this
    /// ledger's damaged line in `language` and status 4, never a signal (see `DamagedPageGuard`).
    /// Called before the ledger is opened, so that opening it is guarded too.
    public static func guardDamagedPages(path: String, _ language: Language) {
        DamagedPageGuard.install(line: "taizhang: " + VerifyText.damagedPageFault.phrase.text(language, pairs: [("path", path)]))
    }
}
