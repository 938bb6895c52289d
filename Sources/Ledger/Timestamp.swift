/// Recorded times: milliseconds since the Unix epoch, read and printed as ISO 8601.
///
/// Days go through `BusinessDate.dayNumber` and `BusinessDate(dayNumber:)`, the one path
/// between calendar days and numbers; no calendar library is involved.
public enum Timestamp {
    /// China Standard Time, the zone business dates are in.
    public static let chinaOffsetSeconds = 8 * 3600
    static let dayMs: Int64 = 86_400_000

    /// `2021-04-10T17:00:00+08:00` (China time, milliseconds only when nonzero).
    public static func iso(_ ms: Int64, offsetSeconds: Int = chinaOffsetSeconds) -> String {
        let local = ms &+ Int64(offsetSeconds) * 1000
        let day = floorDiv(local, dayMs)
        let inDay = local - day * dayMs
        let date = BusinessDate(dayNumber: Int(day))?.description ?? "?"
        let seconds = Int(inDay / 1000), millis = Int(inDay % 1000)
        var out = date + "T" + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
        if millis != 0 { out += "." + String(String(1000 + millis).dropFirst()) }
        if offsetSeconds == 0 { return out + "Z" }
        let a = abs(offsetSeconds)
        return out + (offsetSeconds < 0 ? "-" : "+") + two(a / 3600) + ":" + two(a / 60 % 60)
    }

    /// Reads an ISO 8601 time with an offset (`2021-04-15T12:00:00+08:00`, `…Z`, seconds and
    /// milliseconds optional), or a date (`2021-04-15`), which means the end of that day in China time.
    public static func parse(_ text: String) -> Int64? {
        let t = Text.normalized(text)
        guard let tee = t.firstIndex(of: "T") else {
            // A date in any form a business date takes (2021-04-15, 2021/4/15, 2021年4月15日, 20210415).
            guard let date = try? BusinessDate.parse(t) else { return nil }
            return Int64(date.dayNumber + 1) * dayMs - 1 - Int64(chinaOffsetSeconds) * 1000
        }
        let datePart = String(t[..<tee])
        guard datePart.utf8.count == 10, let date = BusinessDate.parseISO(datePart) else { return nil }
        guard let (timeMs, offsetSeconds) = timeOfDay(Array(t[t.index(after: tee)...].utf8)) else { return nil }
        return Int64(date.dayNumber) * dayMs + timeMs - Int64(offsetSeconds) * 1000
    }

    /// `HH:MM[:SS[.fff]]` then `Z` or `±HH:MM` (or `±HHMM`): milliseconds into the day, and the offset.
    static func timeOfDay(_ u: [UInt8]) -> (Int64, Int)? {
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= u.count else { return nil }
            var v = 0
            for b in u[i..<i + digits] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            i += digits
            return v
        }
        func skip(_ c: UInt8) -> Bool { if i < u.count && u[i] == c { i += 1; return true }; return false }
        guard let h = number(2), skip(0x3A), let m = number(2), h < 24, m < 60 else { return nil }
        var s = 0, ms = 0
        if skip(0x3A) {
            guard let sec = number(2), sec < 60 else { return nil }
            s = sec
            if skip(0x2E) {
                let start = i
                while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 { i += 1 }
                guard i > start else { return nil }
                let digits = u[start..<min(i, start + 3)].map { Int($0 - 0x30) }
                ms = digits.enumerated().reduce(0) { $0 + $1.element * [100, 10, 1][$1.offset] }
            }
        }
        let offset: Int
        if skip(0x5A) || skip(0x7A) {
            offset = 0
        } else {
            guard i < u.count, u[i] == 0x2B || u[i] == 0x2D else { return nil }
            let sign = u[i] == 0x2D ? -1 : 1
            i += 1
            guard let oh = number(2) else { return nil }
            _ = skip(0x3A)
            guard let om = number(2), oh <= 14, om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        }
        guard i == u.count else { return nil }
        return (Int64(((h * 60 + m) * 60 + s) * 1000 + ms), offset)
    }

    /// The business day, China time, of a recorded time (through the same day numbers as
    /// `parse`); nil outside the years 1 to 9999.
    public static func chinaDay(_ ms: Int64) -> BusinessDate? {
        let (local, overflow) = ms.addingReportingOverflow(Int64(chinaOffsetSeconds) * 1000)
        if overflow { return nil }
        return BusinessDate(dayNumber: Int(floorDiv(local, dayMs)))
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }
    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
