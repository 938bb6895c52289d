/// The language of every word a person reads: Chinese by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    public var isChinese: Bool { self == .zh }

    /// The language chosen by the person: an explicit choice (`--lang`, `?lang=`, a cookie) first,
    /// then `TAIZHANG_LANG`, then a `LANG` that starts with `en`; Chinese otherwise.
    public static func resolve(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let chosen = Language(code: explicit) { return chosen }
        if let chosen = environment["TAIZHANG_LANG"].flatMap(Language.init(code:)) { return chosen }
        if let lang = environment["LANG"], lang.lowercased().hasPrefix("en") { return .en }
        return .zh
    }

    /// Reads the spellings people type: `zh`, `cn`, `zh_CN.UTF-8`, `chinese`, `en`, `en-US`, `english`.
    public init?(code: String) {
        let c = code.lowercased()
        if c.hasPrefix("zh") || c == "cn" || c == "chinese" || c == "中文" {
            self = .zh
        } else if c.hasPrefix("en") || c == "english" {
            self = .en
        } else {
            return nil
        }
    }
}
