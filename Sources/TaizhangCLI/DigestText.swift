internal import ArgumentParser
internal import LedgerStore
internal import LedgerReports

/// The digest as one line and as JSON, the same in `digest`, `prove` and `backup`.
enum DigestText {
    /// `SEQ HASH RECORDED_AT TREE_HEAD`: the first two fields are the chain head, as scripts
    /// have read them since the first version; `-` stands for the recorded time of an empty ledger.
    static func line(_ d: LedgerDigest) -> String { JSONShapes.digestLine(d) }

    static func json(_ d: LedgerDigest) -> [String: Any] { JSONShapes.digest(d) }

    static func recordedAt(_ d: LedgerDigest) -> String {
        d.sequence > 0 ? Timestamp.iso(d.recordedAtMs) : "-"
    }

    /// Runs `body`; a log whose chain does not hold (`StoreError.corrupt`) is a failed
    /// verification: one line, exit 4. Everything else as `Console.guarded`.
    static func checkingChain(_ body: () throws -> Void) throws {
        try Console.guarded {
            do {
                try body()
            } catch let e as StoreError where e.code == .corrupt {
                Console.err("taizhang: " + (e.localized?(Console.language) ?? "the log does not verify: \(e.message)"))
                throw ExitCode(Console.Status.verifyFailed.rawValue)
            }
        }
    }
}
