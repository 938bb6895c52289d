import Ledger

/// libFuzzer's entry: parses the bytes (as UTF-8, bad bytes replaced) as an amount; what
/// parses is within Int64 fen, not negative, and prints back as text that parses to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let text = String(decoding: data.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0), as: UTF8.self)
    guard let money = try? Money.parse(text) else { return 0 }
    precondition(money.fen >= 0, "a parsed amount is never negative: \(text)")
    let again = try? Money.parse(money.chinese)
    precondition(again == money, "\(money.chinese) does not parse back to \(money.fen) fen (from \(text))")
    _ = money.english
    _ = money.yiRounded(digits: 1)
    return 0
}
