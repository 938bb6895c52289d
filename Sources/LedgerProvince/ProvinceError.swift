/// Why a province operation stopped: a stable code, the origin and sequence it is about, one line.
public struct ProvinceError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The server cannot be reached, or the URL is not one.
        case unreachable
        /// The server failed or went away during the work; its transaction was rolled back.
        case failed
        /// The zone rewrote what it had published: `sequence` is the first that differs.
        case rewritten
        /// The first new event does not link to the stored one before it.
        case brokenChain
        /// The new checkpoint does not extend the last stored one.
        case notExtending
        /// A stored row, chain or checkpoint does not verify.
        case verifyFailed
        /// Bad input: a URL, a period, a keys file.
        case badInput
    }

    public var code: Code
    public var origin: String
    public var sequence: UInt64
    public var message: String

    public init(_ code: Code, origin: String = "", sequence: UInt64 = 0, _ message: String) {
        self.code = code
        self.origin = origin
        self.sequence = sequence
        self.message = message
    }

    public var description: String { message }
}
