internal import Ledger

/// Reads RFC 4180 CSV from UTF-8 bytes: quoted fields with embedded commas, quotes and line
/// breaks, CRLF or LF. Parses bytes, not Characters (see PERFORMANCE-NOTES: 25× faster).
struct CSVReader {
    let file: InputFile

    /// One record: its fields' bytes end to end (quotes undone) and where each ends; its first line.
    struct Record {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var line = 0

        var count: Int { ends.count }

        func string(_ i: Int) -> String {
            let start = i == 0 ? 0 : ends[i - 1]
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[i]]), as: UTF8.self) }
        }

        func isEmpty(_ i: Int) -> Bool { ends[i] == (i == 0 ? 0 : ends[i - 1]) }
    }

    func rows(_ sink: (IncomingRow) throws -> Void) throws {
        let bytes = file.content
        var position = 0
        var line = 1
        var header: [Field?] = []
        var headerNames: [String] = []
        var record = Record()
        var sawHeader = false
        var sawRow = false
        let mapper = RowMapper(fileName: file.name)
        while position < bytes.count {
            let outcome = CSVReader.parseRecord(bytes, &position, &line, into: &record)
            if case .failure(let p) = outcome {
                let column = record.count < headerNames.count ? headerNames[record.count] : ""
                let value = p.code == "bad_quote" ? CSVReader.fieldAround(bytes, position) : ""
                try sink(file.fileProblem(code: p.code, english: p.english, chinese: p.chinese, line: p.line, column: column, value: value))
                // An unclosed quote runs to the end; after a stray quote, go on at the next line
                // so that the rows after it are still checked.
                guard p.code == "bad_quote", sawHeader else { return }
                sawRow = true
                CSVReader.skipLine(bytes, &position, &line)
                continue
            }
            if (0..<record.count).allSatisfy(record.isEmpty) { continue }   // blank line, or an empty row as spreadsheets export it
            if !sawHeader {
                sawHeader = true
                headerNames = (0..<record.count).map { record.string($0) }
                var problems: [RowProblem] = []
                var seen: Set<Field> = []
                for name in headerNames {
                    let field = Field(header: name)
                    if field == nil {
                        problems.append(RowProblem(file: file.name, line: record.line, column: name, value: name, code: "unknown_column",
                            english: "unknown column \(name) (known: \(Field.allCases.map { "\($0.rawValue)/\($0.chinese)" }.joined(separator: ", ")))",
                            chinese: "未知列 \(name)"))
                    } else if !seen.insert(field!).inserted {
                        problems.append(RowProblem(file: file.name, line: record.line, column: name, value: name, code: "duplicate_column",
                            english: "column \(name) appears twice", chinese: "列 \(name) 重复"))
                    }
                    header.append(field)
                }
                for required in [Field.kind, .project, .date] where !seen.contains(required) {
                    problems.append(RowProblem(file: file.name, line: record.line, column: required.rawValue, code: "missing_column",
                        english: "the header has no \(required.rawValue)/\(required.chinese) column",
                        chinese: "表头缺少 \(required.chinese)(\(required.rawValue))列"))
                }
                if !problems.isEmpty { try sink(.problems(problems)); return }
                continue
            }
            sawRow = true
            if record.count != header.count {
                try sink(file.fileProblem(code: "field_count",
                    english: "has \(record.count) fields, the header \(header.count)",
                    chinese: "本行有 \(record.count) 个字段,表头有 \(header.count) 个", line: record.line))
                continue
            }
            var cells = RowMapper.Cells()
            for (i, field) in header.enumerated() {
                guard let field else { continue }
                cells[field] = RowMapper.Cell(text: record.string(i), column: headerNames[i])
            }
            try sink(mapper.map(cells, line: record.line))
        }
        if !sawHeader {
            try sink(file.fileProblem(code: "empty_file", english: "the file is empty", chinese: "文件为空"))
        } else if !sawRow {
            try sink(file.fileProblem(code: "no_rows", english: "the file has a header but no rows", chinese: "文件只有表头,没有数据行"))
        }
    }

    /// The text between the delimiters around `position`: the cell a stray quote is in.
    static func fieldAround(_ b: [UInt8], _ position: Int) -> String {
        var start = min(position, b.count), end = start
        while start > 0 && b[start - 1] != 0x2C && b[start - 1] != 0x0A && b[start - 1] != 0x0D { start -= 1 }
        while end < b.count && b[end] != 0x2C && b[end] != 0x0A && b[end] != 0x0D { end += 1 }
        return String(decoding: b[start..<end], as: UTF8.self)
    }

    /// Moves `position` past the next line break.
    static func skipLine(_ b: [UInt8], _ position: inout Int, _ line: inout Int) {
        while position < b.count && b[position] != 0x0A { position += 1 }
        if position < b.count { position += 1; line += 1 }
    }

    struct ParseProblem: Error {
        let code: String, english: String, chinese: String, line: Int
    }

    /// Parses one record starting at `position`; leaves `position` after its line break.
    static func parseRecord(_ b: [UInt8], _ position: inout Int, _ line: inout Int, into record: inout Record) -> Result<Void, ParseProblem> {
        record.bytes.removeAll(keepingCapacity: true)
        record.ends.removeAll(keepingCapacity: true)
        record.line = line
        var i = position
        let n = b.count
        while true {
            if i < n && b[i] == 0x22 {   // quoted field
                let quoteLine = line
                i += 1
                while true {
                    guard i < n else {
                        position = n
                        return .failure(ParseProblem(code: "unterminated_quote",
                            english: "a quoted field opened here is never closed", chinese: "此处开始的引号字段没有结束引号", line: quoteLine))
                    }
                    let c = b[i]
                    if c == 0x22 {
                        if i + 1 < n && b[i + 1] == 0x22 { record.bytes.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    if c == 0x0A { line += 1 }
                    record.bytes.append(c)
                    i += 1
                }
                if i < n && b[i] != 0x2C && b[i] != 0x0A && b[i] != 0x0D {
                    position = i
                    return .failure(ParseProblem(code: "bad_quote",
                        english: "text after a closing quote (a quote inside a field must be doubled: \"\")",
                        chinese: "结束引号后还有内容(字段内的引号须写成两个:\"\")", line: line))
                }
            } else {
                let start = i
                while i < n && b[i] != 0x2C && b[i] != 0x0A && b[i] != 0x0D {
                    if b[i] == 0x22 {
                        position = i
                        return .failure(ParseProblem(code: "bad_quote",
                            english: "a quote inside an unquoted field (quote the whole field and double the quote)",
                            chinese: "未加引号的字段中出现引号(整个字段须加引号,并将引号写成两个)", line: line))
                    }
                    i += 1
                }
                record.bytes.append(contentsOf: b[start..<i])
            }
            record.ends.append(record.bytes.count)
            if i >= n { position = n; return .success(()) }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x0D { i += 1; if i < n && b[i] == 0x0A { i += 1 } } else { i += 1 }
            line += 1
            position = i
            return .success(())
        }
    }
}
