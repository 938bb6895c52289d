import Foundation
import Testing

/// The batches of Fixtures/projections with their recorded times (see its README).
let projectionBatches = [
    ("Fixtures/projections/1-before-2021.jsonl", "2021-01-05T09:00:00+08:00"),
    ("Fixtures/projections/2-2021q1.jsonl", "2021-04-10T12:00:00+08:00"),
    ("Fixtures/projections/3-2021-07.jsonl", "2021-07-01T10:00:00+08:00"),
]

/// A new ledger holding the first `batches` batches of Fixtures/projections.
func projectionLedger(batches: Int = 3) throws -> String {
    try ledger(importing: projectionBatches.prefix(batches), zone: "示例区")
}

/// A JSON document's top-level object.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text.prefix(200))")
}

/// A JSON document's top-level array.
func jsonArray(_ text: String) throws -> [[String: Any]] {
    let any = try JSONSerialization.jsonObject(with: Data(text.utf8))
    // `projects --json` is a sealed document (`taizhang.projects/1`): its list is `projects`.
    if let o = any as? [String: Any], o["schema"] as? String == "taizhang.projects/1" {
        #expect(o["seal"] is [String: Any], "a projects document carries its seal")
        return try #require(o["projects"] as? [[String: Any]], "no projects list: \(text.prefix(200))")
    }
    return try #require(any as? [[String: Any]], "not a JSON array: \(text.prefix(200))")
}

/// The value at a dotted path (`bands.0.count`) in decoded JSON.
func lookup(_ object: Any?, _ path: String) -> Any? {
    var current = object
    for part in path.split(separator: ".") {
        if let index = Int(part), let array = current as? [Any] {
            current = index < array.count ? array[index] : nil
        } else {
            current = (current as? [String: Any])?[String(part)]
        }
    }
    return current
}

/// An integer at a path, exactly (JSON numbers of fen exceed Int32).
func integer(_ object: Any?, _ path: String) -> Int64? {
    (lookup(object, path) as? NSNumber)?.int64Value
}

func text(_ object: Any?, _ path: String) -> String? {
    lookup(object, path) as? String
}

/// The `key` of each element of the array at `path`.
func column(_ object: Any?, _ path: String, _ key: String) -> [String] {
    ((lookup(object, path) as? [Any]) ?? []).map { element in
        let v = lookup(element, key)
        if let s = v as? String { return s }
        if let n = v as? NSNumber { return n.stringValue }
        return "?"
    }
}

/// `summary ARGS… --json` on `ledger`, decoded; the command must succeed.
func summaryJSON(_ ledger: String, _ arguments: String...) throws -> [String: Any] {
    let r = try run(taizhangBinary, ["--db", ledger, "summary"] + arguments + ["--json"])
    #expect(r.status == 0, "\(r.stderr)")
    return try jsonObject(r.stdout)
}
