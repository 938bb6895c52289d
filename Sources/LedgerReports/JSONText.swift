internal import Foundation

/// Stable JSON for programs: keys sorted, UTF-8 unescaped, integers exact.
public enum JSONText {
    public static func render(_ object: Any, pretty: Bool = true) -> String {
        if pretty, let flat = object as? [String: Any], let text = FlatJSON.render(flat) { return text }
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A flat object (strings, whole numbers, arrays of strings) written as `JSONSerialization`
/// writes it pretty-printed with sorted keys, byte for byte, without it (ASCII keys only, so
/// that the order is plainly the bytes').
///
/// Why: the serializer's first use bridges the dictionary to Foundation's classes, whose
/// dynamic casts cost `prove` about 3 ms of its ~25 ms whole-process time at 1M events
/// (perf, 2026-12-01); proofs and digests are flat. Anything else returns nil and goes to
/// the serializer.
enum FlatJSON {
    static func render(_ object: [String: Any]) -> String? {
        guard object.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        var out = "{\n"
        for (n, key) in object.keys.sorted().enumerated() {
            out += "  "
            string(key, into: &out)
            out += " : "
            guard value(object[key]!, into: &out) else { return nil }
            out += n == object.count - 1 ? "\n" : ",\n"
        }
        return out + (object.isEmpty ? "\n}" : "}")
    }

    private static func value(_ value: Any, into out: inout String) -> Bool {
        switch value {
        case let s as String: string(s, into: &out)
        case let n as Int: out += String(n)
        case let n as UInt64: out += String(n)
        case let n as Int64: out += String(n)
        case let list as [String]:
            out += "[\n"
            for (i, s) in list.enumerated() {
                out += "    "
                string(s, into: &out)
                if i < list.count - 1 { out += "," }
                out += "\n"
            }
            out += list.isEmpty ? "\n  ]" : "  ]"
        default: return false
        }
        return true
    }

    private static func string(_ s: String, into out: inout String) {
        out += JSONString.literal(s, shortBackspaceAndFormFeed: true)
    }
}
