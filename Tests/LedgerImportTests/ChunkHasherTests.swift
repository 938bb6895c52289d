import Testing
import Crypto
@testable import LedgerImport

/// The scan's hash, made on another thread chunk by chunk, is the file's SHA-256.
@Suite struct ChunkHasherTests {
    @Test(arguments: [0, 1, 3, 64, 1000])
    func chunksHashAsTheirConcatenation(chunks: Int) {
        var generator = SystemRandomNumberGenerator()
        let parts = (0..<chunks).map { i in (0..<(i % 7 == 0 ? 0 : 1 + i * 37)).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        let hasher = ChunkHasher()
        for part in parts { hasher.add(part) }
        #expect(hasher.finish() == Array(SHA256.hash(data: parts.flatMap { $0 })))
    }
}
