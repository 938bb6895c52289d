import Foundation
import Synchronization
import Testing
@testable import LMDB

/// A map change waits for the read transactions other threads have open (`MapGate`).
@Suite struct MapGateTests {
    /// Without the gate the grow would unmap the file under the open reader: it would finish
    /// first, and the reader's second look at its bytes would read unmapped memory.
    @Test func growingTheMapWaitsForAReaderInAnotherThread() throws {
        let (env, path) = try temporaryEnvironment()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let db = try env.openDatabases([("things", [])], create: true)[0]
        try env.write { txn in try txn.put(db, key: Array("a".utf8), value: Array(repeating: 7, count: 64)) }
        let order = Mutex<[String]>([])
        let inside = DispatchSemaphore(value: 0)
        let readerDone = DispatchSemaphore(value: 0)
        let reader = Thread {
            do {
                try env.read { txn in
                    let first = try txn.get(db, key: Array("a".utf8))
                    inside.signal()
                    // Give the grow every chance to run now, were it not held back.
                    usleep(300_000)
                    let second = try txn.get(db, key: Array("a".utf8))
                    order.withLock { $0.append(first == second && second?.count == 64 ? "reader read twice" : "reader saw other bytes") }
                }
            } catch {
                order.withLock { $0.append("reader failed: \(error)") }
            }
            readerDone.signal()
        }
        reader.start()
        inside.wait()
        try env.ensureMapSize(atLeast: 64 << 20)
        order.withLock { $0.append("grown") }
        readerDone.wait()
        #expect(order.withLock { $0 } == ["reader read twice", "grown"])
        #expect(env.mapSizeBytes >= 64 << 20)
        #expect(try env.read { txn in try txn.get(db, key: Array("a".utf8)) }?.count == 64)
    }
}
