public import Ledger
public import LedgerStore

/// Events with their envelopes, one per line (JSONL) or row (CSV): the change feed for
/// systems downstream, and what `import --replay-export` reads back. Every field of the
/// stored record is there, exactly (amounts in fen, recorded times in milliseconds too),
/// so that replaying an export rebuilds the same chain; the README's "Export" is its spec.
public enum EventExport {
    /// The CSV header, in order; JSONL objects have the same keys.
    public static let columns = [
        "sequence", "recorded_at", "recorded_at_ms", "batch", "file", "file_sha256", "line", "previous_hash", "hash",
        "id", "kind", "project", "date", "amount_fen", "name", "group", "industry", "investor", "ref", "note",
        "attributes",
    ]

    /// The values of one event, in `columns` order, as text (numbers in decimal, hashes in lowercase hex).
    /// `recordedAt` is `Timestamp.iso` of its recorded time, which the caller keeps from one
    /// event to the next: a batch shares one time, and formatting it is most of the cost.
    public static func fields(_ r: RecordedEvent, batch: BatchRecord?, recordedAt: String) -> [String] {
        let e = r.event, env = r.envelope
        return [
            String(env.sequence), recordedAt, String(env.recordedAtMs), String(env.batch),
            batch?.fileName ?? "", batch.map { Hex.string($0.fileSHA256) } ?? "", String(env.sourceLine),
            Hex.string(env.previousHash), Hex.string(env.hash),
            e.id, e.kind.name, e.project, e.date.description, String(e.amount.fen),
            e.name, e.group, e.industry, e.investor, e.ref, e.note, attributesText(e.attributes),
        ]
    }

    /// A record version 2's attributes as JSON text, `[["planned_start","2021-05-31"],…]` in stored
    /// order; empty when there are none (every version-1 record), so older columns stay as they were.
    public static func attributesText(_ attributes: [Attribute]) -> String {
        if attributes.isEmpty { return "" }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, a) in attributes.enumerated() {
            out.append(contentsOf: (i == 0 ? "[" : ",[").utf8)
            JSONString.append(a.key, to: &out)
            out.append(UInt8(ascii: ","))
            JSONString.append(a.value, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Which columns JSONL writes as numbers rather than strings.
    static let numericColumns: Set<String> = ["sequence", "recorded_at_ms", "batch", "line", "amount_fen"]
    /// `{"key":` or `,"key":` for each column, and whether its value is a number: computed once.
    static let jsonKeys: [(prefix: [UInt8], numeric: Bool)] = columns.enumerated().map { i, key in
        (Array(((i == 0 ? "{" : ",") + "\"\(key)\":").utf8), numericColumns.contains(key))
    }

    /// Appends one JSON object on one line (with its line break), keys in `columns` order.
    public static func appendJSONLine(_ r: RecordedEvent, batch: BatchRecord?, recordedAt: String, to out: inout [UInt8]) {
        let values = fields(r, batch: batch, recordedAt: recordedAt)
        for i in values.indices {
            out.append(contentsOf: jsonKeys[i].prefix)
            if jsonKeys[i].numeric { out.append(contentsOf: values[i].utf8) } else { JSONString.append(values[i], to: &out) }
        }
        out.append(contentsOf: "}\n".utf8)
    }

    public static var csvHeader: String { columns.joined(separator: ",") }

    /// Appends one RFC 4180 row and its line break.
    public static func appendCSVRow(_ r: RecordedEvent, batch: BatchRecord?, recordedAt: String, to out: inout [UInt8]) {
        CSVText.append(row: fields(r, batch: batch, recordedAt: recordedAt), to: &out)
    }
}
