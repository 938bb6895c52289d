internal import Foundation
internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerStore
internal import LedgerImport
internal import LMDB

/// Standard output and error, and the one-line error every failure becomes.
enum Console {
    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// The language of error lines: `--lang` as given on the command line, else Chinese (as `OutputOptions`).
    static var language: Language {
        let arguments = CommandLine.arguments
        var explicit: String?
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count { explicit = arguments[i + 1] }
            if a.hasPrefix("--lang=") { explicit = String(a.dropFirst("--lang=".count)) }
        }
        return Language.resolve(explicit: explicit ?? "zh", environment: [:])
    }

    /// Exit statuses, as the README lists them.
    enum Status: Int32 {
        case error = 1, badInput = 2, rejected = 3, verifyFailed = 4
    }

    /// Runs `body`; any error becomes one line on standard error and a non-zero exit.
    static func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as ExitCode {
            throw e
        } catch let e as StoreError {
            err("taizhang: \(e.localized?(language) ?? e.message)")
            // A ledger that does not hold (damaged file, record or index) is exit 4, as a failed verify.
            throw ExitCode(e.code == .rejected ? Status.rejected.rawValue : e.code == .corrupt ? Status.verifyFailed.rawValue : Status.error.rawValue)
        } catch let e as InputError {
            err("taizhang: \(e.description)")
            throw ExitCode(Status.badInput.rawValue)
        } catch let e as UsageError {
            err("taizhang: \(e.message)")
            throw ExitCode(Status.badInput.rawValue)
        } catch let e as LMDBError {
            err("taizhang: storage error: \(e.description)")
            throw ExitCode(Status.error.rawValue)
        } catch let e as CodecError {
            err("taizhang: the ledger holds a record this build cannot decode: \(e)")
            throw ExitCode(Status.error.rawValue)
        } catch {
            err("taizhang: \(error)")
            throw ExitCode(Status.error.rawValue)
        }
    }
}

/// A mistake in how a command was called, found after parsing (a bad quarter, time, …).
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
