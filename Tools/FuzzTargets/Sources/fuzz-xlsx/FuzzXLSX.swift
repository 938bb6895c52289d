import Ledger
import LedgerImport

/// libFuzzer's entry: reads the bytes as a .xlsx batch file and maps every row, as an import does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let file = try? InputFile.read(bytes: bytes, name: "fuzz.xlsx", format: .xlsx) else { return 0 }
    var rows = 0
    try? file.rows { row in
        rows += 1
        if case .problems(let problems) = row {
            // Every problem renders as one line in both languages.
            for p in problems { precondition(!p.message(chinese: true).isEmpty && !p.message(chinese: false).isEmpty) }
        }
    }
    return 0
}
