public import Catalogue
internal import LedgerStore

extension LedgerService {
    /// From now on, a fault inside LMDB on a damaged page of this ledger (which LMDB trusts)
    /// ends the process with the ledger's damaged line in `language` and exit status 4,
    /// never a signal. For processes that serve one ledger, such as the command line.
    public func guardDamagedPages(_ language: Language) {
        LedgerStore.guardDamagedPages(path: path, language)
    }
}
