internal import Foundation
internal import Crypto
public import LedgerStore

/// What a witness has cosigned, per origin: an append-only file of `SIZE BASE64_ROOT` lines.
///
/// One file per origin, `DIR/<hex SHA-256 of the origin>.log`, its first line the origin itself.
/// A record is appended and fsynced before the cosignature is printed, under an exclusive
/// `flock`, so that the check and the append are one step. A kill can only leave a last
/// line without its newline: that line was never acknowledged, and is cut off on the next
/// open. The last complete line is the state.
public struct WitnessState {
    public let folder: String

    public init(folder: String) throws {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw TransparencyError(.io, .stateFolder, file: folder, errno: WitnessState.posixCode(error))
        }
    }

    /// The POSIX error number behind a Foundation file error (EIO when it names none).
    static func posixCode(_ error: any Error) -> Int32 {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain { return Int32(under.code) }
        return EIO
    }

    func path(for origin: String) -> String {
        folder + "/" + SHA256.hash(data: Array(origin.utf8)).map { String(format: "%02x", $0) }.joined() + ".log"
    }

    /// Runs `body` with the last tree the witness cosigned for `origin` (nil: none yet), holding
    /// the origin's file locked; a tree `body` returns is appended and synced before the lock goes.
    public func update<R>(origin: String, _ body: ((size: UInt64, root: MerkleHash)?) throws -> (record: (UInt64, MerkleHash)?, result: R)) throws -> R {
        let file = path(for: origin)
        let fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TransparencyError(.io, .stateOpen, file: file, errno: errno) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw TransparencyError(.io, .stateLock, ["file": file]) }
        var bytes = try WitnessState.readAll(fd, file)
        if let lastNewline = bytes.lastIndex(of: 0x0A), lastNewline + 1 < bytes.count {
            bytes.removeSubrange((lastNewline + 1)...)
            guard ftruncate(fd, off_t(bytes.count)) == 0 else { throw TransparencyError(.io, .stateCut, ["file": file]) }
        } else if !bytes.isEmpty && bytes.last != 0x0A {
            bytes = []
            guard ftruncate(fd, 0) == 0 else { throw TransparencyError(.io, .stateCut, ["file": file]) }
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        if let first = lines.first, first != "origin \(origin)" {
            throw TransparencyError(.io, .stateOrigin, ["file": file, "first": String(first)])
        }
        let last = try lines.dropFirst().last.map { try WitnessState.parseRecord($0, file) }
        let (record, result) = try body(last)
        if let (size, root) = record {
            let header = lines.isEmpty ? "origin \(origin)\n" : ""
            try WitnessState.append(fd, Array((header + "\(size) \(Data(root.bytes).base64EncodedString())\n").utf8), file)
        }
        return result
    }

    static func parseRecord(_ line: Substring, _ file: String) throws -> (size: UInt64, root: MerkleHash) {
        let parts = line.split(separator: " ")
        guard parts.count == 2, let size = UInt64(parts[0]), let raw = Data(base64Encoded: String(parts[1])), let root = MerkleHash(bytes: Array(raw)) else {
            throw TransparencyError(.io, .stateLine, ["file": file, "line": String(line)])
        }
        return (size, root)
    }

    static func readAll(_ fd: Int32, _ file: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw TransparencyError(.io, .stateRead, file: file, errno: errno) }
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { throw TransparencyError(.io, .stateRead, file: file, errno: errno) }
            if n == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<n])
        }
    }

    static func append(_ fd: Int32, _ bytes: [UInt8], _ file: String) throws {
        guard lseek(fd, 0, SEEK_END) >= 0 else { throw TransparencyError(.io, .stateWrite, file: file, errno: errno) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 { throw TransparencyError(.io, .stateWrite, file: file, errno: errno) }
            written += n
        }
        guard fsync(fd) == 0 else { throw TransparencyError(.io, .stateSync, file: file, errno: errno) }
    }
}
