internal import LMDB
internal import Foundation

extension LedgerStore {
    /// Below this many free bytes, a write that failed with `EIO` is taken for a full disk.
    static let diskFullBytesMax = 16 << 20

    /// The one-line error for a write that failed because the disk is full, or nil.
    ///
    /// LMDB reports `ENOSPC` or `EDQUOT` when a write fails outright, but a write the file
    /// system cut short (it wrote what fitted) comes back from `mdb_txn_commit` as `EIO`
    /// ("short write, filesystem full?" in LMDB's source). So an `EIO` from a call that writes
    /// counts as a full disk when the disk has almost nothing left; either way the message
    /// names the folder, the mount point and the space left, and says nothing landed.
    static func diskFull(_ e: LMDBError, path: String) -> StoreError? {
        let writes = ["mdb_txn_commit", "mdb_env_sync", "mdb_env_copy2", "mdb_env_open"]
        let space = DiskSpace(path: path)
        guard e.isDiskFull || (e.code == EIO && writes.contains(e.call) && (space.map { $0.freeBytes < diskFullBytesMax } ?? false)) else {
            return nil
        }
        guard let space else { return StoreError(.diskFull, .diskFullNoPlace, ["reason": e.message], path: path, cause: e) }
        return StoreError(.diskFull, .diskFull, ["mount": space.mountPoint, "free": DiskSpace.text(space.freeBytes), "size": DiskSpace.text(space.sizeBytes)],
                          path: path, cause: e)
    }
}

/// The file system a path lives on: its mount point, size and the space an ordinary user may still use.
struct DiskSpace {
    var mountPoint: String
    var sizeBytes: Int
    var freeBytes: Int

    /// Nil when the path and none of its parents exist.
    init?(path: String) {
        let fm = FileManager.default
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        while !fm.fileExists(atPath: existing.path) && existing.path != "/" { existing.deleteLastPathComponent() }
        guard let fs = try? fm.attributesOfFileSystem(forPath: existing.path),
              let size = (fs[.systemSize] as? NSNumber)?.intValue, let free = (fs[.systemFreeSize] as? NSNumber)?.intValue
        else { return nil }
        sizeBytes = size
        freeBytes = free
        mountPoint = DiskSpace.mountPoint(of: existing)
    }

    /// The highest folder above `url` on the same device.
    static func mountPoint(of url: URL) -> String {
        func device(_ u: URL) -> Int? { (try? FileManager.default.attributesOfItem(atPath: u.path)[.systemNumber] as? NSNumber)?.intValue }
        var current = url
        let dev = device(url)
        while current.path != "/" {
            let parent = current.deletingLastPathComponent()
            if device(parent) != dev { break }
            current = parent
        }
        return current.path
    }

    /// `0 bytes`, `512 KiB`, `7.9 MiB`, `12.3 GiB`.
    static func text(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1 << 20 { return "\(bytes >> 10) KiB" }
        if bytes < 1 << 30 { return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
        return String(format: "%.1f GiB", Double(bytes) / Double(1 << 30))
    }
}
