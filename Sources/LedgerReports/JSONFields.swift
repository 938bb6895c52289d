internal import Foundation
internal import Ledger

/// Reads the keys of a rules file one by one, remembering which were read so that an unknown
/// key is refused at the end (`finish`).
struct JSONFields {
    let object: [String: Any]
    var seen: Set<String> = []

    init(_ object: [String: Any]) { self.object = object }

    mutating func value(_ key: String) throws(RuleSetError) -> Any {
        seen.insert(key)
        guard let v = object[key] else { throw RuleSetError(key: key, problem: .missing) }
        return v
    }

    mutating func string(_ key: String) throws(RuleSetError) -> String {
        guard let s = try value(key) as? String else { throw RuleSetError(key: key, problem: .notString) }
        return s
    }

    /// A whole number: JSON booleans and fractions are refused, not rounded.
    static func integer(_ v: Any, key: String) throws(RuleSetError) -> Int64 {
        guard let n = v as? NSNumber, !JSONFields.isBoolean(n), let i = Int64(n.stringValue) else {
            throw RuleSetError(key: key, problem: .notInteger)
        }
        return i
    }

    /// JSON `true` and `false` arrive as NSNumbers too; their type tells them from 1 and 0.
    static func isBoolean(_ n: NSNumber) -> Bool {
        let type = String(cString: n.objCType)
        return type == "c" || type == "B"
    }

    mutating func integer(_ key: String, _ range: ClosedRange<Int64>) throws(RuleSetError) -> Int64 {
        let i = try JSONFields.integer(try value(key), key: key)
        guard range.contains(i) else { throw RuleSetError(key: key, problem: .outOfRange) }
        return i
    }

    mutating func integers(_ key: String) throws(RuleSetError) -> [Int64] {
        guard let list = try value(key) as? [Any] else { throw RuleSetError(key: key, problem: .notInteger) }
        var out: [Int64] = []
        for (i, v) in list.enumerated() {
            let n = try JSONFields.integer(v, key: "\(key)[\(i)]")
            guard n > 0 else { throw RuleSetError(key: "\(key)[\(i)]", problem: .outOfRange) }
            out.append(n)
        }
        return out
    }

    mutating func kinds(_ key: String) throws(RuleSetError) -> Set<EventKind> {
        guard let list = try value(key) as? [Any] else { throw RuleSetError(key: key, problem: .notString) }
        var kinds: Set<EventKind> = []
        for (i, v) in list.enumerated() {
            guard let name = v as? String, let kind = EventKind(name: name), RuleSet.countableKinds.contains(kind) else {
                throw RuleSetError(key: "\(key)[\(i)]", problem: .unknownKind)
            }
            kinds.insert(kind)
        }
        guard kinds.contains(.signed) else { throw RuleSetError(key: key, problem: .missing) }
        return kinds
    }

    mutating func fulfilment(_ key: String) throws(RuleSetError) -> RuleSet.Fulfilment {
        guard let f = RuleSet.Fulfilment(rawValue: try string(key)) else { throw RuleSetError(key: key, problem: .unknownFulfilment) }
        return f
    }

    mutating func lights(_ key: String, _ stage: String) throws(RuleSetError) -> RuleSet.Lights {
        let path = "\(key).\(stage)"
        guard let all = object[key] as? [String: Any] else { _ = try value(key); throw RuleSetError(key: key, problem: .missing) }
        seen.insert(key)
        guard let o = all[stage] as? [String: Any] else { throw RuleSetError(key: path, problem: .missing) }
        if let extra = Set(all.keys).subtracting(["not_started", "not_commissioned"]).sorted().first {
            throw RuleSetError(key: "\(key).\(extra)", problem: .unknownKey)
        }
        var inner = JSONFields(o)
        let yellow = try inner.integer("yellow_months", 1...1200)
        let red = try inner.integer("red_months", 1...1200)
        do { try inner.finish() } catch { throw RuleSetError(key: "\(path).\(error.key)", problem: error.problem) }
        guard red >= yellow else { throw RuleSetError(key: "\(path).red_months", problem: .redBeforeYellow) }
        return RuleSet.Lights(yellowMonths: Int(yellow), redMonths: Int(red))
    }

    mutating func targets(_ key: String) throws(RuleSetError) -> [RuleSet.Target] {
        guard let list = try value(key) as? [Any] else { throw RuleSetError(key: key, problem: .missing) }
        var out: [RuleSet.Target] = []
        for (i, v) in list.enumerated() {
            let path = "\(key)[\(i)]"
            guard let o = v as? [String: Any] else { throw RuleSetError(key: path, problem: .missing) }
            var inner = JSONFields(o)
            do {
                let year = try inner.integer("year", 1...9999), min = try inner.integer("min_fen", 1...Int64.max)
                let count = try inner.integer("count", 0...1_000_000)
                try inner.finish()
                out.append(RuleSet.Target(year: Int(year), min: Money(fen: min), count: Int(count)))
            } catch {
                throw RuleSetError(key: "\(path).\(error.key)", problem: error.problem)
            }
        }
        return out
    }

    func finish() throws(RuleSetError) {
        if let extra = Set(object.keys).subtracting(seen).sorted().first { throw RuleSetError(key: extra, problem: .unknownKey) }
    }
}
