public import Ledger
internal import Catalogue
internal import Foundation

/// One event of a `taizhang export` file, with the envelope it had in the ledger it came from.
public struct ExportedEvent: Sendable {
    public var sequence: UInt64
    public var recordedAtMs: Int64
    public var batch: UInt64
    public var file: String
    public var fileSHA256: [UInt8]
    public var line: UInt32
    public var previousHash: [UInt8]
    public var hash: [UInt8]
    public var event: Event
}

/// Reads an export (JSONL or CSV, as `taizhang export` writes them) back, field for field:
/// text exactly as written (no normalising, unlike a batch file), amounts in fen, recorded
/// times in milliseconds. Any malformed line is an `InputError` naming it.
public enum ExportReader {
    public static func read(path: String) throws -> [ExportedEvent] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path, code: "file_unreadable", .fileMissingOrUnreadable)
        }
        let bytes = Array(data)
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D }
        return first == UInt8(ascii: "{") ? try readJSONL(bytes, path: path) : try readCSV(bytes, path: path)
    }

    static func readJSONL(_ bytes: [UInt8], path: String) throws -> [ExportedEvent] {
        var out: [ExportedEvent] = []
        for (i, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                throw failure(path, line: i + 1, code: "bad_json", .notAJSONObject)
            }
            var fields: [String: String] = [:]
            for (k, v) in object {
                if let s = v as? String { fields[k] = s } else if let n = v as? NSNumber { fields[k] = n.stringValue }
            }
            out.append(try record(fields, path: path, line: i + 1))
        }
        return out
    }

    static func readCSV(_ bytes: [UInt8], path: String) throws -> [ExportedEvent] {
        let rows = try csvRecords(bytes, path: path)
        guard let header = rows.first?.fields else {
            throw InputError(path, code: "empty_file", .emptyFile)
        }
        var out: [ExportedEvent] = []
        for row in rows.dropFirst() where row.fields != [""] {
            guard row.fields.count == header.count else {
                throw failure(path, line: row.line, code: "field_count", .fieldCount, ["count": String(row.fields.count), "header": String(header.count)])
            }
            out.append(try record(Dictionary(zip(header, row.fields), uniquingKeysWith: { a, _ in a }), path: path, line: row.line))
        }
        return out
    }

    /// RFC 4180 records, through the one CSV parser the import reads batch files with
    /// (`CSVReader.parseRecord`); blank lines are skipped, as there.
    static func csvRecords(_ bytes: [UInt8], path: String) throws -> [(fields: [String], line: Int)] {
        var records: [(fields: [String], line: Int)] = []
        var position = 0, line = 1
        var record = CSVReader.Record()
        while position < bytes.count {
            if case .failure(let p) = CSVReader.parseRecord(bytes, &position, &line, into: &record) {
                throw failure(path, line: p.line, code: p.code, p.text)
            }
            if (0..<record.count).allSatisfy(record.isEmpty) { continue }
            records.append(((0..<record.count).map(record.string), record.line))
        }
        return records
    }

    /// One event from its named fields (both formats end here).
    static func record(_ f: [String: String], path: String, line: Int) throws -> ExportedEvent {
        func bad(_ column: String, _ why: ReaderText) -> InputError {
            InputError(path, problems: [RowProblem(file: path, line: line, column: column, value: f[column] ?? "", code: "bad_export_field") {
                ReaderText.exportField.text($0, ["column": column, "reason": why.text($0)])
            }])
        }
        func text(_ k: String) throws -> String {
            guard let v = f[k] else { throw bad(k, .exportMissing) }
            return v
        }
        func number<T: FixedWidthInteger>(_ k: String, _ type: T.Type) throws -> T {
            guard let v = T(try text(k)) else { throw bad(k, .exportNotWhole) }
            return v
        }
        func hash(_ k: String, empty: Bool = false) throws -> [UInt8] {
            let v = try text(k)
            if empty && v.isEmpty { return [] }
            guard v.utf8.count == 64, let h = Hex.bytes(v) else { throw bad(k, .exportNotHash) }
            return h
        }
        guard let kind = EventKind(name: try text("kind")) else { throw bad("kind", .exportUnknownKind) }
        let date: BusinessDate
        do { date = try BusinessDate.parse(try text("date")) } catch { throw bad("date", .exportNotDate) }
        let event = Event(id: try text("id"), kind: kind, project: try text("project"), date: date,
                          amount: Money(fen: try number("amount_fen", Int64.self)), name: try text("name"), group: try text("group"),
                          industry: try text("industry"), investor: try text("investor"), ref: try text("ref"), note: try text("note"),
                          attributes: try attributes(f["attributes"] ?? "", orThrow: bad("attributes", .exportNotAttributes)))
        return ExportedEvent(sequence: try number("sequence", UInt64.self), recordedAtMs: try number("recorded_at_ms", Int64.self),
                             batch: try number("batch", UInt64.self), file: try text("file"), fileSHA256: try hash("file_sha256", empty: true),
                             line: try number("line", UInt32.self), previousHash: try hash("previous_hash"), hash: try hash("hash"), event: event)
    }

    /// The `attributes` column: empty (or absent, in exports made before record version 2), or a
    /// JSON array of `[key, value]` string pairs; `error` when it is neither.
    static func attributes(_ text: String, orThrow error: InputError) throws(InputError) -> [Attribute] {
        if text.isEmpty { return [] }
        guard let pairs = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [Any] else { throw error }
        var out: [Attribute] = []
        for pair in pairs {
            guard let p = pair as? [Any], p.count == 2, let k = p[0] as? String, let v = p[1] as? String else { throw error }
            out.append(Attribute(k, v))
        }
        return out
    }

    static func failure(_ path: String, line: Int, code: String, _ text: ReaderText, _ arguments: KeyValuePairs<String, String> = [:]) -> InputError {
        InputError(path, problems: [RowProblem(file: path, line: line, code: code) { text.text($0, arguments) }])
    }
}
