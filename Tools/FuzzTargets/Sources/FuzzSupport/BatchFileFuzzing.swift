public import LedgerImport
import Ledger

/// What every reader's fuzz target does with its input: reads the bytes as a batch file of
/// `format` and maps every row, as an import does; every problem must render as one line in
/// both languages. A trap anywhere in here is what libFuzzer reports.
public func fuzzBatchFile(_ data: UnsafePointer<UInt8>?, _ count: Int, format: InputFormat) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let file = try? InputFile.read(bytes: bytes, name: "fuzz.\(format.rawValue)", format: format) else { return 0 }
    try? file.rows { row in
        if case .problems(let problems) = row {
            for p in problems { precondition(!p.message(chinese: true).isEmpty && !p.message(chinese: false).isEmpty) }
        }
    }
    return 0
}
