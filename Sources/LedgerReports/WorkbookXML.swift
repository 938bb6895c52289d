internal import Ledger
internal import LedgerImport

/// The SpreadsheetML parts of a `Workbook`: styles, relationships and sheets.
enum WorkbookXML {
    static let rootRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    /// Formats by `Workbook.Format` index: general, 万元 `#,##0.00`, 亿元 `#,##0.00`, date
    /// `yyyy-mm-dd`, integer `#,##0`, percent `0.00%`, bold header, days `0.00`.
    static let styles = ##"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="5"><numFmt numFmtId="164" formatCode="#,##0.00&quot;万元&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;亿元&quot;"/><numFmt numFmtId="166" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="167" formatCode="#,##0"/><numFmt numFmtId="168" formatCode="0.00"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"##

    static func sheet(_ sheet: Workbook.Sheet) -> [UInt8] {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (r, row) in sheet.rows.enumerated() {
            s += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = columnLetters(c) + String(r + 1)
                switch cell {
                case .empty: continue
                case .text(let t):
                    let style = r == 0 ? " s=\"\(Workbook.Format.header.rawValue)\"" : ""
                    s += "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(HTML.escape(t))</t></is></c>"
                case .integer(let i): s += "<c r=\"\(ref)\" s=\"\(Workbook.Format.integer.rawValue)\"><v>\(i)</v></c>"
                case .decimal(let d, let f): s += "<c r=\"\(ref)\" s=\"\(f.rawValue)\"><v>\(d)</v></c>"
                case .date(let d): s += "<c r=\"\(ref)\" s=\"\(Workbook.Format.date.rawValue)\"><v>\(d.excelSerial)</v></c>"
                }
            }
            s += "</row>"
        }
        return Array((s + "</sheetData></worksheet>").utf8)
    }

    /// Excel's sheet-name rules: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }
}
