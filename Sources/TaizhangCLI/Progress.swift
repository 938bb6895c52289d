internal import Foundation

/// A progress line on standard error while a terminal is attached: rows, rows per second, time left.
final class Progress {
    let enabled: Bool
    let totalRows: Int
    let started = Date()
    var rows = 0
    /// The count when each source was first begun, so that a source read again is not counted twice.
    private var rowsBeforeSource: [Int: Int] = [:]
    var lastDraw = Date.distantPast
    let label: String

    init(enabled: Bool, totalRows: Int, label: String) {
        self.enabled = enabled
        self.totalRows = totalRows
        self.label = label
    }

    /// Source `index` is about to be read (again, when LMDB reruns the transaction): its rows count afresh.
    func beginSource(_ index: Int) {
        if let before = rowsBeforeSource[index] { rows = before } else { rowsBeforeSource[index] = rows }
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
            line += String(format: " %.0f rows/s, ~%.0fs left", rate, left)
        } else {
            line += String(format: " rows, %.0f rows/s", rate)
        }
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled, rows > 0, lastDraw != .distantPast else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
