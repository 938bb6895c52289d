import Foundation
import LedgerImport
import LedgerStore
@testable import TaizhangCLI
import Testing

/// Defect 7: after an `MDB_MAP_FULL` rerun the progress line counted every row again. The
/// progress hooks are driven as the import use case drives them, through a real rerun.
@Suite struct ProgressRerunTests {
    @Test func rowsAreCountedOnceWhenLMDBRerunsTheBatch() throws {
        let generated = temporaryFolder()
        try FileManager.default.createDirectory(atPath: generated, withIntermediateDirectories: true)
        #expect(try run(repositoryRoot.path + "/Tools/generate", ["--events", "6000", "--seed", "7", "--format", "jsonl", "--out", generated]).status == 0)
        let input = try InputFile.read(path: generated + "/events-6000.jsonl", format: nil, encoding: nil)
        // A 64 KiB map, not reserved ahead: the batch fills it and LMDB reruns it on a larger one.
        let store = try LedgerStore.create(at: temporaryFolder(), zone: "测试区", initialMapSizeBytes: 64 << 10)
        let progress = Progress(enabled: false, label: "")
        let hooks = progress.hooks
        var runs = 0
        let source = BatchSource(fileName: input.name, sha256: input.sha256, encoding: input.encoding)
        let outcome = try store.importBatches(sources: [source], options: ImportOptions(recordedAtMs: 1_618_045_200_000, operatorName: "t")) { i, sink in
            runs += 1
            hooks.beginFile(i)
            try input.rows { row in
                hooks.row()
                try sink(row)
            }
        }
        #expect(runs > 1, "the map never filled: no rerun to count twice")
        #expect(outcome.rows == 6000)
        #expect(progress.rows == 6000, "progress counted \(progress.rows) rows over \(runs) runs")
    }
}
