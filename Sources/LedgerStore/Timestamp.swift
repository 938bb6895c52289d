internal import Foundation
internal import Ledger

/// Recorded times: milliseconds since the Unix epoch, read and printed as ISO 8601.
public enum Timestamp {
    /// China Standard Time, the zone business dates are in.
    public static let chinaOffsetSeconds = 8 * 3600

    /// `2021-04-10T17:00:00+08:00` (China time, milliseconds only when nonzero).
    public static func iso(_ ms: Int64, offsetSeconds: Int = chinaOffsetSeconds) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: offsetSeconds)
        formatter.dateFormat = ms % 1000 == 0 ? "yyyy-MM-dd'T'HH:mm:ssXXXXX" : "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX"
        return formatter.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }

    /// Reads an ISO 8601 time with an offset (`2021-04-15T12:00:00+08:00`, `…Z`), or a date
    /// (`2021-04-15`), which means the end of that day in China time.
    public static func parse(_ text: String) -> Int64? {
        let t = text.trimmingCharacters(in: .whitespaces)
        // A date in any form a business date takes (2021-04-15, 2021/4/15, 2021年4月15日, 20210415).
        if !t.contains("T"), let date = try? BusinessDate.parse(t), let day = parseDay(date.description) {
            return (day + 86_400) * 1000 - 1 - Int64(chinaOffsetSeconds) * 1000
        }
        for format in ["yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mmXXXXX"] {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(secondsFromGMT: 0)
            f.dateFormat = format
            if let d = f.date(from: t) { return Int64((d.timeIntervalSince1970 * 1000).rounded()) }
        }
        return nil
    }

    /// Seconds since the epoch of 00:00 UTC of a `YYYY-MM-DD` day.
    private static func parseDay(_ t: String) -> Int64? {
        let parts = t.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        var c = DateComponents()
        c.year = y; c.month = m; c.day = d
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 0)!
        guard let date = cal.date(from: c), cal.component(.day, from: date) == d else { return nil }
        return Int64(date.timeIntervalSince1970)
    }
}
