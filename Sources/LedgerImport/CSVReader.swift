internal import Ledger
internal import Catalogue

/// Reads RFC 4180 CSV from UTF-8 bytes: quoted fields with embedded commas, quotes and line
/// breaks, CRLF or LF. Parses bytes, not Characters (see PERFORMANCE-NOTES: 25× faster).
struct CSVReader {
    let file: InputFile

    /// One record: where each field's text is, and its first line.
    ///
    /// An unquoted field is read where it lies in the file's bytes (`source`, shared, not
    /// copied); only a quoted one is copied, its quotes undone, into `scratch`.
    struct Record {
        struct Span {
            var start: Int, end: Int
            var quoted: Bool
        }
        var source: [UInt8] = []
        var scratch: [UInt8] = []
        var spans: [Span] = []
        var line = 0

        var count: Int { spans.count }

        /// The bytes of field `i`.
        func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            let span = spans[i]
            return (span.quoted ? scratch : source).withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
        }

        func string(_ i: Int) -> String { withBytes(i) { String(decoding: $0, as: UTF8.self) } }

        func isEmpty(_ i: Int) -> Bool { spans[i].start == spans[i].end }
    }

    func rows(_ sink: (consuming IncomingRow) throws -> Void) throws {
        var text = try CSVText(file)
        var header: [Field?] = []
        var headerNames: [String] = []
        var units: [String?] = []
        var record = Record()
        var sawHeader = false
        var sawRow = false
        var kindColumn: Int?
        var columns: [(index: Int, field: Field)] = []
        var cells = RowMapper.Cells()
        let mapper = RowMapper(fileName: file.name)
        while let outcome = try text.next(into: &record, name: file.name) {
            if case .failure(let p) = outcome {
                let column = record.count < headerNames.count ? headerNames[record.count] : ""
                let value = p.code == "bad_quote" ? text.fieldAround() : ""
                try sink(file.fileProblem(code: p.code, p.text, line: p.line, column: column, value: value))
                // An unclosed quote runs to the end; after a stray quote, go on at the next line
                // so that the rows after it are still checked.
                guard p.code == "bad_quote", sawHeader else { return }
                sawRow = true
                try text.skipLine(name: file.name)
                continue
            }
            if (0..<record.count).allSatisfy(record.isEmpty) { continue }   // blank line, or an empty row as spreadsheets export it
            if !sawHeader {
                sawHeader = true
                headerNames = (0..<record.count).map { record.string($0) }
                var problems: [RowProblem] = []
                var seen: Set<Field> = []
                for name in headerNames {
                    let headerCell = HeaderCell(name)
                    units.append(headerCell.unit)
                    let field = headerCell.field
                    if headerCell.ignored {
                        // a running number (序号): not a field of the event
                    } else if field == nil {
                        problems.append(HeaderProblem.unknown(file: file.name, line: record.line, name: name))
                    } else if !seen.insert(field!).inserted {
                        problems.append(HeaderProblem.duplicate(file: file.name, line: record.line, name: name))
                    }
                    header.append(field)
                }
                for required in [Field.kind, .project, .date] where !seen.contains(required) {
                    problems.append(HeaderProblem.missing(file: file.name, line: record.line, field: required))
                }
                if !problems.isEmpty { try sink(.problems(problems)); return }
                kindColumn = header.firstIndex(of: .kind)
                // Each row's cells are set in place: a column's name and unit are the header's, only the text changes.
                columns = header.enumerated().compactMap { i, field in field.map { (i, $0) } }
                for (i, field) in columns { cells[field] = RowMapper.Cell(text: "", column: headerNames[i], unit: units[i]) }
                continue
            }
            sawRow = true
            if record.count != header.count {
                try sink(file.fileProblem(code: "field_count", .fieldCount, ["count": String(record.count), "header": String(header.count)],
                                          line: record.line))
                continue
            }
            if CSVReader.isTotal(record, kindColumn: kindColumn) { continue }   // named in the report by `totalLines`
            for (i, field) in columns { cells.setText(field, record.string(i)) }
            try sink(mapper.map(cells, line: record.line))
        }
        if !sawHeader {
            try sink(file.fileProblem(code: "empty_file", .emptyFile))
        } else if !sawRow {
            try sink(file.fileProblem(code: "no_rows", .noRows))
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
        let code: String, text: ReaderText, line: Int
    }

    /// Parses one record starting at `position`; leaves `position` after its line break.
    static func parseRecord(_ b: [UInt8], _ position: inout Int, _ line: inout Int, into record: inout Record) -> Result<Void, ParseProblem> {
        // Only when the text is another buffer (a chunk read since): assigned for every record, the
        // buffer was retained and released each time (3% of the parsing thread at 1M rows). Two
        // live arrays cannot share their storage's address.
        if record.source.count != b.count || record.source.withUnsafeBufferPointer({ $0.baseAddress }) != b.withUnsafeBufferPointer({ $0.baseAddress }) {
            record.source = b
        }
        record.scratch.removeAll(keepingCapacity: true)
        record.spans.removeAll(keepingCapacity: true)
        record.line = line
        var i = position
        let n = b.count
        while true {
            if i < n && b[i] == 0x22 {   // quoted field
                let quoteLine = line
                let start = record.scratch.count
                i += 1
                while true {
                    guard i < n else {
                        position = n
                        return .failure(ParseProblem(code: "unterminated_quote", text: .unterminatedQuote, line: quoteLine))
                    }
                    let c = b[i]
                    if c == 0x22 {
                        if i + 1 < n && b[i + 1] == 0x22 { record.scratch.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    if c == 0x0A { line += 1 }
                    record.scratch.append(c)
                    i += 1
                }
                if i < n && b[i] != 0x2C && b[i] != 0x0A && b[i] != 0x0D {
                    position = i
                    return .failure(ParseProblem(code: "bad_quote", text: .textAfterQuote, line: line))
                }
                record.spans.append(Record.Span(start: start, end: record.scratch.count, quoted: true))
            } else {
                let start = i
                while i < n && b[i] != 0x2C && b[i] != 0x0A && b[i] != 0x0D {
                    if b[i] == 0x22 {
                        position = i
                        return .failure(ParseProblem(code: "bad_quote", text: .quoteInUnquoted, line: line))
                    }
                    i += 1
                }
                record.spans.append(Record.Span(start: start, end: i, quoted: false))
            }
            if i >= n { position = n; return .success(()) }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x0D { i += 1; if i < n && b[i] == 0x0A { i += 1 } } else { i += 1 }
            line += 1
            position = i
            return .success(())
        }
    }
}
