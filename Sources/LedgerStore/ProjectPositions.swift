/// Where each of a list's projects stands in it, looked up by the project's stored bytes.
///
/// A day entry names its project as bytes in the map; turning them into a String and hashing
/// that (with its Unicode normalisation) for a `[String: Int]` was a fifth of an `--as-of`
/// summary's scan of its days. Here the bytes are hashed as they lie (`ByteHash`) into an open-
/// addressing table of positions, and a hit is confirmed against the project's own UTF-8.
struct ProjectPositions {
    /// The projects' UTF-8, one after another; project i ends at `ends[i]`.
    private let bytes: [UInt8]
    private let ends: [Int]
    /// Linear probing: 0 is empty, else the position + 1.
    private let slots: [Int32]

    /// The positions of `projects`; a project named twice is found at its first position.
    init(_ projects: some Sequence<String>) {
        var (bytes, ends) = ([UInt8](), [Int]())
        for var p in projects {
            p.withUTF8 { bytes.append(contentsOf: $0) }
            ends.append(bytes.count)
        }
        var size = 16
        while size < ends.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        bytes.withUnsafeBytes { all in
            for i in ends.indices {
                let key = Self.project(i, ends: ends, all: all)
                guard Self.find(key, slots: slots, ends: ends, all: all) == nil else { continue }
                var slot = Self.hash(key) & (size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = Int32(i + 1)
            }
        }
        (self.bytes, self.ends, self.slots) = (bytes, ends, slots)
    }

    /// The position of the project whose UTF-8 is `key`; nil when it is not in the list.
    func position(of key: UnsafeRawBufferPointer) -> Int? {
        bytes.withUnsafeBytes { Self.find(key, slots: slots, ends: ends, all: $0) }
    }

    private static func project(_ i: Int, ends: [Int], all: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: all[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
    }

    private static func find(_ key: UnsafeRawBufferPointer, slots: [Int32], ends: [Int], all: UnsafeRawBufferPointer) -> Int? {
        let mask = slots.count - 1
        var slot = hash(key) & mask
        while slots[slot] != 0 {
            let i = Int(slots[slot]) - 1
            if project(i, ends: ends, all: all).sameBytes(as: key) { return i }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func hash(_ key: UnsafeRawBufferPointer) -> Int { Int(truncatingIfNeeded: ByteHash.of(key)) }
}
