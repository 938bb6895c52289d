internal import ArgumentParser
internal import Foundation
internal import LedgerStore
internal import Transparency
internal import LedgerService

/// What the checkpoint, witness and province commands share: reading keys and notes, and errors.
enum TransparencyCommands {
    /// Runs `body` as `Console.guarded` does; a malformed key or note is bad input (exit 2),
    /// a signature or consistency failure a failed verification (exit 4).
    static func guarded(_ body: () throws -> Void) throws {
        try Console.guarded {
            do {
                try body()
            } catch let e as TransparencyError {
                Console.err("taizhang: \(e.message)")
                switch e.code {
                case .malformed: throw ExitCode(Console.Status.badInput.rawValue)
                case .badSignature, .inconsistent: throw ExitCode(Console.Status.verifyFailed.rawValue)
                case .io: throw ExitCode(Console.Status.error.rawValue)
                }
            }
        }
    }

    /// A file's text; `-` is standard input.
    static func read(_ file: String) throws -> String {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: file) else { throw UsageError("\(file): no such file, or it cannot be read") }
            data = d
        }
        guard let text = String(data: data, encoding: .utf8) else { throw UsageError("\(file) is not UTF-8 text") }
        return text
    }

    static func signer(_ file: String) throws -> NoteSigner {
        do { return try NoteSigner(skey: try read(file)) } catch let e as TransparencyError {
            throw TransparencyError(.malformed, "\(file): \(e.message)")
        }
    }

    /// A verifier key given as itself or as a file holding it.
    static func verifier(_ keyOrFile: String) throws -> NoteVerifier {
        let text = keyOrFile.contains("+") ? keyOrFile : try read(keyOrFile)
        return try NoteVerifier(vkey: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func proof(_ file: String) throws -> AuditProof {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(try read(file).utf8))) as? [String: Any] else {
            throw UsageError("\(file) is not a JSON object: not a proof file")
        }
        do { return try AuditProof(jsonObject: object) } catch { throw UsageError("\(file): \(error.message)") }
    }

    /// The ledger's checkpoint origin: set at `init --origin`, else derived from the zone.
    static func origin(of store: LedgerStore) throws -> String {
        try store.origin() ?? Checkpoint.defaultOrigin(zone: try store.zone())
    }
}

extension LedgerOptions {
    /// The ledger's store, for the province's commands (see `LedgerService.store`).
    func open(readOnly: Bool) throws -> LedgerStore { try service.store(readOnly: readOnly) }
}
