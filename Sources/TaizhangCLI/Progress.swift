internal import Foundation
internal import LedgerService
internal import Catalogue

/// A progress line on standard error while a terminal is attached: rows, rows per second, time left.
final class Progress {
    let enabled: Bool
    var totalRows = 0
    var started = Date()
    var rows = 0
    var lastDraw = Date.distantPast
    let label: String

    init(enabled: Bool, label: String) {
        self.enabled = enabled
        self.label = label
    }

    /// The count when each file was first begun, so that a file read again is not counted twice.
    private var rowsBeforeFile: [Int: Int] = [:]

    /// The calls an import makes as it goes.
    var hooks: ImportProgress {
        var hooks = ImportProgress(started: { [self] total in totalRows = total; started = Date() }, row: { [self] in tick() },
                                   finished: { [self] in finish() })
        hooks.beginFile = { [self] index in beginFile(index) }
        return hooks
    }

    /// File `index` is about to be read (again, when LMDB reruns the transaction): its rows count afresh.
    func beginFile(_ index: Int) {
        if let before = rowsBeforeFile[index] { rows = before } else { rowsBeforeFile[index] = rows }
    }

    func tick() {
        rows += 1
        guard enabled, rows & 1023 == 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        draw(now)
    }

    private func draw(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(rows) / elapsed
        var line = "\(label) \(rows)"
        if totalRows > 0 {
            let fraction = min(1, Double(rows) / Double(totalRows))
            let width = 24
            let filled = Int(fraction * Double(width))
            line += "/\(totalRows) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            let left = rate > 0 ? Double(max(0, totalRows - rows)) / rate : 0
            line += " " + CLIText.progressRate.text(CLILanguage.current, ["rate": String(Int(rate)), "left": String(Int(left.rounded()))])
        } else {
            line += " " + CLIText.progressRows.text(CLILanguage.current, ["rate": String(Int(rate))])
        }
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled, rows > 0, lastDraw != .distantPast else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
