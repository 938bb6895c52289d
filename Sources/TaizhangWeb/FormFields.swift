internal import Foundation

/// The fields of a query string or an `application/x-www-form-urlencoded` body, in order.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ encoded: String) {
        for part in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = FormFields.decode(kv[0])
            let value = kv.count > 1 ? FormFields.decode(kv[1]) : ""
            pairs.append((name, value))
        }
    }

    subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// A field's value with surrounding spaces dropped; nil when absent or empty.
    func text(_ name: String) -> String? {
        let t = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return t.isEmpty ? nil : t
    }

    /// `+` is a space in forms; then percent-decoding (bad escapes keep the raw text).
    static func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Percent-encodes a value for a link's query (everything but unreserved characters).
    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
