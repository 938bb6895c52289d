/// Why an amount could not be read.
public enum MoneyParseError: String, Error, Equatable, Sendable, CaseIterable, CustomStringConvertible {
    case empty
    case malformed
    case negative
    case tooManyDecimals
    case overflow

    /// The code, for logs; people read `message(_:)` from the catalogue (`Catalogue+Rules.swift`).
    public var description: String { code }

    /// The stable code an import report gives this problem.
    public var code: String {
        switch self {
        case .empty: "missing_amount"
        case .malformed: "bad_amount"
        case .negative: "negative_amount"
        case .tooManyDecimals: "amount_decimals"
        case .overflow: "amount_too_large"
        }
    }
}

extension Money {
    /// Reads `50亿元`, `50亿`, `5.8亿元`, `3000万元`, `1,234.56元`, `580000000` (yuan),
    /// with full-width digits and separators too. Exact: more precision than a fen is an error.
    public static func parse(_ text: String) throws(MoneyParseError) -> Money {
        if let fast = parsePlain(text) { return fast }
        return try parseWritten(text)
    }

    /// The general reader behind `parse`: every accepted form, and the reason for a refusal.
    static func parseWritten(_ text: String) throws(MoneyParseError) -> Money {
        var scalars = Array(text.unicodeScalars.map(Text.halfWidth).filter { !Text.isSpace($0) })
        guard !scalars.isEmpty else { throw .empty }
        if scalars.first == "-" || scalars.first == "−" { throw .negative }
        if scalars.first == "+" { scalars.removeFirst() }
        // Units: 亿 = 10^8, 万 = 10^4 yuan; 元 / 人民币 may follow; fen exponent adds 2.
        var exponent = 2
        if scalars.last == "元" { scalars.removeLast() }
        if scalars.last == "亿" {
            exponent += 8
            scalars.removeLast()
            if scalars.last == "万" { exponent += 4; scalars.removeLast() }   // 万亿
        } else if scalars.last == "万" {
            exponent += 4
            scalars.removeLast()
        }
        guard !scalars.isEmpty else { throw .malformed }

        var integerDigits: [UInt8] = []
        var fractionDigits: [UInt8] = []
        var seenPoint = false
        var groupLengths: [Int] = []
        var currentGroup = 0
        for s in scalars {
            if s.value >= 48 && s.value <= 57 {
                let d = UInt8(s.value - 48)
                if seenPoint { fractionDigits.append(d) } else { integerDigits.append(d); currentGroup += 1 }
            } else if s == "." && !seenPoint {
                seenPoint = true
            } else if s == "," && !seenPoint {
                groupLengths.append(currentGroup)
                currentGroup = 0
            } else {
                throw .malformed
            }
        }
        if !groupLengths.isEmpty {
            // Thousands separators must group by three: 1,234,567.
            guard let first = groupLengths.first, (1...3).contains(first),
                  groupLengths.dropFirst().allSatisfy({ $0 == 3 }), currentGroup == 3 else { throw .malformed }
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { throw .malformed }
        if seenPoint && fractionDigits.isEmpty { throw .malformed }
        while fractionDigits.last == 0 { fractionDigits.removeLast() }
        guard fractionDigits.count <= exponent else { throw .tooManyDecimals }

        var value: Int64 = 0
        for d in integerDigits + fractionDigits {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int64(d))
            if o1 || o2 { throw .overflow }
            value = plus
        }
        for _ in 0..<(exponent - fractionDigits.count) {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { throw .overflow }
            value = times
        }
        return Money(fen: value)
    }

    /// `12608万元`, `5.8亿`, `1234.56元`, `580000000`: ASCII digits, at most one point and a unit,
    /// read straight from the bytes. Nil for anything else, which the general parser then reads
    /// (and reports on). Gives exactly what the general parser gives.
    static func parsePlain(_ text: String) -> Money? {
        var text = text
        return text.withUTF8 { u -> Money? in
            var value: Int64 = 0
            var fractionDigits = 0
            var seenPoint = false
            var digits = 0
            var exponent = 2
            var i = 0
            while i < u.count {
                let b = u[i]
                if b >= 0x30 && b <= 0x39 {
                    guard digits < 18 else { return nil }
                    value = value * 10 + Int64(b - 0x30)
                    digits += 1
                    if seenPoint { fractionDigits += 1 }
                } else if b == 0x2E && !seenPoint {
                    seenPoint = true
                } else {
                    break
                }
                i += 1
            }
            guard digits > 0, !(seenPoint && fractionDigits == 0) else { return nil }
            // Units: 万 E4 B8 87, 亿 E4 BA BF, 元 E5 85 83; nothing else may follow the number.
            func unit(_ at: Int, _ b1: UInt8, _ b2: UInt8) -> Bool { u.count >= at + 3 && u[at] == 0xE4 && u[at + 1] == b1 && u[at + 2] == b2 }
            func yuan(_ at: Int) -> Bool { u.count == at + 3 && u[at] == 0xE5 && u[at + 1] == 0x85 && u[at + 2] == 0x83 }
            if i == u.count || yuan(i) {
            } else if unit(i, 0xB8, 0x87) && (u.count == i + 3 || yuan(i + 3)) {
                exponent += 4
            } else if unit(i, 0xBA, 0xBF) && (u.count == i + 3 || yuan(i + 3)) {
                exponent += 8
            } else {
                return nil
            }
            while fractionDigits > 0 && value % 10 == 0 { value /= 10; fractionDigits -= 1 }
            guard fractionDigits <= exponent else { return nil }
            for _ in 0..<(exponent - fractionDigits) {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = times
            }
            return Money(fen: value)
        }
    }

    /// A JSON integer or string of whole yuan.
    public static func fromYuan(_ yuan: Int64) throws(MoneyParseError) -> Money {
        if yuan < 0 { throw .negative }
        let (fen, overflow) = yuan.multipliedReportingOverflow(by: 100)
        if overflow { throw .overflow }
        return Money(fen: fen)
    }
}
