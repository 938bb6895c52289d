public import Catalogue
internal import Foundation

/// What is wrong with a key, a note, a checkpoint or a witness's state: a stable code and one
/// line in either language (the words are `TransparencyText`'s).
public struct TransparencyError: BilingualError {
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
    private let render: @Sendable (Language) -> String

    public init(_ code: Code, _ text: TransparencyText, _ arguments: [String: String] = [:]) {
        self.code = code
        self.render = { text.text($0, filling: arguments) }
    }

    /// A failed system call on `file`: its number in Chinese, the system's words in English.
    public init(_ code: Code, _ text: TransparencyText, file: String, errno number: Int32) {
        self.code = code
        let words = String(cString: strerror(number))
        self.render = { language in
            let detail = language.isChinese ? SystemErrorText.errnoNumber.text(language, ["code": String(number)]) : words
            return text.text(language, filling: ["file": file, "folder": file, "detail": detail])
        }
    }

    /// This error with its place said first (`FILE: …`).
    public func inFile(_ file: String) -> TransparencyError {
        let inner = render
        return TransparencyError(code) { TransparencyText.inFile.text($0, filling: ["file": file, "detail": inner($0)]) }
    }

    public init(_ code: Code, render: @escaping @Sendable (Language) -> String) {
        self.code = code
        self.render = render
    }

    /// The line in `language`.
    public func message(_ language: Language) -> String { render(language) }
}
