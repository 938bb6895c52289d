internal import Catalogue
public import ArgumentParser
public import Ledger
public import LedgerService

// Values typed on the command line, read by the domain's own parsers; a value that does not
// read notes why (`ArgumentProblem`), so that the error line can say it in the reader's language.

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) {
        guard let q = Quarter(argument) else {
            ArgumentProblem.note(argument, .badQuarter)
            return nil
        }
        self = q
    }
}

extension Money: ExpressibleByArgument {
    public init?(argument: String) {
        do { self = try Money.parse(argument) } catch {
            ArgumentProblem.note(argument, .badAmount, ["reason": error.description, "reason_zh": error.chinese])
            return nil
        }
    }
}

extension BusinessDate: ExpressibleByArgument {
    public init?(argument: String) {
        do { self = try BusinessDate.parse(argument) } catch {
            ArgumentProblem.note(argument, .badDate, ["reason": error.description, "reason_zh": error.chinese])
            return nil
        }
    }
}

extension ProjectStatus: ExpressibleByArgument {
    public init?(argument: String) {
        guard let s = ProjectStatus(name: argument) else {
            ArgumentProblem.note(argument, .badStatus)
            return nil
        }
        self = s
    }
}

extension ProjectSort: ExpressibleByArgument {
    public init?(argument: String) {
        guard let s = ProjectSort(rawValue: argument) else {
            ArgumentProblem.note(argument, .badSort)
            return nil
        }
        self = s
    }
}

extension KeptTree: ExpressibleByArgument {
    public init?(argument: String) {
        guard let t = KeptTree(argument) else {
            ArgumentProblem.note(argument, .badTree)
            return nil
        }
        self = t
    }
}

/// A recorded time: ISO 8601 with an offset, or a date (the end of that day, China time).
struct RecordedTime: ExpressibleByArgument {
    let ms: Int64
    public init?(argument: String) {
        guard let ms = Timestamp.parse(argument) else {
            ArgumentProblem.note(argument, .badRecordedTime)
            return nil
        }
        self.ms = ms
    }
}

/// Why the last value typed could not be read: parsing is done once, at start-up, on one thread.
enum ArgumentProblem {
    nonisolated(unsafe) static var last: (value: String, text: ArgumentText, arguments: [String: String])?

    static func note(_ value: String, _ text: ArgumentText, _ arguments: [String: String] = [:]) {
        last = (value, text, arguments)
    }

    /// The reason, in `language`, when `value` is the one that failed.
    static func reason(for value: String, _ language: Language) -> String? {
        guard let last, last.value == value else { return nil }
        var arguments = last.arguments
        if language.isChinese, let zh = arguments["reason_zh"] { arguments["reason"] = zh }
        return last.text.text(language, filling: arguments)
    }
}
