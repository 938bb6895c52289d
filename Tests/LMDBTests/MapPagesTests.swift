import Foundation
import LMDB
import Testing

/// `MapPages` lets go of mapped pages only: what is read afterwards is the file's bytes, and a
/// write transaction's own dirty pages (heap memory, which `MADV_DONTNEED` would zero) are never touched.
@Suite struct MapPagesTests {
    static let value = [UInt8]((0..<3 * 4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })

    @Test func releasedPagesReadTheSameBytesAgain() throws {
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("things", [])], create: true)[0]
        try env.write { txn in try txn.put(db, key: Array("a".utf8), value: Self.value) }
        try env.read { txn in
            let stored = try #require(try Array("a".utf8).withUnsafeBytes { try txn.get(db, key: $0) })
            #expect(txn.mapPages.release(try #require(stored.baseAddress), byteCount: stored.count))
            #expect(Array(stored) == Self.value)
            txn.mapPages.releaseAll()
            #expect(Array(stored) == Self.value)
            #expect(try txn.get(db, key: Array("a".utf8)) == Self.value)
        }
    }

    @Test func memoryOutsideTheMapIsLeftAlone() throws {
        let (env, _) = try temporaryEnvironment()
        let db = try env.openDatabases([("things", [])], create: true)[0]
        try env.write { txn in
            try txn.put(db, key: Array("a".utf8), value: Self.value)
            // Inside the write transaction the value lies in a dirty page, in the heap.
            let dirty = try #require(try Array("a".utf8).withUnsafeBytes { try txn.get(db, key: $0) })
            #expect(!txn.mapPages.release(try #require(dirty.baseAddress), byteCount: dirty.count))
            #expect(Array(dirty) == Self.value)
        }
        let heap = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * 4096, alignment: 4096)
        defer { heap.deallocate() }
        heap.initializeMemory(as: UInt8.self, repeating: 0xAB)
        try env.read { txn in #expect(!txn.mapPages.release(UnsafeRawPointer(heap.baseAddress!), byteCount: heap.count)) }
        #expect(heap.allSatisfy { $0 == 0xAB })
    }
}
