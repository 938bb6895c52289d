internal import Ledger
internal import Foundation
internal import HummingbirdBcrypt
internal import LedgerStore
internal import Synchronization

/// The accounts of one ledger: `accounts.json` in the ledger folder, beside LMDB's files, never in them.
///
/// Accounts are kept out of the event log on purpose: adding a clerk must not change the
/// ledger's digest, `verify`, an export or a backup (LMDB's copy takes `data.mdb` only). The
/// file is JSON (`taizhang.accounts/1`), mode 0600, replaced whole by a rename under an
/// exclusive `flock` of `accounts.lock`, so `taizhang user add` and a running server never see
/// half a file. The server rereads it when its modification time or size changes, so an account
/// removed on the command line can no longer sign in or use a session.
public final class AccountStore: Sendable {
    public static let fileName = "accounts.json"
    public static let format = "taizhang.accounts/1"
    /// bcrypt's work factor: 2^12 rounds, about a quarter of a second a hash on this machine kind.
    public static let defaultCost: UInt8 = 12

    public let path: String
    let cost: UInt8
    private let cache = Mutex<(stamp: FileStamp?, accounts: [Account])>((nil, []))

    public init(ledgerPath: String, cost: UInt8 = AccountStore.defaultCost) {
        self.path = ledgerPath + "/" + AccountStore.fileName
        self.cost = cost
    }

    // MARK: Reading

    /// Every account, reread only when the file changed since the last call.
    public func accounts() throws -> [Account] {
        let stamp = FileStamp(path: path)
        if let cached = cache.withLock({ $0.stamp == stamp && stamp != nil ? $0.accounts : nil }) { return cached }
        let list = try read()
        cache.withLock { $0 = (stamp, list) }
        return list
    }

    public func account(named name: String) throws -> Account? {
        try accounts().first { $0.name == name }
    }

    /// The account when the password matches; nil otherwise. An unknown name costs one bcrypt
    /// check too, so the time taken does not tell which names exist.
    public func authenticate(name: String, password: String) throws -> Account? {
        guard let account = try account(named: name) else {
            _ = Bcrypt.verify(password, hash: AccountStore.decoyHash)
            return nil
        }
        return Bcrypt.verify(password, hash: account.bcrypt) ? account : nil
    }

    static let decoyHash = Bcrypt.hash("taizhang decoy password", cost: 4)

    // MARK: Changing

    public func add(name: String, role: Role, password: String) throws {
        guard Account.isValidName(name) else { throw AccountError(.badName, ["name": name]) }
        try AccountStore.check(password: password)
        try change { list in
            if list.contains(where: { $0.name == name }) { throw AccountError(.exists, ["name": name]) }
            list.append(Account(name: name, role: role, bcrypt: Bcrypt.hash(password, cost: cost), changedAt: AccountStore.now()))
        }
    }

    public func remove(name: String) throws {
        try change { list in
            guard let i = list.firstIndex(where: { $0.name == name }) else { throw AccountError(.unknown, ["name": name]) }
            list.remove(at: i)
        }
    }

    public func setPassword(name: String, password: String) throws {
        try AccountStore.check(password: password)
        try change { list in
            guard let i = list.firstIndex(where: { $0.name == name }) else { throw AccountError(.unknown, ["name": name]) }
            list[i].bcrypt = Bcrypt.hash(password, cost: cost)
            list[i].changedAt = AccountStore.now()
        }
    }

    /// 8 to 72 bytes: bcrypt reads no more than 72, so a longer one would be cut without a word.
    static func check(password: String) throws {
        let bytes = password.utf8.count
        guard (8...72).contains(bytes) else { throw AccountError(.badPassword) }
    }

    // MARK: The file

    private struct FileBody: Codable {
        var format: String
        var accounts: [Account]
    }

    private func read() throws -> [Account] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path),
              let body = try? JSONDecoder().decode(FileBody.self, from: data), body.format == AccountStore.format else {
            throw AccountError(.unreadable, ["path": path])
        }
        return body.accounts
    }

    /// Read, change and replace the file while holding the lock.
    private func change(_ body: (inout [Account]) throws -> Void) throws {
        let lockPath = path.replacingOccurrences(of: AccountStore.fileName, with: "accounts.lock")
        let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AccountError(.unwritable, ["path": lockPath]) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw AccountError(.unwritable, ["path": lockPath]) }
        defer { flock(fd, LOCK_UN) }
        var list = try read()
        try body(&list)
        try write(list)
        cache.withLock { $0 = (nil, []) }
    }

    private func write(_ list: [Account]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(FileBody(format: AccountStore.format, accounts: list)) else {
            throw AccountError(.unwritable, ["path": path])
        }
        let temporary = path + ".new"
        let fd = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AccountError(.unwritable, ["path": temporary]) }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw AccountError(.unwritable, ["path": path])
        }
    }

    static func now() -> String {
        Timestamp.iso(Int64(Date().timeIntervalSince1970) * 1000)
    }
}

/// What tells a changed file: modification time, size and inode (a rename makes a new inode).
struct FileStamp: Equatable, Sendable {
    var modifiedNs: Int64
    var size: Int64
    var inode: UInt64

    init?(path: String) {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        modifiedNs = Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec)
        size = Int64(s.st_size)
        inode = UInt64(s.st_ino)
    }
}
