internal import ArgumentParser
internal import Foundation
internal import LedgerStore
internal import LedgerReports

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write events with their envelopes as JSONL or CSV: the change feed, and a copy `import --replay-export` rebuilds.",
        discussion: """
        Columns: \(EventExport.columns.joined(separator: ", ")). With --since SEQ only the events \
        after sequence SEQ: a consumer passes the last sequence it has.
        """)

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "Only events after this sequence number.") var since: UInt64 = 0
    @Flag(help: "One JSON object per line.") var jsonl = false
    @Flag(help: "CSV with a header row.") var csv = false

    func validate() throws {
        if jsonl == csv { throw ValidationError("give one of --jsonl or --csv") }
    }

    func run() throws {
        try DigestText.checkingChain {
            let store = try ledger.open(readOnly: true)
            let batches = Dictionary(uniqueKeysWithValues: try store.allBatches().map { ($0.id, $0) })
            var out = BufferedOutput()
            if csv { out.line(EventExport.csvHeader) }
            var recordedAt: (ms: Int64, text: String) = (.min, "")
            // --since is exclusive; after the largest sequence there is nothing (and no overflow).
            let (from, pastTheEnd) = since.addingReportingOverflow(1)
            try store.forEachEvent(from: from, through: pastTheEnd ? 0 : .max, verifying: true) { r in
                let batch = batches[r.envelope.batch]
                if r.envelope.recordedAtMs != recordedAt.ms { recordedAt = (r.envelope.recordedAtMs, Timestamp.iso(r.envelope.recordedAtMs)) }
                if jsonl {
                    EventExport.appendJSONLine(r, batch: batch, recordedAt: recordedAt.text, to: &out.buffer)
                } else {
                    EventExport.appendCSVRow(r, batch: batch, recordedAt: recordedAt.text, to: &out.buffer)
                }
                out.flushIfFull()
                return true
            }
            out.flush()
        }
    }
}

/// Standard output in 64 KiB writes: one write per line is slow for a million lines.
struct BufferedOutput {
    var buffer: [UInt8] = []

    mutating func line(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        buffer.append(0x0A)
        flushIfFull()
    }

    mutating func flushIfFull() {
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        if buffer.isEmpty { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
