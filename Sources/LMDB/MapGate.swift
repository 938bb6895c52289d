internal import Foundation

/// Keeps this process's transactions and its map changes apart: a map is never replaced under
/// a transaction another thread has open.
///
/// `mdb_env_set_mapsize` unmaps and maps the file again, and LMDB refuses it (EINVAL) only while
/// the environment's *write* transaction is open: a read transaction of another thread keeps
/// pointers into the old map, and its next read faults. A server reads in many threads at once
/// while another process grows the map (`MDB_MAP_RESIZED`) or an import of its own grows it, so
/// every transaction holds this gate shared and every map change holds it alone.
final class MapGate: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    /// How long a map change waits for the transactions open in other threads.
    static let exclusiveWaitSeconds = 60.0

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        precondition(pthread_rwlock_init(lock, nil) == 0, "pthread_rwlock_init")
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    func enterShared() { precondition(pthread_rwlock_rdlock(lock) == 0, "pthread_rwlock_rdlock") }
    func leaveShared() { precondition(pthread_rwlock_unlock(lock) == 0, "pthread_rwlock_unlock") }

    /// Runs `body` once no transaction of this process is open; false (and `body` not run) when
    /// none closed within `exclusiveWaitSeconds` (the caller's own thread holds one, say).
    ///
    /// It tries rather than waits, so a thread that asks while it still holds a transaction of its
    /// own gets an error instead of waiting for itself forever.
    func alone(_ body: () throws -> Void) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(MapGate.exclusiveWaitSeconds)
        while pthread_rwlock_trywrlock(lock) != 0 {
            if Date() > deadline { return false }
            usleep(500)
        }
        defer { precondition(pthread_rwlock_unlock(lock) == 0, "pthread_rwlock_unlock") }
        try body()
        return true
    }
}
