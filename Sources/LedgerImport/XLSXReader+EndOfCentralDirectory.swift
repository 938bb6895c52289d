internal import Foundation

extension XLSXReader {
    /// True when `data` ends in a zip end-of-central-directory record that ZIPFoundation will
    /// find (the last signature at least 22 bytes from the end, with its whole comment
    /// present, as its `scanForEndOfCentralDirectoryRecord` looks for it): anything else is
    /// turned away at once, without a temporary copy.
    static func hasEndOfCentralDirectory(_ data: Data) -> Bool {
        let recordBytes = 22
        guard data.count >= recordBytes else { return false }
        return data.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
            var p = b.count - recordBytes
            while p >= 0 {
                if b[p] == 0x50 && b[p + 1] == 0x4B && b[p + 2] == 0x05 && b[p + 3] == 0x06 {
                    let commentBytes = Int(b[p + 20]) | Int(b[p + 21]) << 8
                    return p + recordBytes + commentBytes <= b.count
                }
                p -= 1
            }
            return false
        }
    }

    /// A workbook's bytes in a temporary file only its owner can read, for ZIPFoundation to
    /// open by path.
    ///
    /// ZIPFoundation 0.9.20's in-memory archives (`Archive(data:)`) are not safe for hostile
    /// input, as `Tools/fuzz` and the seeded mutations in FuzzCorpusTests found: a central
    /// directory pointing past the end of the bytes makes its `MemoryFile.readData` form a
    /// range with its upper bound below its lower one, which traps (the whole import dies,
    /// Fixtures/fuzz/crashes/xlsx-zipfoundation-trap-offset-past-end), and bytes without a
    /// zip directory leak the in-memory file (xlsx-zipfoundation-leak-no-end-of-central-
    /// directory). Read from a file, a read past the end is a short read, which it reports.
    struct PrivateCopy {
        let url: URL

        init(_ data: Data) throws {
            let path = NSTemporaryDirectory() + "taizhang-xlsx-" + UUID().uuidString + ".xlsx"
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw XLSXProblem(english: "cannot make a temporary copy in \(NSTemporaryDirectory())",
                                  chinese: "无法在 \(NSTemporaryDirectory()) 中建立临时副本")
            }
            url = URL(fileURLWithPath: path)
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }
}
