internal import Ledger
internal import Foundation

/// Reads JSON Lines: one object per line, keys as the CSV header names (English or Chinese).
struct JSONLReader {
    let file: InputFile

    func rows(_ sink: (IncomingRow) throws -> Void) throws {
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
            try sink(file.fileProblem(code: "empty_file", english: "the file has no events", chinese: "文件中没有事件"))
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
    }

    private func row(_ data: Data, line: Int, mapper: RowMapper) -> IncomingRow {
        let dict: [String: Value]
        do {
            dict = try JSONDecoder().decode([String: Value].self, from: data)
        } catch {
            let preview = String(decoding: data.prefix(40), as: UTF8.self)
            return file.fileProblem(code: "bad_json", english: "not a JSON object: \(JSONLReader.reason(error))",
                                    chinese: "不是有效的 JSON 对象", line: line, value: preview)
        }
        var cells: [Field: RowMapper.Cell] = [:]
        var problems: [RowProblem] = []
        for key in dict.keys.sorted() {
            guard let field = Field(header: key) else {
                problems.append(RowProblem(file: file.name, line: line, column: key, code: "unknown_column",
                    english: "unknown key \(key) (known: \(Field.allCases.map(\.rawValue).joined(separator: ", ")))",
                    chinese: "未知字段 \(key)"))
                continue
            }
            switch dict[key]! {
            case .null: continue
            case .string(let s): cells[field] = RowMapper.Cell(text: s, column: key)
            case .integer(let i) where field == .amount:
                cells[field] = RowMapper.Cell(text: String(i), column: key, isInteger: true)
            case .number(let n) where field == .amount:
                problems.append(RowProblem(file: file.name, line: line, column: key, value: n, code: "bad_amount",
                    english: "a JSON number amount must be whole yuan; write decimals as a string such as \"1234.56元\"",
                    chinese: "数字形式的金额必须是整数元;带小数请写成字符串,如 \"1234.56元\""))
            default:
                problems.append(RowProblem(file: file.name, line: line, column: key, code: "bad_value",
                    english: "\(key) must be a string", chinese: "\(key) 必须是字符串"))
            }
        }
        if !problems.isEmpty { return .problems(problems) }
        return mapper.map(cells, line: line)
    }

    static func reason(_ error: Error) -> String {
        let text = "\(error)"
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\($0)" } ?? context.debugDescription
        }
        if case DecodingError.typeMismatch = error { return "a line must hold one JSON object" }
        return text.isEmpty ? "invalid JSON" : "invalid JSON"
    }
}
