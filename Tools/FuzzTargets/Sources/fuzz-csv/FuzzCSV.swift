import FuzzSupport

/// libFuzzer's entry: reads the bytes as a .csv batch file and maps every row, as an import does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    fuzzBatchFile(data, count, format: .csv)
}
