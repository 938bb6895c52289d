internal import Catalogue
internal import ArgumentParser
internal import Foundation
internal import Ledger
internal import LedgerStore
internal import LedgerImport
internal import LedgerReports

/// `import --snapshot --as-of DATE`: the zone's project sheet compared with the ledger, and what changed landed as events.
extension ImportCommand {
    func runSnapshot(_ inputs: [InputFile], notes: [SheetNote], language: Language) throws {
        guard let asOf else { throw UsageError(SnapshotText.asOfRequired.text(language)) }
        guard let day = try? BusinessDate.parse(asOf) else { throw UsageError(SnapshotText.asOfBad.text(language, ["value": asOf])) }
        let mapping = try columns.map(ImportCommand.columnMapping) ?? [:]
        if dryRun && !LedgerStore.exists(at: ledger.path) {
            throw StoreError(.missing, "no ledger at \(ledger.path); a dry run creates nothing")
        }
        var options = ImportOptions(recordedAtMs: nil, operatorName: operatorName ?? ImportCommand.loginName(), dryRun: dryRun)
        if let recordedAt { options.recordedAtMs = Timestamp.parse(recordedAt) }
        options.futureRecordedTimeAllowed = allowFuture
        var landed: ImportOutcome?
        var derived: [SnapshotDerivation] = []
        try ledger.openCreatingIfMissing(zone: zone) { store in
            let view = SnapshotDerivation.Ledger(projects: try store.allProjects()) { (try? store.events(ofProject: $0)) ?? [] }
            var problems: [RowProblem] = []
            for input in inputs {
                do {
                    derived.append(SnapshotDerivation.derive(try SnapshotSheet.rows(input, mapping: mapping), file: input.name, asOf: day, ledger: view))
                } catch let e as InputError { problems += e.problems }
            }
            problems += derived.flatMap(\.problems)
            if !problems.isEmpty { try report(rejected: problems, language: language) }
            let sources = inputs.map { BatchSource(fileName: $0.name, sha256: $0.sha256, encoding: $0.encoding) }
            do {
                landed = try store.importBatches(sources: sources, options: options) { index, sink in
                    for d in derived[index].events { try sink(.event(d.event, line: UInt32(clamping: d.line))) }
                }
            } catch let e as StoreError where e.code == .rejected {
                try report(rejected: e.problems, language: language)
            }
        }
        guard let outcome = landed else { return }
        for d in derived { sayUnrecorded(d, language: language) }
        if dryRun {
            printDerived(derived, language: language)
        } else {
            print(outcome, notes: notes, language: language)
        }
    }

    /// Projects missing from the sheet, and changes version 1 cannot record, on standard error.
    func sayUnrecorded(_ d: SnapshotDerivation, language: Language) {
        if !d.missingProjects.isEmpty {
            Console.err(SnapshotText.missingFromSheet.text(language, ["projects": d.missingProjects.joined(separator: ", ")]))
        }
        for u in d.unrecorded {
            Console.err(SnapshotText.notRecorded.text(language, ["line": String(u.line), "project": u.project, "column": u.header, "was": u.was, "now": u.now]))
        }
    }

    /// `--dry-run`: the derived events as a table, with the cell each comes from.
    func printDerived(_ derived: [SnapshotDerivation], language: Language) {
        let zh = language.isChinese
        var t = TextTable(header: zh ? ["项目", "事件", "日期", "金额", "单元格"] : ["project", "kind", "date", "amount", "cell"], rightAligned: [])
        for d in derived.flatMap(\.events) {
            let e = d.event
            t.add([e.project, zh ? e.kind.chinese : e.kind.name, e.date.description,
                   e.kind.carriesAmount ? (zh ? e.amount.chinese : e.amount.english) : "", d.cell])
        }
        Console.out(t.render())
        Console.out(zh ? "试运行:未写入任何内容。" : "dry run: nothing was written.")
    }

    /// `--columns FILE`: `本区表头 = 标准列` lines (`#` starts a comment); the column by any of its names.
    static func columnMapping(_ path: String) throws -> [String: SnapshotColumn] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw UsageError("--columns \(path): cannot be read") }
        var out: [String: SnapshotColumn] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let column = SnapshotColumn.named(parts[1]) else {
                throw UsageError("--columns \(path):\(i + 1): \(line)")
            }
            out[SnapshotColumn.key(parts[0])] = column
        }
        return out
    }
}
