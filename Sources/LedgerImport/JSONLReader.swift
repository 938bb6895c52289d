internal import Ledger
internal import Catalogue
internal import Foundation

/// Reads JSON Lines: one object per line, keys as the CSV header names (English or Chinese).
struct JSONLReader {
    let file: InputFile

    func rows(_ sink: (consuming IncomingRow) throws -> Void) throws {
        let mapper = RowMapper(fileName: file.name)
        var lineNumber = 0
        var sawRow = false
        var start = 0
        let bytes = file.content
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = bytes[start..<lineEnd]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            sawRow = true
            try sink(row(Data(line), line: lineNumber, mapper: mapper))
        }
        if !sawRow {
            try sink(file.fileProblem(code: "empty_file", .noEvents))
        }
    }

    /// A JSON value as a batch line may hold it: integers kept exact, never through Double.
    enum Value: Decodable {
        case string(String), integer(Int64), number(String), bool(Bool), null, other

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let s = try? c.decode(String.self) { self = .string(s) }
            else if let i = try? c.decode(Int64.self) { self = .integer(i) }
            else if let d = try? c.decode(Double.self) { self = .number("\(d)") }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else { self = .other }
        }

        /// The value as JSON wrote it, for a report.
        var literal: String {
            switch self {
            case .string(let s): s
            case .integer(let i): String(i)
            case .number(let n): n
            case .bool(let b): b ? "true" : "false"
            case .null: "null"
            case .other: "an array or object"
            }
        }
    }

    private func row(_ data: Data, line: Int, mapper: RowMapper) -> IncomingRow {
        let dict: [String: Value]
        do {
            dict = try JSONDecoder().decode([String: Value].self, from: data)
        } catch {
            let (text, offset) = JSONLReader.reason(data)
            return file.fileProblem(code: "bad_json", text, ["offset": String(offset)], line: line,
                                    value: String(String(decoding: data, as: UTF8.self).prefix(200)))
        }
        var cells: [Field: RowMapper.Cell] = [:]
        var problems: [RowProblem] = []
        for key in dict.keys.sorted() {
            guard let field = Field(header: key) else {
                problems.append(HeaderProblem.unknown(file: file.name, line: line, name: key, key: true))
                continue
            }
            if let other = cells[field] {
                problems.append(HeaderProblem.duplicate(file: file.name, line: line, name: key, other: other.column))
                continue
            }
            switch dict[key]! {
            case .null: continue
            case .string(let s): cells[field] = RowMapper.Cell(text: s, column: key)
            case .integer(let i) where field == .amount:
                cells[field] = RowMapper.Cell(text: String(i), column: key, isInteger: true)
            case .number(let n) where field == .amount:
                problems.append(RowProblem(file: file.name, line: line, column: key, value: n, code: "bad_amount") {
                    ReaderText.numberAmountNotWhole.text($0)
                })
            case let value:
                problems.append(RowProblem(file: file.name, line: line, column: key, value: value.literal, code: "bad_value") {
                    ReaderText.mustBeString.text($0, ["name": FieldText.named(key, $0)])
                })
            }
        }
        guard !problems.isEmpty else { return mapper.map(cells, line: line) }
        // Map the rest too, so that the row reports every problem; a column already
        // reported (a number where text belongs) is not reported again as missing.
        if case .problems(let more) = mapper.map(cells, line: line) {
            let reported = Set(problems.compactMap { Field(header: $0.column) })
            problems += more.filter { p in Field(header: p.column).map { !reported.contains($0) } ?? true }
        }
        return .problems(problems)
    }

    /// Why a line is not a JSON object, in words a clerk can act on (and the character, for `notValidJSONAt`).
    static func reason(_ data: Data) -> (ReaderText, offset: Int) {
        let trimmed = data.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if trimmed.first != UInt8(ascii: "{") { return (.notAnObject, 0) }
        var detail = ""
        do { _ = try JSONSerialization.jsonObject(with: data) } catch {
            detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        }
        if detail.hasPrefix("Unexpected end of file") { return (.objectNotClosed, 0) }
        guard let range = detail.range(of: "around character "), let offset = Int(detail[range.upperBound...].prefix { $0.isNumber }) else {
            return (.notValidJSON, 0)
        }
        let before = data.prefix(offset).reversed().drop { $0 == 0x20 || $0 == 0x09 }
        if before.first == UInt8(ascii: "}") { return (.textAfterObject, 0) }
        return (.notValidJSONAt, offset + 1)
    }
}
