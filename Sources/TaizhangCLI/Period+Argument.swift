internal import Catalogue
internal import Ledger

extension Period {
    /// Reads a period typed on the command line (`summary`, `projects --signed-in`).
    ///
    /// Not an `ExpressibleByArgument` conformance: ArgumentParser would refuse a bad value in
    /// its own English words before `--lang` is known, and the person must read one line, in
    /// their language, naming the forms that work (exit 2 like every usage mistake).
    /// `option` names the option it came with (`--signed-in`), for the message.
    static func argument(_ text: String, _ language: Language, option: String? = nil) throws -> Period {
        do { return try Period.parse(text) } catch { throw UsageError((option.map { "\($0) " } ?? "") + error.message(language)) }
    }
}
