internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerReports

/// `--excel-csv [--csv-encoding ENC]`: one sheet of an output as CSV for Excel and WPS on
/// Chinese Windows (`ExcelCSV`), shared by `summary`, `pipeline` and `projects`.
struct ExcelCSVOptions: ParsableArguments {
    @Flag(help: Help.text(HelpReportsText.summaryExcelCSV)) var excelCsv = false
    @Option(help: Help.text(HelpReportsText.summaryCSVEncoding, value: .vEncoding)) var csvEncoding: String?

    /// Writes `sheet` and the seal to standard output; an unknown encoding is a usage error.
    func write(_ sheet: Workbook.Sheet, seal: Seal, language: Language) throws {
        do {
            FileHandle.standardOutput.write(Data(try ExcelCSV.bytes(sheet, seal: seal, language: language, encoding: csvEncoding ?? "utf-8")))
        } catch { throw UsageError("--csv-encoding \(csvEncoding ?? ""): utf-8, gb18030") }
    }
}
