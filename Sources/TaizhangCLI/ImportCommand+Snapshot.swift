internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerService
internal import LedgerReports

/// `import --snapshot --as-of DATE`: parse, one call to the service, render.
extension ImportCommand {
    func runSnapshot(_ request: ImportRequest, _ l: Language) throws {
        guard let asOf else { throw RequestFailure(SnapshotText.asOfRequired.text(l)) }
        guard let day = try? BusinessDate.parse(asOf) else { throw RequestFailure(SnapshotText.asOfBad.text(l, ["value": asOf])) }
        try Console.rejecting(l, summary: .importRejected, json: json) {
            let result = try ledger.service.importSnapshot(request, SnapshotRequest(asOf: day, columnsFile: columns))
            if json { Console.out(JSONText.render(ImportText.jsonObject(result.outcome))); return }
            for sheet in result.sheets where !sheet.missingProjects.isEmpty {
                Console.err(SnapshotText.missingFromSheet.text(l, ["projects": sheet.missingProjects.joined(separator: ", ")]))
            }
            if dryRun {
                result.outcome.notes.forEach { Console.out($0.message(l)) }
                printDerived(result.sheets, l)
            } else {
                ImportText.lines(result.outcome, l).forEach(Console.out)
            }
        }
    }

    /// `--dry-run`: the derived events as a table, with the cell each comes from.
    func printDerived(_ sheets: [SnapshotOutcome.Sheet], _ l: Language) {
        let header: [RenderText] = [.colProject, .colKind, .colDate, .colAmount]
        var t = TextTable(header: header.map { $0.text(l) } + [SnapshotText.cell.text(l), SnapshotText.changes.text(l)], rightAligned: [])
        for d in sheets.flatMap(\.events) {
            let e = d.event
            t.add([e.project, KindText.kind(e.kind, l), e.date.description, e.kind.carriesAmount ? MoneyText.text(e.amount, l) : "",
                   d.cell, AttributeText.changes(e, l)])
        }
        Console.out(t.render())
        Console.out(RenderText.dryRunNothingWritten.text(l))
    }
}
