import Foundation
import LMDB
import Ledger
@testable import LedgerStore
import Testing

/// `verify` hashes every record on its second thread while the first scans them; when the scan
/// stops early, full of failures, only what it reached may be reported, as when the hashing
/// came after the scan.
@Suite struct VerifyScanStopTests {
    /// 150 signings, then `event_ids` loses the first 120 ids (so the scan fills up at 100
    /// failures, at sequence 100) and the record at `badHash` gets a wrong own hash.
    static func damaged(badHash: UInt64) throws -> VerifyReport {
        let store = try MerkleNodesTests.ledger(batchSizes: [150])
        let env = try Environment(path: store.path)
        let dbs = try env.openDatabases([("events", []), ("event_ids", [])], create: false)
        try env.write { txn in
            for i in 0..<120 { _ = try txn.delete(dbs[1], key: Array("e\(i)".utf8)) }
            var record = try #require(try txn.get(dbs[0], key: MerkleNodesTests.key(badHash)))
            record[record.count - 1] ^= 0x01
            try txn.put(dbs[0], key: MerkleNodesTests.key(badHash), value: record)
        }
        return try LedgerStore(path: store.path, readOnly: true).verify()
    }

    @Test func aWrongHashPastWhereTheScanStoppedIsNotReported() throws {
        let report = try Self.damaged(badHash: 130)
        #expect(report.findings.count == VerifyFindings.failuresMax)
        #expect(report.findings.allSatisfy { $0.what == .eventIdMissing }, "\(report.failures.prefix(3))")
        #expect(report.findings.first?.place == .sequence(1))
        #expect(report.findings.last?.place == .sequence(100))
    }

    @Test func aWrongHashTheScanReachedGoesFirst() throws {
        let report = try Self.damaged(badHash: 50)
        #expect(report.findings.count == VerifyFindings.failuresMax)
        #expect(report.findings.first?.what == .hashMismatch)
        #expect(report.findings.first?.place == .sequence(50))
        #expect(report.findings.dropFirst().first?.place == .sequence(1))
        #expect(report.firstBadSequence == 1)
    }
}
