internal import Ledger
internal import Foundation

/// Reads a file's rows on a second thread while the caller validates and writes them.
///
/// Parsing and mapping rows is about half of an import's work and needs no database, so it
/// runs beside the LMDB write transaction (which must stay on its own thread). Rows travel in
/// chunks through a small bounded queue, so memory stays flat whatever the file's size.
final class RowPipeline: @unchecked Sendable {
    static let chunkRows = 4096
    static let chunksInFlight = 8

    private let condition = NSCondition()
    private var chunks: [[IncomingRow]] = []
    private var finished = false
    private var cancelled = false
    private var failure: Error?

    /// Hands every row of `file` to `sink` in order, parsing on a background thread.
    static func run(_ file: InputFile, _ sink: (IncomingRow) throws -> Void) throws {
        let pipeline = RowPipeline()
        let producer = Thread { pipeline.produce(file) }
        producer.stackSize = 8 << 20
        producer.start()
        do {
            while let chunk = pipeline.next() {
                for row in chunk { try sink(row) }
            }
        } catch {
            pipeline.cancel()
            throw error
        }
        if let failure = pipeline.takeFailure() { throw failure }
    }

    private func produce(_ file: InputFile) {
        var chunk: [IncomingRow] = []
        chunk.reserveCapacity(RowPipeline.chunkRows)
        struct Cancelled: Error {}
        do {
            try file.parseRows { row in
                chunk.append(row)
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
    private func put(_ chunk: [IncomingRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= RowPipeline.chunksInFlight && !cancelled { condition.wait() }
        if cancelled { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    private func next() -> [IncomingRow]? {
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
