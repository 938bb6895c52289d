internal import CLMDB
#if canImport(Glibc)
internal import Glibc
#endif

/// An LMDB call that did not return `MDB_SUCCESS`.
///
/// Carries the raw return code so that callers can tell a full map or a missing key
/// from a real failure, and LMDB's own message for people.
public struct LMDBError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The return code of the LMDB call (an `MDB_*` code or an errno value).
    public let code: Int32
    /// The LMDB function that failed, e.g. `mdb_put`.
    public let call: String

    public init(code: Int32, call: String) {
        self.code = code
        self.call = call
    }

    /// `mdb_strerror`'s text for the code.
    public var message: String { String(cString: mdb_strerror(code)) }

    public var description: String { "\(call): \(message) (code \(code))" }

    public var isMapFull: Bool { code == MDB_MAP_FULL }
    public var isNotFound: Bool { code == MDB_NOTFOUND }
    public var isKeyExists: Bool { code == MDB_KEYEXIST }
    /// The disk or file system is full (`ENOSPC`) or a quota is exceeded (`EDQUOT`).
    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
    /// The files may not be written (`EACCES`, `EROFS`, `EPERM`).
    public var isPermissionDenied: Bool { code == EACCES || code == EROFS || code == EPERM }
    /// A named database does not exist.
    public var isNotFoundDatabase: Bool { code == MDB_NOTFOUND }
    /// The file is not an LMDB environment, or a version LMDB cannot read.
    public var isInvalid: Bool { code == MDB_INVALID || code == MDB_VERSION_MISMATCH }
    /// A page or node that does not hold (`MDB_CORRUPTED`, `MDB_PAGE_NOTFOUND`, also what
    /// `MapExtent` reports for a value past the file's end).
    public var isDamaged: Bool { code == MDB_CORRUPTED || code == MDB_PAGE_NOTFOUND }
}

@inline(__always)
func check(_ code: Int32, _ call: @autoclosure () -> String) throws {
    if code != MDB_SUCCESS { throw LMDBError(code: code, call: call()) }
}
