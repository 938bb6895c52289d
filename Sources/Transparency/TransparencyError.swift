/// What is wrong with a key, a note, a checkpoint or a witness's state: a stable code and one line.
public struct TransparencyError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// A key, note or checkpoint that does not parse (bad input).
        case malformed
        /// A signature that does not verify, or no signature by a trusted key.
        case badSignature
        /// A checkpoint that does not extend the last one seen: a split view or a rewritten past.
        case inconsistent
        /// A file that cannot be read or written.
        case io
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
