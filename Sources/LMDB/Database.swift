internal import CLMDB

/// A named database's handle (`MDB_dbi`), valid for the life of its environment.
public struct Database: Sendable, Hashable {
    let dbi: MDB_dbi
    public let name: String
}

/// Flags of `mdb_dbi_open`.
public struct DatabaseFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Several sorted values a key (`MDB_DUPSORT`).
    public static let duplicateSort = DatabaseFlags(rawValue: UInt32(MDB_DUPSORT))
    /// Duplicate values all of one size (`MDB_DUPFIXED`), which allows `putMultiple`.
    public static let duplicateFixed = DatabaseFlags(rawValue: UInt32(MDB_DUPFIXED))
    /// Create the database when it is missing (`MDB_CREATE`).
    public static let create = DatabaseFlags(rawValue: UInt32(MDB_CREATE))
}

/// Flags of `mdb_put`.
public struct PutFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Fail with `MDB_KEYEXIST` when the key is present (`MDB_NOOVERWRITE`).
    public static let noOverwrite = PutFlags(rawValue: UInt32(MDB_NOOVERWRITE))
    /// The key sorts after every key in the database (`MDB_APPEND`): no search, dense pages.
    public static let append = PutFlags(rawValue: UInt32(MDB_APPEND))
    /// As `append`, for the sorted duplicates of one key (`MDB_APPENDDUP`).
    public static let appendDuplicate = PutFlags(rawValue: UInt32(MDB_APPENDDUP))
    /// Fail when this key/value pair is present (`MDB_NODUPDATA`).
    public static let noDuplicateData = PutFlags(rawValue: UInt32(MDB_NODUPDATA))
}

/// Counts of one database (`mdb_stat`).
public struct DatabaseStatistics: Sendable {
    public let entries: Int
    public let depth: Int
    public let pageSizeBytes: Int
    public let leafPages: Int
    public let branchPages: Int
    public let overflowPages: Int
}
