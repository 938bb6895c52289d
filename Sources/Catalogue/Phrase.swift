/// One thing a person reads, in both languages side by side.
///
/// Arguments are named in braces (`{path}`) on both sides; the catalogue test holds the two
/// sides to the same names and keeps each side in its own language.
public struct Phrase: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`, with each `{name}` replaced by its argument.
    ///
    /// One pass over the template: an argument's own text is never searched again, so a value
    /// from a file that happens to read `{field}` is shown as it is.
    public func text(_ language: Language, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        let template = language.isChinese ? zh : en
        guard !arguments.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else {
                out += rest[open...]
                return out
            }
            let name = String(after[..<close])
            if let value = arguments.first(where: { $0.key == name })?.value {
                out += value
            } else {
                out += rest[open...close]
            }
            rest = after[after.index(after: close)...]
        }
        return out + rest
    }

    /// The same, with the arguments in a dictionary (for values that carry them along, as errors do).
    public func text(_ language: Language, filling arguments: [String: String]) -> String {
        var out = language.isChinese ? zh : en
        for (name, value) in arguments {
            out = out.replacingAll("{\(name)}", with: value)
        }
        return out
    }

    /// The argument names a side uses, `{name}` without braces.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            names.insert(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names
    }
}

/// A group of phrases for one part of the product, enumerable so the catalogue test sees every entry.
public protocol Phrasebook: CaseIterable, Sendable, RawRepresentable where RawValue == String {
    var phrase: Phrase { get }
}

extension Phrasebook {
    public func text(_ language: Language, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        phrase.text(language, arguments)
    }

    public func text(_ language: Language, filling arguments: [String: String]) -> String {
        phrase.text(language, filling: arguments)
    }
}

extension String {
    /// Foundation-free replacement of every occurrence (the catalogue imports nothing).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        let t = Array(target.utf8)
        let u = self.utf8
        var i = u.startIndex
        while i != u.endIndex {
            var j = i
            var k = 0
            while k < t.count, j != u.endIndex, u[j] == t[k] {
                j = u.index(after: j)
                k += 1
            }
            if k == t.count { return i..<j }
            i = u.index(after: i)
        }
        return nil
    }
}
