internal import Catalogue
internal import Foundation
internal import LedgerStore
internal import Transparency

/// Keys, notes and proofs read from files (`-`: standard input), and key files written; every
/// failure a `TransparencyError` that names the file.
enum KeyFiles {
    /// A file's bytes; `-` is standard input. A file that is not there or cannot be read is bad input.
    static func bytes(_ file: String) throws -> [UInt8] {
        if file == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: file) else { throw TransparencyError(.malformed, .fileUnreadable, ["file": file]) }
        return Array(data)
    }

    /// A file's text; `-` is standard input.
    static func read(_ file: String) throws -> String {
        guard let text = String(validating: try bytes(file), as: UTF8.self) else { throw TransparencyError(.malformed, .notUTF8, ["file": file]) }
        return text
    }

    static func signer(_ file: String) throws -> NoteSigner {
        let text = try read(file)
        do { return try NoteSigner(skey: text) } catch let e as TransparencyError { throw e.inFile(file) }
    }

    /// A verifier key given as itself or as a file holding it.
    static func verifier(_ keyOrFile: String) throws -> NoteVerifier {
        let text = keyOrFile.contains("+") ? keyOrFile : try read(keyOrFile)
        return try NoteVerifier(vkey: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Verifier keys, one a line, by name (the origin they sign for).
    static func verifiers(_ file: String) throws -> [String: NoteVerifier] {
        var keys: [String: NoteVerifier] = [:]
        for (number, line) in try read(file).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            do {
                let key = try NoteVerifier(vkey: text)
                keys[key.name] = key
            } catch let e as TransparencyError {
                throw TransparencyError(.malformed) { ProvinceErrorText.badKeysLine.text($0, filling: ["file": file, "line": String(number + 1), "detail": e.message($0)]) }
            }
        }
        return keys
    }

    static func proof(_ file: String) throws -> AuditProof {
        let text = try read(file)
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            throw TransparencyError(.malformed, .notProofFile, ["file": file])
        }
        do { return try AuditProof(jsonObject: object) } catch {
            // The format's own words are English only: a Chinese line says what the file is not.
            let words = error.message
            throw TransparencyError(.malformed) { language in
                let line = TransparencyText.badProofFile.text(language, filling: ["file": file])
                return language.isChinese ? line : line + ": " + words
            }
        }
    }

    /// Creates `file` (mode 0600) holding `text`, synced; an existing file is never overwritten.
    static func writeNew(_ file: String, text: String) throws {
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw TransparencyError(.malformed) { ProvinceText.keyExists.text($0, filling: ["file": file]) } }
            throw TransparencyError(.io, .keyNotWritten, file: file, errno: errno)
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let failure = written == bytes.count ? (fsync(fd) == 0 ? 0 : errno) : (written < 0 ? errno : EIO)
        close(fd)
        guard failure == 0 else { throw TransparencyError(.io, .keyNotWritten, file: file, errno: failure) }
    }
}
