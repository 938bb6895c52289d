import Ledger

/// libFuzzer's entry: parses the bytes (as UTF-8, bad bytes replaced) as a business date; what
/// parses is within the limits and prints back as text that parses to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let text = String(decoding: data.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0), as: UTF8.self)
    do {
        let date = try BusinessDate.parse(text)
        precondition(date >= Limits.dateMin && date <= Limits.dateMax, "\(date) from \(text) is outside the limits")
        precondition((try? BusinessDate.parse(date.description)) == date, "\(date) does not parse back (from \(text))")
        _ = date.quarter
    } catch {
        _ = error.code
        _ = error.chinese
    }
    return 0
}
