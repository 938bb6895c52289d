internal import Catalogue
public import ArgumentParser
public import Ledger
public import LedgerService
internal import LedgerReports

// Values typed on the command line, read by the domain's own parsers; a value that does not
// read notes why (`ArgumentProblem`), so that the error line can say it in the reader's language.

extension Period: ExpressibleByArgument {
    public init?(argument: String) {
        do { self = try Period.parse(argument) } catch {
            ArgumentProblem.note(argument, quotesValue: true) { error.message($0) }
            return nil
        }
    }
}

extension Money: ExpressibleByArgument {
    public init?(argument: String) {
        do { self = try Money.parse(argument) } catch {
            ArgumentProblem.note(argument) { error.message($0) }
            return nil
        }
    }
}

extension BusinessDate: ExpressibleByArgument {
    public init?(argument: String) {
        do { self = try BusinessDate.parse(argument) } catch {
            ArgumentProblem.note(argument) { error.message($0) }
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

    /// The codes `--status` takes, not the raw numbers.
    public static var allValueStrings: [String] { allCases.map(\.code) }
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

/// `--csv-encoding`: an encoding `ExcelCSV` writes, checked when the command line is read.
struct CSVEncoding: ExpressibleByArgument {
    let name: String
    init?(argument: String) {
        guard ExcelCSV.writes(encoding: argument) else {
            ArgumentProblem.note(argument, .badCSVEncoding)
            return nil
        }
        name = argument
    }
}

/// Why the last value typed could not be read: parsing is done once, at start-up, on one thread.
enum ArgumentProblem {
    nonisolated(unsafe) static var last: (value: String, quotesValue: Bool, reason: (Language) -> String)?

    /// `quotesValue`: the reason names the value itself (a period's: `“2021Q5”不是可识别的期间`).
    static func note(_ value: String, quotesValue: Bool = false, _ reason: @escaping (Language) -> String) {
        last = (value, quotesValue, reason)
    }

    /// True when the reason noted for `value` quotes the value itself.
    static func quotes(_ value: String) -> Bool { last?.value == value && last?.quotesValue == true }

    static func note(_ value: String, _ text: ArgumentText) {
        note(value) { text.text($0) }
    }

    /// The reason, in `language`, when `value` is the one that failed.
    static func reason(for value: String, _ language: Language) -> String? {
        guard let last, last.value == value else { return nil }
        return last.reason(language)
    }
}
