internal import Foundation
internal import Ledger

/// What `verify`'s second thread works out from the log's records alone.
struct HashingResult {
    /// The first sequence whose record does not hash to its own hash, or 0.
    var firstBad: UInt64 = 0
    /// The Merkle tree over every record, and its inner nodes in the order it completed them.
    var tree = TreeHeadBuilder()
    var nodes: [MerkleHash] = []
    /// The summary index as the log gives it (`SummaryHistory`), when asked for; what it threw, if anything.
    var history: Result<SummaryHistory, any Error>?
}

/// The SHA-256 work of `verify` (the chain, the Merkle leaves and inner nodes) and its summary
/// history, on a thread of its own while the first thread checks everything else (`rebuild`
/// uses it for the tree and the history while it folds).
///
/// The records are pointers into the caller's read transaction: the caller waits for the
/// thread on every way out, throws included, before the transaction ends.
final class HashingThread: @unchecked Sendable {
    /// What the summary history needs of the database, looked up before the thread starts: the
    /// sequence each void's target has in `event_ids`, by the void's sequence, and the ledger's path.
    struct HistoryInput {
        var voidTargets: [UInt64: Result<UInt64?, any Error>]
        var path: String
    }

    private let records: [UnsafeRawBufferPointer]
    private let chain: Bool
    private let merkle: Bool
    private let historyInput: HistoryInput?
    private let outcome = LockedValue(HashingResult())
    private var thread: Thread?
    /// Told how far the thread is (as `reader`, 1 unless a caller runs more than one), so that the pages of passed records can go.
    private let resident: ResidentRecords?
    private let reader: Int

    /// `chain`: check each record's own hash; `merkle`: build the tree; `history`: build the summary history.
    init(_ records: [UnsafeRawBufferPointer], chain: Bool = true, merkle: Bool = false, history: HistoryInput? = nil, resident: ResidentRecords? = nil,
         reader: Int = 1) {
        self.resident = resident
        self.reader = reader
        self.records = records
        self.chain = chain
        self.merkle = merkle
        self.historyInput = history
    }

    func start() {
        let thread = Thread { [self] in
            var result = HashingResult()
            work(into: &result)
            // Every record is passed, the unlinked ones (never read here) too.
            resident?.passed(reader, before: .max)
            outcome.set(result)
            outcome.finish()
        }
        self.thread = thread
        thread.start()
    }

    /// True once the thread has read its last record.
    var isFinished: Bool { outcome.isFinished }

    /// Waits for the thread and hands back what it found.
    func wait() -> HashingResult { outcome.waitForFinish() }

    /// Waits for the thread and hands over what it found, keeping none of it: the history and
    /// the nodes are a few hundred bytes an event, and a kept thread (`VerifyProbe`) must not hold them.
    func take() -> HashingResult {
        let result = outcome.waitForFinish()
        outcome.set(HashingResult())
        return result
    }

    /// One pass over the records: each one's own hash against its bytes, each as a Merkle leaf,
    /// and the summary history, as asked (one pass, so that a record is done with once read).
    private func work(into result: inout HashingResult) {
        let hashing = chain || merkle
        if merkle { result.nodes.reserveCapacity(records.count) }
        var history = historyInput.map { _ in SummaryHistory() }
        history?.reserve(events: records.count)
        var historyError: (any Error)?
        for (i, record) in records.enumerated() {
            if hashing { hash(record, at: i, into: &result) }
            if let input = historyInput, historyError == nil {
                do { try addToHistory(record, &history!, input) } catch { historyError = error }
            }
            if i & 1023 == 1023 { resident?.passed(reader, before: i + 1) }
            if !hashing && historyInput == nil { break }
        }
        guard historyInput != nil else { return }
        if let historyError { return result.history = .failure(historyError) }
        history!.finish()
        result.history = .success(history!)
    }

    /// Hashes one record: its own hash (until the first that fails), and as a Merkle leaf.
    @inline(__always)
    private func hash(_ record: UnsafeRawBufferPointer, at i: Int, into result: inout HashingResult) {
        if chain && result.firstBad == 0 && !HashingThread.hashesToItself(record) { result.firstBad = UInt64(i + 1) }
        if merkle { result.tree.append(Merkle.leafHash(record)) { result.nodes.append($0) } }
    }

    /// True when the last 32 bytes of `record` are the SHA-256 of the bytes before them.
    static func hashesToItself(_ record: UnsafeRawBufferPointer) -> Bool {
        let hash = StackSHA256.of(UnsafeRawBufferPointer(rebasing: record[0..<record.count - EventCodec.hashBytes]))
        return withUnsafeBytes(of: hash) { UnsafeRawBufferPointer(rebasing: record[(record.count - EventCodec.hashBytes)...]).sameBytes(as: $0) }
    }

    /// Adds one record to the summary history, as `LedgerStore.summaryHistory` does from the database.
    private func addToHistory(_ record: UnsafeRawBufferPointer, _ history: inout SummaryHistory, _ input: HistoryInput) throws {
        try history.addRecord(record, targetOf: { view in try input.voidTargets[view.sequence]?.get() ?? nil }) { sequence in
            guard sequence >= 1, sequence <= UInt64(records.count) else {
                throw StoreError(.corrupt, .eventMissing, path: input.path, sequence: sequence)
            }
            return try LedgerStore.decodeStored(records[Int(sequence - 1)], sequence: sequence, path: input.path).event
        }
    }
}

/// A value one thread sets and another waits for.
final class LockedValue<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: T
    private var finished = false

    init(_ value: T) { self.value = value }

    func set(_ newValue: T) {
        condition.lock()
        value = newValue
        condition.unlock()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished
    }

    func waitForFinish() -> T {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return value
    }
}
