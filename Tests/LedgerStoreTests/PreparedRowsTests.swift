import Testing
import Foundation
import Ledger
import LedgerStore

/// Rows prepared on the parsing side (`RowPreparer`: record, chain hash and Merkle leaf made
/// ahead) land exactly as the writer would have written them: same records, same digest, same
/// tree, whatever rows the writer skips or however the prepared work went wrong.
@Suite struct PreparedRowsTests {
    static let recordedAtMs = Timestamp.parse("2024-01-01T00:00:00+08:00")!

    /// Events of `SyntheticEvents` with rows repeating earlier ones (duplicates the writer skips), as rows of two files.
    static func files() -> [[IncomingRow]] {
        var events = SyntheticEvents.make(count: 400, projectsMax: 40, seed: 14)
        for (at, from) in [(60, 10), (61, 11), (250, 200), (399, 398)] { events.insert(events[from], at: at) }
        let rows = events.enumerated().map { IncomingRow.event($1, line: UInt32($0 + 2)) }
        return [Array(rows[..<180]), Array(rows[180...]) + [rows[5]]]
    }

    static func sources(_ files: [[IncomingRow]]) -> [BatchSource] {
        files.indices.map { BatchSource(fileName: "f\($0).csv", sha256: ChainHash.sha256(Array("file \($0)".utf8)), encoding: "UTF-8") }
    }

    /// The files landed with every row prepared; `spoil` may change a prepared row before the writer sees it.
    static func landPrepared(_ files: [[IncomingRow]], spoil: (Int, inout PreparedRow) -> Void = { _, _ in }) throws -> (LedgerStore, ImportOutcome) {
        let store = try temporaryLedger()
        var n = 0
        let outcome = try store.importBatches(sources: sources(files), options: ImportOptions(recordedAtMs: recordedAtMs, operatorName: "t")) { index, preparer, sink in
            for row in files[index] {
                var prepared = preparer.prepare(row)
                spoil(n, &prepared)
                n += 1
                try sink(prepared)
            }
        }
        return (store, outcome)
    }

    /// The files landed the plain way: the writer encodes and hashes every event itself.
    static func landPlain(_ files: [[IncomingRow]]) throws -> (LedgerStore, ImportOutcome) {
        let store = try temporaryLedger()
        let outcome = try store.importBatches(sources: sources(files), options: ImportOptions(recordedAtMs: recordedAtMs, operatorName: "t")) { index, sink in
            for row in files[index] { try sink(row) }
        }
        return (store, outcome)
    }

    static func records(_ store: LedgerStore) throws -> [RecordedEvent] {
        var all: [RecordedEvent] = []
        try store.forEachEvent(verifying: true) { all.append($0); return true }
        return all
    }

    @Test func preparedRowsLandAsTheWriterWritesThem() throws {
        let files = PreparedRowsTests.files()
        let (plain, plainOutcome) = try PreparedRowsTests.landPlain(files)
        let (prepared, outcome) = try PreparedRowsTests.landPrepared(files)
        #expect(outcome.duplicates == 5)
        #expect(outcome.eventsAppended == 400)
        #expect(plainOutcome.head == outcome.head)
        #expect(try prepared.storedDigest() == plain.storedDigest())
        #expect(try PreparedRowsTests.records(prepared) == PreparedRowsTests.records(plain))
        #expect(try prepared.verify().ok)
    }

    @Test func aPreparedRecordThatDoesNotFitIsMadeAgain() throws {
        let files = PreparedRowsTests.files()
        let (plain, _) = try PreparedRowsTests.landPlain(files)
        // Wrong chains, wrong sequences, cut records, none at all: the writer must notice each and encode the event itself.
        let (prepared, outcome) = try PreparedRowsTests.landPrepared(files) { n, row in
            guard n % 5 != 0 else { return }
            var record = row.withRecord { [UInt8]($0) }
            switch n % 5 {
            case 1: record[3] ^= 0xFF                      // previous hash
            case 2: record[41] ^= 0x01                     // sequence
            case 3: record.removeLast(record.count - 40)   // cut short
            default: record = []
            }
            let block = ByteBlock(capacity: max(record.count, 1))
            _ = record.withUnsafeBytes { block.append($0) }
            row = PreparedRow(row.row, block: block, offset: 0, count: record.count, leaf: row.leaf)
        }
        #expect(outcome.eventsAppended == 400)
        #expect(try prepared.storedDigest() == plain.storedDigest())
        #expect(try PreparedRowsTests.records(prepared) == PreparedRowsTests.records(plain))
        #expect(try prepared.verify().ok)
    }
}
