internal import Crypto
internal import Dispatch

/// SHA-256 of a file's chunks, hashed in order on a thread of its own while the caller reads on.
///
/// A large CSV's scan (`StreamedText.scan`) hashes the file and checks its UTF-8, its lines and
/// its total rows before the import can begin, on one thread while the other core waits; the
/// hash was a third of that time. The very chunks the caller checks are hashed (not a second
/// read of the file), so the hash is of the bytes checked. At most two chunks wait to be hashed.
final class ChunkHasher: @unchecked Sendable {
    private var hasher = SHA256()
    private let queue = DispatchQueue(label: "taizhang.chunk-hasher")
    private let room = DispatchSemaphore(value: 2)

    /// Hands `chunk` over to be hashed after the chunks before it; waits while two are waiting.
    func add(_ chunk: [UInt8]) {
        room.wait()
        queue.async {
            self.hasher.update(data: chunk)
            self.room.signal()
        }
    }

    /// The hash of every chunk added, once they are all hashed.
    func finish() -> [UInt8] {
        queue.sync { Array(hasher.finalize()) }
    }
}
