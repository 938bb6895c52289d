public import LedgerStore
internal import Foundation

/// A log's tree head as C2SP tlog-checkpoint writes it: the note text of a signed checkpoint.
///
///     <origin>\n<tree size, decimal>\n<base64 root hash>\n[extension lines]
public struct Checkpoint: Sendable, Equatable {
    public var origin: String
    public var size: UInt64
    public var rootHash: MerkleHash
    public var extensions: [String] = []

    public init(origin: String, size: UInt64, rootHash: MerkleHash) {
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
    }

    /// Parses a checkpoint's note text (three or more non-empty lines, each ending in a newline).
    public init(text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard text.hasSuffix("\n"), lines.removeLast().isEmpty, lines.count >= 3, !lines.contains(where: \.isEmpty) else {
            throw TransparencyError(.malformed, .checkpointLines)
        }
        let sizeText = String(lines[1])
        guard let size = UInt64(sizeText), sizeText == String(size) else {
            throw TransparencyError(.malformed, .checkpointSize, ["size": String(sizeText)])
        }
        guard let raw = Data(base64Encoded: String(lines[2])), let root = MerkleHash(bytes: Array(raw)) else {
            throw TransparencyError(.malformed, .checkpointRoot, ["root": String(lines[2])])
        }
        self.init(origin: String(lines[0]), size: size, rootHash: root)
        extensions = lines.dropFirst(3).map(String.init)
    }

    public var text: String {
        ([origin, String(size), Data(rootHash.bytes).base64EncodedString()] + extensions).map { $0 + "\n" }.joined()
    }

    /// The origin a ledger gets when none was set at `init --origin`: `taizhang/` and the
    /// zone's name, spaces and plus signs (which key names may not hold) turned into hyphens.
    public static func defaultOrigin(zone: String) -> String {
        let name = String(zone.unicodeScalars.map { $0 == "+" || $0.properties.isWhitespace ? "-" : Character($0) })
        return "taizhang/" + (name.isEmpty ? "ledger" : name)
    }
}

/// A signed note whose text is a checkpoint.
public struct SignedCheckpoint: Sendable, Equatable {
    public var note: SignedNote
    public var checkpoint: Checkpoint

    public init(parsing text: String) throws {
        note = try SignedNote(parsing: text)
        checkpoint = try Checkpoint(text: note.text)
    }

    /// A checkpoint signed by `signer`.
    public init(_ checkpoint: Checkpoint, signer: NoteSigner) throws {
        self.checkpoint = checkpoint
        note = try SignedNote(text: checkpoint.text)
        try note.sign(with: signer)
    }

    /// Checks the log's signature: the note must carry a valid one by `key`.
    public func verify(_ key: NoteVerifier) throws {
        try note.verify(key)
    }
}
