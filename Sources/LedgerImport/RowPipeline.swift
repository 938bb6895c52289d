internal import Ledger
internal import Foundation

/// Reads a file's rows on a second thread while the caller validates and writes them.
///
/// Parsing and mapping rows, and the store's work that needs no database (`prepare`: a row's
/// record and hashes), run beside the LMDB write transaction (which must stay on its own
/// thread). Rows travel in chunks through a small bounded queue, so memory stays flat whatever
/// the file's size.
final class RowPipeline: @unchecked Sendable {
    static let chunkRows = 4096
    static let chunksInFlight = 8

    private let condition = NSCondition()
    private var chunks: [[PreparedRow]] = []
    private var finished = false
    private var cancelled = false
    private var failure: Error?

    /// Hands every row of `file` to `sink` in order, parsing and preparing on a background thread.
    static func run(_ file: InputFile, prepare: @escaping @Sendable (consuming IncomingRow) -> PreparedRow,
                    _ sink: (PreparedRow) throws -> Void) throws {
        let pipeline = RowPipeline()
        let producer = Thread { pipeline.produce(file, prepare) }
        producer.stackSize = 8 << 20
        producer.start()
        do {
            while let chunk = pipeline.next() {
                // By index, not `for row in chunk`: each row is lent to `sink`, not copied (and its strings retained) first.
                try chunk.withUnsafeBufferPointer { rows in
                    for i in rows.indices { try sink(rows[i]) }
                }
            }
        } catch {
            pipeline.cancel()
            throw error
        }
        if let failure = pipeline.takeFailure() { throw failure }
    }

    private func produce(_ file: InputFile, _ prepare: (consuming IncomingRow) -> PreparedRow) {
        var chunk: [PreparedRow] = []
        chunk.reserveCapacity(RowPipeline.chunkRows)
        struct Cancelled: Error {}
        do {
            try file.parseRows { row in
                chunk.append(prepare(row))
                if chunk.count == RowPipeline.chunkRows {
                    guard put(chunk) else { throw Cancelled() }
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            if !chunk.isEmpty { _ = put(chunk) }
        } catch is Cancelled {
        } catch {
            condition.lock()
            failure = error
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a chunk, waiting while the queue is full; false once the consumer gave up.
    private func put(_ chunk: [PreparedRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= RowPipeline.chunksInFlight && !cancelled { condition.wait() }
        if cancelled { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    private func next() -> [PreparedRow]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if chunks.isEmpty { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func takeFailure() -> Error? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }
}
