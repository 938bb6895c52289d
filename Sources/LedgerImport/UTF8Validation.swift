/// Whether bytes are well-formed UTF-8, checked in place.
///
/// `String(validating:)` answers the same question by building a String: a second copy of a
/// whole batch file at the moment it is read. This checks without allocating, eight ASCII
/// bytes at a time, by the rules of Unicode's table 3-7 (no overlong forms, no surrogates,
/// nothing past U+10FFFF); a test compares it with `String(validating:)`.
enum UTF8Validation {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    static func isValid(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at once.
            if i + 8 <= n {
                let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            func continuation(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
            if b < 0xC2 { return false }
            if b < 0xE0 {
                guard continuation(1) else { return false }
                i += 2
            } else if b < 0xF0 {
                guard continuation(1), continuation(2) else { return false }
                let c = p[i + 1]
                if (b == 0xE0 && c < 0xA0) || (b == 0xED && c > 0x9F) { return false }
                i += 3
            } else if b < 0xF5 {
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let c = p[i + 1]
                if (b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F) { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
