/// The language of output for people: Chinese by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    public var isChinese: Bool { self == .zh }

    /// Picks the text for this language.
    public func pick(_ chinese: String, _ english: String) -> String { isChinese ? chinese : english }
}
