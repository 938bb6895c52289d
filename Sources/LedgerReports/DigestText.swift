public import LedgerStore
internal import Ledger

/// The digest as one line and as JSON, the same in `digest`, `prove`, `backup` and the web.
public enum DigestText {
    /// `SEQ HASH RECORDED_AT TREE_HEAD`: the first two fields are the chain head, as scripts
    /// have read them since the first version; `-` stands for the recorded time of an empty ledger.
    public static func line(_ d: LedgerDigest) -> String {
        "\(d.sequence) \(Hex.string(d.hash)) \(recordedAt(d)) \(d.treeHead.hex)"
    }

    public static func json(_ d: LedgerDigest) -> [String: Any] {
        ["sequence": d.sequence, "hash": Hex.string(d.hash), "recorded_at": recordedAt(d),
         "recorded_at_ms": d.recordedAtMs, "tree_size": d.sequence, "tree_head": d.treeHead.hex]
    }

    static func recordedAt(_ d: LedgerDigest) -> String {
        d.sequence > 0 ? Timestamp.iso(d.recordedAtMs) : "-"
    }

    /// `SEQ HASH`, the chain head alone.
    public static func head(_ h: Head) -> String { "\(h.sequence) \(Hex.string(h.hash))" }

    public static func headJSON(_ h: Head) -> [String: Any] { ["sequence": h.sequence, "hash": Hex.string(h.hash)] }
}
