internal import LMDB
internal import Foundation

/// What `backup` made: the copy's digest and what verifying it found.
public struct BackupResult: Sendable {
    /// The copy's digest; nil when it does not verify.
    public var digest: LedgerDigest?
    public var report: VerifyReport
}

extension LedgerStore {
    /// Copies the ledger into `folder` with LMDB's compacting copy (`mdb_env_copy2` with
    /// `MDB_CP_COMPACT`), then opens the copy read-only and verifies it.
    ///
    /// The copy is one read transaction's snapshot, so imports may run meanwhile; it holds
    /// every batch committed before the copy began and nothing of the others. `folder` must
    /// not exist or be empty; it is created `0700` (`0750` when the ledger is group-readable)
    /// and the copy's files get the ledger's file mode, readable and writable by the owner.
    public func backup(to folder: String) throws -> BackupResult {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw StoreError(.storage, .backupIntoFile, ["folder": folder], path: folder) }
            let entries = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else { throw StoreError(.storage, .backupNotEmpty, ["folder": folder], path: folder) }
        }
        let sourceMode = ((try? fm.attributesOfItem(atPath: path + "/data.mdb"))?[.posixPermissions] as? Int) ?? 0o600
        let groupReadable = sourceMode & 0o040 != 0
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: groupReadable ? 0o750 : 0o700])
        } catch {
            throw StoreError(.permission, .cannotCreateBackup, ["folder": folder, "reason": error.localizedDescription], path: folder)
        }
        do {
            try environment.copy(to: folder, compact: true)
        } catch let e as LMDBError {
            throw LedgerStore.translate(e, path: folder)
        }
        try? fm.setAttributes([.posixPermissions: groupReadable ? 0o640 : 0o600], ofItemAtPath: folder + "/data.mdb")
        let copy = try LedgerStore(path: folder, readOnly: true)
        let report = try copy.verify()
        return BackupResult(digest: report.ok ? try copy.digest() : nil, report: report)
    }
}
