public import Ledger
public import Catalogue

/// A row that lands but very likely should not: said in the report, a problem under `--strict`.
public struct ImportWarning: Sendable {
    public var file: String
    public var line: Int
    public var code: String
    /// The landed event the row looks like a correction of.
    public var landedEventId: String
    public var landedSequence: UInt64
    let words: @Sendable (Language) -> String

    /// `file:line: reason`, as a problem line reads.
    public func message(_ language: Language) -> String { "\(file):\(line): " + words(language) }
    public func reason(_ language: Language) -> String { words(language) }
}

/// What an import says besides its batches: sheets read and skipped, rows above a header, totals.
public struct ImportNote: Sendable {
    let words: @Sendable (Language) -> String

    public init(_ words: @escaping @Sendable (Language) -> String) { self.words = words }
    public func message(_ language: Language) -> String { words(language) }
}
