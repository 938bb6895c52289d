/// Project ids read from stored records, each given a small number on first sight, by its bytes.
///
/// `verify` and `rebuild` touch a project's state, sequences and summary history for every
/// event of the log; keyed by a String made from each record, that was a String, a hash of it
/// and a dictionary probe per event. Here the id's bytes are hashed where they lie in the record
/// and compared with the bytes kept (open addressing over a power-of-two table, at most half
/// full, hashed by `ByteHash`: `Hasher`'s SipHash was half of a lookup), and a String is made
/// once per project.
///
/// Two ids are one project exactly when their Strings are equal, as they were when the fold
/// keyed its states by String: Swift compares Strings by canonical equivalence, so "é" and "e"
/// followed by U+0301, or "K" and the Kelvin sign U+212A, are one project. Ids of ASCII bytes
/// only are equal just when their bytes are; once an id with another byte is seen, an id not
/// yet seen by its bytes is looked up by its String too, and its bytes kept as one more
/// spelling of the project it equals.
struct ProjectNumbers {
    /// Each project's id by number (dense from 0), as first spelled.
    private(set) var names: [String] = []
    /// Every spelling's bytes, one after another: spelling s is `keys[starts[s]..<starts[s + 1]]`.
    private var keys: [UInt8] = []
    private var starts: [Int] = [0]
    /// Each spelling's project number.
    private var numbers: [Int32] = []
    /// The table: a spelling, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 1024)
    /// Every project by its String, kept from the first id that is not all ASCII on.
    private var byString: [String: Int]?

    var count: Int { names.count }

    /// The number of the project whose id is `id`, given now when it has none yet.
    mutating func number(of id: UnsafeRawBufferPointer) -> Int {
        let (spelling, slot) = probe(id)
        if let spelling { return Int(numbers[spelling]) }
        let n: Int
        if byString == nil && id.isASCII {
            n = names.count
            names.append(String(decoding: id, as: UTF8.self))
        } else {
            let name = String(decoding: id, as: UTF8.self)
            if let known = strings()[name] {
                n = known
            } else {
                n = names.count
                names.append(name)
                byString![name] = n
            }
        }
        add(id, n, at: slot)
        return n
    }

    /// The project's number, or nil when no id equal to `id` was seen.
    mutating func find(_ id: UnsafeRawBufferPointer) -> Int? {
        if let spelling = probe(id).spelling { return Int(numbers[spelling]) }
        if byString == nil && id.isASCII { return nil }
        return strings()[String(decoding: id, as: UTF8.self)]
    }

    /// Every project by its String, made on first need.
    private mutating func strings() -> [String: Int] {
        if let byString { return byString }
        var all: [String: Int] = [:]
        for (n, name) in names.enumerated() where all[name] == nil { all[name] = n }
        byString = all
        return all
    }

    /// The spelling whose bytes are `id`, or the empty slot where it would go.
    private func probe(_ id: UnsafeRawBufferPointer) -> (spelling: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(id) & mask
        while true {
            let s = Int(slots[slot])
            if s < 0 { return (nil, slot) }
            if spelled(s, id) { return (s, slot) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func add(_ id: UnsafeRawBufferPointer, _ n: Int, at slot: Int) {
        slots[slot] = Int32(numbers.count)
        numbers.append(Int32(n))
        keys.append(contentsOf: id)
        starts.append(keys.count)
        if numbers.count * 2 > slots.count { grow() }
    }

    private func spelled(_ s: Int, _ id: UnsafeRawBufferPointer) -> Bool {
        withSpelling(s) { $0.sameBytes(as: id) }
    }

    private func withSpelling<R>(_ s: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        keys.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[starts[s]..<starts[s + 1]])) }
    }

    private static func hash(_ id: UnsafeRawBufferPointer) -> Int { Int(truncatingIfNeeded: ByteHash.of(id)) }

    /// Twice the slots, every spelling put again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for s in numbers.indices {
            var slot = withSpelling(s) { Self.hash($0) } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(s)
        }
    }
}
