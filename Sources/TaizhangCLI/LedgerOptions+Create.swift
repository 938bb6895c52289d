internal import Foundation
internal import LedgerStore

extension LedgerOptions {
    /// Opens the ledger to write, creating it when missing; when `body` then fails (a rejected
    /// batch, any error), the ledger it created is removed again: "nothing was written" leaves
    /// nothing behind, not an empty ledger.
    func openCreatingIfMissing(zone: String, _ body: (LedgerStore) throws -> Void) throws {
        let path = self.path
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        let folderExisted = fm.fileExists(atPath: path, isDirectory: &isFolder)
        let created = !LedgerStore.exists(at: path)
        if created { try LedgerStore.create(at: path, zone: zone) }
        do {
            // The store is released at the end of this scope, before any file is removed.
            try { try body(try open(readOnly: false)) }()
        } catch {
            if created { Self.remove(path, folder: !folderExisted) }
            throw error
        }
    }

    /// Removes a ledger this command created and that holds no event.
    private static func remove(_ path: String, folder: Bool) {
        guard let store = try? LedgerStore(path: path, readOnly: true), (try? store.head().sequence) == 0 else { return }
        let fm = FileManager.default
        try? fm.removeItem(atPath: path + "/data.mdb")
        try? fm.removeItem(atPath: path + "/lock.mdb")
        if folder, (try? fm.contentsOfDirectory(atPath: path))?.isEmpty == true { try? fm.removeItem(atPath: path) }
    }
}
