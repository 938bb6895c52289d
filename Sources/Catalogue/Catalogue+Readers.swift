/// The words of the batch-file readers: what is wrong with a file, a header, a line or a cell.
///
/// Each problem keeps its stable code (`empty_file`, `bad_quote`, …) in the reader; several
/// phrases may share a code when the same mistake shows differently in each format.
public enum ReaderText: String, Phrasebook {
    // The file as a whole.
    case fileMissing, fileIsFolder, fileUnreadable, fileMissingOrUnreadable, fileRowsMax, fileChanged
    case emptyFile, noEvents, emptySheet, noRows, sheetNoRows
    // Encodings.
    case notDeclaredUTF8, notDeclaredEncoding, neitherUTF8NorGB18030, unknownEncoding, moreBadLines
    // Headers and keys.
    case unknownColumn, unknownKey, duplicateColumn, sameField, missingColumn
    // CSV records.
    case fieldCount, unterminatedQuote, textAfterQuote, quoteInUnquoted, openQuote
    // JSON lines.
    case notAnObject, objectNotClosed, notValidJSON, textAfterObject, notValidJSONAt, numberAmountNotWhole, mustBeString
    // Cells.
    case missingKind, unknownKind, missingProject
    // Workbooks.
    case badWorkbook, notAZip, zipDamaged, partDamaged, partNotUTF8XML, partMissing, sheetMalformed
    // Parts of a zip archive.
    case zipDirectoryOutside, zipEntryDamaged, zipLocalHeaderMissing, zipEncrypted, zipPastEnd, zipPartTooLarge
    case zipSizesDisagree, zipMethod, zipChecksum, zipInflateStart, zipInflateEnd
    // Export files (`import --replay-export`).
    case notAJSONObject, exportField, exportMissing, exportNotWhole, exportNotHash, exportUnknownKind, exportNotDate, exportNotAttributes

