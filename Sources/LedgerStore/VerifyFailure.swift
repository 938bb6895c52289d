public import Catalogue
internal import Ledger

/// One thing `verify` found that does not hold: where it is and what, in either language.
///
/// A failure names a sequence of the log when it is about an event, else the named database
/// and key (or the database alone), so that whoever reads the line can look at that entry with
/// `mdb_dump`. The words are the catalogue's (`VerifyText`).
public struct VerifyFailure: Sendable {
    public enum Place: Sendable, Equatable {
        case sequence(UInt64)
        case key(database: String, key: String)
        case database(String)
    }

    /// An argument of the phrase: plain text, or words of its own in both languages.
    public enum Argument: Sendable {
        case text(String)
        case phrase(VerifyText, [(String, String)])
        case both(zh: String, en: String)

        public func text(_ language: Language) -> String {
            switch self {
            case .text(let s): s
            case .phrase(let p, let arguments): p.phrase.text(language, pairs: arguments)
            case .both(let zh, let en): language.isChinese ? zh : en
            }
        }
    }

    public let place: Place
    public let what: VerifyText
    let arguments: [(String, Argument)]

    init(_ place: Place, _ what: VerifyText, _ arguments: [(String, Argument)] = []) {
        self.place = place
        self.what = what
        self.arguments = arguments
    }

    /// The sequence the failure is about, or 0 when it is about a database entry.
    public var sequence: UInt64 {
        if case .sequence(let s) = place { return s }
        return 0
    }

    /// The failure as one line.
    public func line(_ language: Language) -> String {
        let what = self.what.phrase.text(language, pairs: arguments.map { ($0.0, $0.1.text(language)) })
        switch place {
        case .sequence(let s): return VerifyText.placeSequence.phrase.text(language, pairs: [("sequence", "\(s)"), ("what", what)])
        case .key(let database, let key):
            return VerifyText.placeKey.phrase.text(language, pairs: [("database", database), ("key", key), ("what", what)])
        case .database(let database): return VerifyText.placeDatabase.phrase.text(language, pairs: [("database", database), ("what", what)])
        }
    }

    /// A stored key as a person can read it: its text when it is printable UTF-8, else hex.
    static func keyText(_ bytes: UnsafeRawBufferPointer) -> String {
        if bytes.isEmpty { return "\"\"" }
        if let s = String(validating: bytes, as: UTF8.self), !s.isEmpty,
           s.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { return s }
        return Hex.string(bytes)
    }

    /// Why a stored value does not decode, in the catalogue's words.
    public static func reason(_ error: any Error) -> Argument {
        guard let error = error as? CodecError else { return .text("\(error)") }
        return .phrase(error.reason.phrase, error.reason.arguments)
    }
}

extension CodecError {
    /// Why the value does not decode: a phrase of the catalogue and its arguments.
    public var reason: (phrase: VerifyText, arguments: [(String, String)]) {
        switch self {
        case .truncated(let o): (.codecTruncated, [("offset", "\(o)")])
        case .unknownVersion(let v): (.codecVersion, [("version", "\(v)")])
        case .unknownKind(let k): (.codecKind, [("kind", "\(k)")])
        case .invalidDate(let d): (.codecDate, [("date", "\(d)")])
        case .invalidText(let o): (.codecText, [("offset", "\(o)")])
        case .trailingBytes(let n): (.codecTrailing, [("count", "\(n)")])
        case .versionMismatch(let v, let k): (.codecVersionMismatch, [("version", "\(v)"), ("kind", "\(k)")])
        case .brokenInvariant(let what): (.codecInvariant, [("what", what)])
        }
    }

    /// The reason in one language, for a person.
    public func message(_ language: Language) -> String { reason.phrase.phrase.text(language, pairs: reason.arguments) }

    /// Why `error` (a decoding error, or anything else a decoder threw) stopped a read, in `language`.
    static func detail(_ error: any Error, _ language: Language) -> String {
        (error as? CodecError)?.message(language) ?? "\(error)"
    }
}

/// The failures found so far, first one first; a class so that every check adds to one list.
final class VerifyFindings {
    /// Enough to see a pattern; a damaged ledger can disagree with itself at every entry.
    static let failuresMax = 100
    private(set) var failures: [VerifyFailure] = []

    var isEmpty: Bool { failures.isEmpty }
    var isFull: Bool { failures.count >= VerifyFindings.failuresMax }

    func add(_ failure: VerifyFailure) {
        if !isFull { failures.append(failure) }
    }

    func at(_ sequence: UInt64, _ what: VerifyText, _ arguments: [(String, VerifyFailure.Argument)] = []) {
        add(VerifyFailure(.sequence(sequence), what, arguments))
    }

    func at(_ database: String, key: String, _ what: VerifyText, _ arguments: [(String, VerifyFailure.Argument)] = []) {
        add(VerifyFailure(.key(database: database, key: key), what, arguments))
    }

    func inDatabase(_ database: String, _ what: VerifyText, _ arguments: [(String, VerifyFailure.Argument)] = []) {
        add(VerifyFailure(.database(database), what, arguments))
    }

    /// Puts a failure first: the root cause of whatever else disagrees.
    func insertFirst(_ failure: VerifyFailure) {
        failures.insert(failure, at: 0)
        if failures.count > VerifyFindings.failuresMax { failures.removeLast() }
    }
}
