public import Ledger
public import LedgerStore
internal import Foundation

/// Events with their envelopes, one per line (JSONL) or row (CSV): the change feed for
/// systems downstream, and what `import --replay-export` reads back. Every field of the
/// stored record is there, exactly (amounts in fen, recorded times in milliseconds too),
/// so that replaying an export rebuilds the same chain; the README's "Export" is its spec.
public enum EventExport {
    /// The CSV header, in order; JSONL objects have the same keys.
    public static let columns = [
        "sequence", "recorded_at", "recorded_at_ms", "batch", "file", "file_sha256", "line", "previous_hash", "hash",
        "id", "kind", "project", "date", "amount_fen", "name", "group", "industry", "investor", "ref", "note",
    ]

    /// The values of one event, in `columns` order, as text (numbers in decimal, hashes in lowercase hex).
    public static func fields(_ r: RecordedEvent, batch: BatchRecord?) -> [String] {
        let e = r.event, env = r.envelope
        return [
            String(env.sequence), Timestamp.iso(env.recordedAtMs), String(env.recordedAtMs), String(env.batch),
            batch?.fileName ?? "", batch.map { ChainHash.hex($0.fileSHA256) } ?? "", String(env.sourceLine),
            ChainHash.hex(env.previousHash), ChainHash.hex(env.hash),
            e.id, e.kind.name, e.project, e.date.description, String(e.amount.fen),
            e.name, e.group, e.industry, e.investor, e.ref, e.note,
        ]
    }

    /// Which columns JSONL writes as numbers rather than strings.
    static let numericColumns: Set<String> = ["sequence", "recorded_at_ms", "batch", "line", "amount_fen"]

    /// One JSON object on one line, keys in `columns` order.
    public static func jsonLine(_ r: RecordedEvent, batch: BatchRecord?) -> String {
        var out = "{"
        for (i, (key, value)) in zip(columns, fields(r, batch: batch)).enumerated() {
            if i > 0 { out += "," }
            out += "\"\(key)\":" + (numericColumns.contains(key) ? value : jsonString(value))
        }
        return out + "}"
    }

    public static var csvHeader: String { columns.joined(separator: ",") }

    /// One RFC 4180 row (without the line break): fields with a comma, quote or line break are quoted.
    public static func csvRow(_ r: RecordedEvent, batch: BatchRecord?) -> String {
        fields(r, batch: batch).map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",")
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
