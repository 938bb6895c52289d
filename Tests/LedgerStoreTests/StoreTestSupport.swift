import Foundation
import Ledger
import LedgerStore
import TestSupport

/// A new ledger in a fresh temporary folder.
func temporaryLedger(zone: String = "测试区") throws -> LedgerStore {
    let path = TemporaryFolders.removedAtExit(NSTemporaryDirectory() + "taizhang-test-" + UUID().uuidString)
    return try LedgerStore.create(at: path, zone: zone)
}

func date(_ text: String) throws -> BusinessDate { try BusinessDate.parse(text) }

func signed(_ id: String, _ project: String, _ day: String, yi: Int64, name: String? = nil, group: String = "经开组团") throws -> Event {
    try Event(id: id, kind: .signed, project: project, date: date(day), amount: .yi(yi), name: name ?? "项目\(project)", group: group, industry: "光电信息")
}

func event(_ id: String, _ kind: EventKind, _ project: String, _ day: String, fen: Int64 = 0, ref: String = "") throws -> Event {
    try Event(id: id, kind: kind, project: project, date: date(day), amount: Money(fen: fen), ref: ref)
}

extension LedgerStore {
    /// Imports `events` as one batch named `file`; returns the outcome or throws the rejection.
    @discardableResult
    func land(_ events: [Event], file: String = "test.jsonl", recordedAt: String = "2021-04-10T17:00:00+08:00", dryRun: Bool = false) throws -> ImportOutcome {
        var digestInput = Array(file.utf8)
        for e in events { digestInput += Array("\(e)".utf8) }
        let source = BatchSource(fileName: file, sha256: ChainHash.sha256(digestInput), encoding: "UTF-8")
        return try importBatches(sources: [source], options: ImportOptions(recordedAtMs: Timestamp.parse(recordedAt), operatorName: "tester", dryRun: dryRun)) { _, sink in
            for (i, e) in events.enumerated() { try sink(.event(e, line: UInt32(i + 1))) }
        }
    }
}