    public var phrase: Phrase {
        switch self {
        case .fileMissing: Phrase(zh: "文件不存在", en: "no such file")
        case .fileIsFolder: Phrase(zh: "这是文件夹,不是文件", en: "is a folder, not a file")
        case .fileUnreadable: Phrase(zh: "无法读取(权限?)", en: "cannot be read (permission?)")
        case .fileMissingOrUnreadable: Phrase(zh: "文件不存在或无法读取", en: "no such file, or it cannot be read")
        case .fileChanged: Phrase(zh: "文件在导入过程中被改动:请等导入结束后再修改它,然后重新导入", en: "the file changed while it was imported: leave it as it is until the import ends, then import it again")
        case .fileRowsMax: Phrase(zh: "文件超过 {max} 行:请拆分为多个文件", en: "more than {max} rows in one file: split it into several files")
        case .emptyFile: Phrase(zh: "文件为空", en: "the file is empty")
        case .noEvents: Phrase(zh: "文件中没有事件", en: "the file has no events")
        case .emptySheet: Phrase(zh: "第一个工作表为空", en: "the first sheet is empty")
        case .noRows: Phrase(zh: "文件只有表头,没有数据行", en: "the file has a header but no rows")
        case .sheetNoRows: Phrase(zh: "工作表只有表头,没有数据行", en: "the sheet has a header but no rows")
        case .notDeclaredUTF8: Phrase(zh: "不是 --encoding 所指定的 UTF-8 编码", en: "not valid UTF-8, as --encoding says the file is")
        case .notDeclaredEncoding: Phrase(zh: "不是 --encoding 所指定的 {encoding} 编码", en: "not valid {encoding}, as --encoding says the file is")
        case .neitherUTF8NorGB18030:
            Phrase(zh: "含有既非 UTF-8 也非 GB18030 的字节(以 \\xNN 表示);请用 --encoding 指定文件的编码",
                   en: "bytes that are neither UTF-8 nor GB18030 (shown as \\xNN); name the file's encoding with --encoding")
        case .unknownEncoding: Phrase(zh: "未知编码 {encoding}", en: "unknown encoding {encoding}")
        case .moreBadLines: Phrase(zh: "另有 {count} 行含无效字节", en: "{count} more lines with bad bytes")
        case .unknownColumn: Phrase(zh: "未知列 {name}(可用:{known})", en: "unknown column {name} (known: {known})")
        case .unknownKey: Phrase(zh: "未知字段 {name}(可用:{known})", en: "unknown key {name} (known: {known})")
        case .duplicateColumn: Phrase(zh: "列 {name} 重复", en: "column {name} appears twice")
        case .sameField: Phrase(zh: "{name} 与 {other} 是同一字段", en: "{name} and {other} are the same field")
        case .missingColumn: Phrase(zh: "表头缺少{name}列", en: "the header has no {name} column")
        case .fieldCount: Phrase(zh: "本行有 {count} 个字段,表头有 {header} 个", en: "has {count} fields, the header {header}")
        case .unterminatedQuote: Phrase(zh: "此处开始的引号字段没有结束引号", en: "a quoted field opened here is never closed")
        case .textAfterQuote:
            Phrase(zh: "结束引号后还有内容(字段内的引号须写成两个:\"\")", en: "text after a closing quote (a quote inside a field must be doubled: \"\")")
        case .quoteInUnquoted:
            Phrase(zh: "未加引号的字段中出现引号(整个字段须加引号,并将引号写成两个)",
                   en: "a quote inside an unquoted field (quote the whole field and double the quote)")
        case .openQuote: Phrase(zh: "引号未闭合", en: "a quoted field is never closed")
        case .notAnObject: Phrase(zh: "不是 JSON 对象:每行须是一个对象,如 {\"kind\": …}", en: "not a JSON object: a line must hold one object, {\"kind\": …}")
        case .objectNotClosed:
            Phrase(zh: "不是完整的 JSON 对象:本行在对象结束前就结束了(缺少 } 或 \")",
                   en: "not a JSON object: the line ends before the object is closed (a missing } or \")")
        case .notValidJSON: Phrase(zh: "不是有效的 JSON", en: "not valid JSON")
        case .textAfterObject:
            Phrase(zh: "不是有效的 JSON:对象的 } 之后还有内容(每行一个对象)", en: "not valid JSON: text after the object's closing } (one object per line)")
        case .notValidJSONAt: Phrase(zh: "第 {offset} 个字符处不是有效的 JSON", en: "not valid JSON at character {offset}")
        case .numberAmountNotWhole:
            Phrase(zh: "数字形式的金额必须是整数元;带小数请写成字符串,如 \"1234.56元\"",
                   en: "a JSON number amount must be whole yuan; write decimals as a string such as `\"1234.56元\"`")
        case .mustBeString: Phrase(zh: "{name}必须是字符串", en: "{name} must be a string")
        case .missingKind: Phrase(zh: "必须填写事件类型", en: "kind is required")
        case .unknownKind:
            Phrase(zh: "未知事件类型(应为 签约、资金到位、开工、投产、调整、终止 或 作废)",
                   en: "unknown kind (expected signed, disbursed, started, commissioned, revised, terminated or void)")
        case .missingProject: Phrase(zh: "必须填写项目编号", en: "project is required")
        case .badWorkbook: Phrase(zh: "不是可读取的 xlsx 工作簿:{reason}", en: "not a readable xlsx workbook: {reason}")
        case .notAZip: Phrase(zh: "不是 zip 压缩包", en: "not a zip archive")
        case .zipDamaged: Phrase(zh: "zip 压缩包已损坏:{reason}", en: "{reason}")
        case .partDamaged: Phrase(zh: "{part} 已损坏:{reason}", en: "{part} is damaged: {reason}")
        case .partNotUTF8XML: Phrase(zh: "{part} 不是 UTF-8 编码的 XML", en: "{part} is not UTF-8 XML")
        case .partMissing: Phrase(zh: "缺少 {part}", en: "no {part}")
        case .sheetMalformed: Phrase(zh: "工作表 XML 格式错误", en: "the sheet's XML is malformed")
        case .zipDirectoryOutside: Phrase(zh: "中央目录不在文件范围内", en: "the central directory lies outside the file")
        case .zipEntryDamaged: Phrase(zh: "中央目录的一个条目已损坏", en: "a central directory entry is damaged")
        case .zipLocalHeaderMissing: Phrase(zh: "缺少本地文件头", en: "its local header is missing")
        case .zipEncrypted: Phrase(zh: "已加密", en: "it is encrypted")
        case .zipPastEnd: Phrase(zh: "超出文件末尾", en: "it runs past the end of the file")
        case .zipPartTooLarge: Phrase(zh: "超过 {max} 字节", en: "it is larger than {max} bytes")
        case .zipSizesDisagree: Phrase(zh: "大小记录不一致", en: "its sizes disagree")
        case .zipMethod: Phrase(zh: "使用了不支持的压缩方法 {method}", en: "it uses compression method {method}")
        case .zipChecksum: Phrase(zh: "校验和错误", en: "its checksum is wrong")
        case .zipInflateStart: Phrase(zh: "解压程序无法启动", en: "zlib could not start")
        case .zipInflateEnd: Phrase(zh: "压缩数据流没有在应有的位置结束", en: "its deflate stream does not end where it should")
        case .notAJSONObject: Phrase(zh: "不是 JSON 对象", en: "is not a JSON object")
        case .exportField: Phrase(zh: "{column}:{reason}", en: "{column}: {reason}")
        case .exportMissing: Phrase(zh: "缺失", en: "missing")
        case .exportNotWhole: Phrase(zh: "不是整数", en: "not a whole number")
        case .exportNotHash: Phrase(zh: "不是 64 位十六进制数", en: "not 64 hex digits")
        case .exportNotAttributes: Phrase(zh: "不是 [键, 值] 字符串对的 JSON 数组", en: "not a JSON array of [key, value] string pairs")
        case .exportUnknownKind: Phrase(zh: "未知事件类型", en: "unknown kind")
        case .exportNotDate: Phrase(zh: "不是日期", en: "not a date")
        }
    }
}
