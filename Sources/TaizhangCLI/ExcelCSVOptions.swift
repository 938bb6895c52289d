internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import LedgerReports

/// `--excel-csv [--csv-encoding ENC]`: one sheet of an output as CSV for Excel and WPS on
/// Chinese Windows (`ExcelCSV`), shared by `summary`, `pipeline` and `projects`.
struct ExcelCSVOptions: ParsableArguments {
    @Flag(help: Help.text(HelpReportsText.summaryExcelCSV)) var excelCsv = false
    @Option(help: Help.text(HelpReportsText.summaryCSVEncoding, value: .vEncoding)) var csvEncoding: CSVEncoding?

    /// Writes `sheet` and the seal to standard output; an encoding that cannot be written is a usage error.
    func write(_ sheet: Workbook.Sheet, seal: Seal, language: Language) throws {
        let encoding = csvEncoding?.name ?? "utf-8"
        do {
            FileHandle.standardOutput.write(Data(try ExcelCSV.bytes(sheet, seal: seal, language: language, encoding: encoding)))
        } catch {
            throw UsageError(ArgumentText.invalidValueWithReason.text(language, [
                "option": "--csv-encoding", "value": encoding, "reason": ArgumentText.badCSVEncoding.text(language)]))
        }
    }
}
