import Testing
import Crypto
@testable import LedgerImport

/// The scan's hash, made on another thread chunk by chunk, is the file's SHA-256.
@Suite struct ChunkHasherTests {
    /// Chunks of other sizes (some empty) and other bytes, so that their order matters.
    @Test(arguments: [0, 1, 3, 64, 300])
    func chunksHashAsTheirConcatenation(chunks: Int) {
        let parts = (0..<chunks).map { i in [UInt8](repeating: UInt8(truncatingIfNeeded: i &* 37 &+ 1), count: i % 7 == 0 ? 0 : 1 + i * 113) }
        let hasher = ChunkHasher()
        for part in parts { hasher.add(part) }
        #expect(hasher.finish() == Array(SHA256.hash(data: parts.flatMap { $0 })))
    }
}
