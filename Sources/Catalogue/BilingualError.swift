/// An error that says itself in one line in either language: the shape of every module's error.
///
/// `StoreError`, `TransparencyError`, `ProvinceError`, `RequestError` and `InputError` each keep
/// their own stable code and place; what they share, the English line that logs, scripts and
/// test failures read (`message`, `description`), is said once, here.
public protocol BilingualError: Error, Sendable, CustomStringConvertible {
    /// The line in `language`, in the catalogue's words.
    func message(_ language: Language) -> String
}

extension BilingualError {
    /// The English line, for logs and tests.
    public var message: String { message(.en) }

    public var description: String { message(.en) }
}
