internal import Crypto
internal import Foundation
public import Ledger

/// A rule set read from, and written as, `taizhang.rules/1` JSON.
///
/// The canonical bytes are what the SHA-256 a report names is taken over: keys sorted, no
/// white space, integers only, strings with only `"`, `\` and control characters escaped.
/// They are written here by hand rather than by `JSONSerialization`, so that the digest
/// depends on the rules alone and not on a Foundation version's formatting.
extension RuleSet {
    public static let schema = "taizhang.rules/1"
    /// The only rounding this version publishes: 亿元 to two decimals half up, 万元 below.
    public static let rounding = "yi-2-half-up"

    /// The canonical JSON text (one line, no newline).
    public var canonicalJSON: String {
        let kinds = RuleSet.countableKinds.filter { countedKinds.contains($0) }.map { Canonical.string($0.name) }
        let lights: (Lights) -> String = { "{\"red_months\":\($0.redMonths),\"yellow_months\":\($0.yellowMonths)}" }
        let targetList = targets.map { "{\"count\":\($0.count),\"min_fen\":\($0.min.fen),\"year\":\($0.year)}" }
        return "{" + [
            "\"bands_fen\":[" + bands.map { String($0.fen) }.joined(separator: ",") + "]",
            "\"counted_kinds\":[" + kinds.joined(separator: ",") + "]",
            "\"fulfilment\":" + Canonical.string(fulfilment.rawValue),
            "\"lights\":{\"not_commissioned\":" + lights(notCommissioned) + ",\"not_started\":" + lights(notStarted) + "}",
            "\"name\":" + Canonical.string(name),
            "\"new_project_years\":\(newProjectYears)",
            "\"rounding\":" + Canonical.string(RuleSet.rounding),
            "\"schema\":" + Canonical.string(RuleSet.schema),
            "\"targets\":[" + targetList.joined(separator: ",") + "]",
            "\"threshold_fen\":\(threshold.fen)",
        ].joined(separator: ",") + "}"
    }

    /// SHA-256 of the canonical bytes, in lower-case hex.
    public var sha256: String {
        Hex.string(SHA256.hash(data: Array(canonicalJSON.utf8)))
    }

    /// Reads a rule set; every key is required and no other is allowed, so a typo cannot
    /// silently leave a default in place.
    public static func parse(_ data: [UInt8]) throws(RuleSetError) -> RuleSet {
        guard let any = try? JSONSerialization.jsonObject(with: Data(data)), let o = any as? [String: Any] else {
            throw RuleSetError(key: "", problem: .notJSON)
        }
        var r = JSONFields(o)
        guard try r.string("schema") == schema else { throw RuleSetError(key: "schema", problem: .schema) }
        guard try r.string("rounding") == rounding else { throw RuleSetError(key: "rounding", problem: .rounding) }
        let rules = RuleSet(
            name: try r.string("name"),
            threshold: Money(fen: try r.integer("threshold_fen", 0...Int64.max)),
            bands: try r.integers("bands_fen").map { Money(fen: $0) }.sorted(),
            newProjectYears: Int(try r.integer("new_project_years", 1...100)),
            countedKinds: try r.kinds("counted_kinds"),
            fulfilment: try r.fulfilment("fulfilment"),
            notStarted: try r.lights("lights", "not_started"),
            notCommissioned: try r.lights("lights", "not_commissioned"),
            targets: try r.targets("targets"))
        try r.finish()
        return rules
    }
}

/// What is wrong with a rules file, and where (a key path).
public struct RuleSetError: Error, Sendable, Equatable {
    public enum Problem: String, Sendable {
        case notJSON = "not_json", schema, rounding, missing, notString = "not_string", notInteger = "not_integer"
        case outOfRange = "out_of_range", unknownKey = "unknown_key", unknownKind = "unknown_kind"
        case unknownFulfilment = "unknown_fulfilment", redBeforeYellow = "red_before_yellow"
    }

    public var key: String
    public var problem: Problem
}

/// The writer of canonical JSON strings.
enum Canonical {
    static func string(_ s: String) -> String { JSONString.literal(s) }
}
