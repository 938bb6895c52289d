internal import Foundation
internal import ArgumentParser
internal import Catalogue
internal import LedgerService
internal import LedgerReports

/// Standard output and error, and the one-line error every failure becomes.
enum Console {
    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Exit statuses, as the README lists them.
    enum Status: Int32 {
        case error = 1, badInput = 2, rejected = 3, verifyFailed = 4

        init(_ kind: Failure.Kind) {
            switch kind {
            case .error, .noSuchEvent: self = .error
            case .badInput, .notFound: self = .badInput
            case .rejected: self = .rejected
            case .verifyFailed: self = .verifyFailed
            }
        }
    }

    /// Runs `body`; any error becomes one line on standard error and its exit status. With
    /// `chainChecked`, a log whose chain does not hold is a failed verification (exit 4).
    static func guarded(_ language: Language, chainChecked: Bool = false, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as ExitCode {
            throw e
        } catch let e as RequestFailure {
            err("taizhang: " + e.description)
            throw ExitCode(Status.badInput.rawValue)
        } catch {
            let failure = Failure(error)
            if chainChecked && failure.isCorrupt {
                err("taizhang: " + CLIText.logDoesNotVerify.text(language, ["detail": failure.message(language)]))
                throw ExitCode(Status.verifyFailed.rawValue)
            }
            err("taizhang: " + failure.message(language))
            throw ExitCode(Status(failure.kind).rawValue)
        }
    }

    /// `guarded` in the language the command line chose.
    static func guarded(_ body: () throws -> Void) throws { try guarded(CLILanguage.current, body) }

    /// Runs `body`; a `Rejection` prints its problems, one line each, then `summary`, and exits 3.
    static func rejecting(_ language: Language, summary: CLIText, json: Bool = false, linesMax: Int = .max, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let r as Rejection {
            if json {
                out(JSONText.render(ImportText.rejectedJSON(r.problems, language)))
            } else {
                for line in ImportText.problemLines(Array(r.problems.prefix(linesMax)), language) { err(line) }
                err(summary.text(language, ["count": String(r.problems.count)]))
            }
            throw ExitCode(Status.rejected.rawValue)
        }
    }
}
