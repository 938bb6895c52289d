internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerImport
internal import LedgerService
internal import LedgerReports

/// `import --snapshot --as-of DATE`: parse, one call to the service, render.
extension ImportCommand {
    func runSnapshot(_ request: ImportRequest, _ l: Language) throws {
        guard let asOf else { throw RequestFailure(SnapshotText.asOfRequired.text(l)) }
        guard let day = try? BusinessDate.parse(asOf) else { throw RequestFailure(SnapshotText.asOfBad.text(l, ["value": asOf])) }
        let mapping = try columns.map { try ImportCommand.columnMapping($0, l) } ?? [:]
        try Console.rejecting(l, summary: .importRejected, json: json) {
            let result = try ledger.service.importSnapshot(request, asOf: day, mapping: mapping)
            if json { Console.out(JSONText.render(ImportText.jsonObject(result.outcome))); return }
            for d in result.derived { sayUnrecorded(d, l) }
            if dryRun {
                result.outcome.notes.forEach { Console.out($0.message(l)) }
                printDerived(result.derived, l)
            } else {
                ImportText.lines(result.outcome, l).forEach(Console.out)
            }
        }
    }

    /// Projects missing from the sheet, and changes version 1 cannot record, on standard error.
    func sayUnrecorded(_ d: SnapshotDerivation, _ l: Language) {
        if !d.missingProjects.isEmpty {
            Console.err(SnapshotText.missingFromSheet.text(l, ["projects": d.missingProjects.joined(separator: ", ")]))
        }
        for u in d.unrecorded {
            Console.err(SnapshotText.notRecorded.text(l, ["line": String(u.line), "project": u.project, "column": u.header, "was": u.was, "now": u.now]))
        }
    }

    /// `--dry-run`: the derived events as a table, with the cell each comes from.
    func printDerived(_ derived: [SnapshotDerivation], _ l: Language) {
        let header: [RenderText] = [.colProject, .colKind, .colDate, .colAmount]
        var t = TextTable(header: header.map { $0.text(l) } + [SnapshotText.cell.text(l)], rightAligned: [])
        for d in derived.flatMap(\.events) {
            let e = d.event
            t.add([e.project, KindText.kind(e.kind, l), e.date.description, e.kind.carriesAmount ? MoneyText.text(e.amount, l) : "", d.cell])
        }
        Console.out(t.render())
        Console.out(RenderText.dryRunNothingWritten.text(l))
    }

    /// `--columns FILE`: `本区表头 = 标准列` lines (`#` starts a comment); the column by any of its names.
    static func columnMapping(_ path: String, _ l: Language) throws -> [String: SnapshotColumn] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw RequestFailure(SnapshotText.columnsUnreadable.text(l, ["file": path]))
        }
        var out: [String: SnapshotColumn] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let column = SnapshotColumn.named(parts[1]) else {
                throw RequestFailure(SnapshotText.columnsBadLine.text(l, ["file": path, "line": String(i + 1), "text": line]))
            }
            out[SnapshotColumn.key(parts[0])] = column
        }
        return out
    }
}
