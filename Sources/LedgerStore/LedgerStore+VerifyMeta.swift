internal import Catalogue
internal import LMDB
internal import Ledger

extension LedgerStore {
    /// Every key `meta` may hold. An empty ledger holds only `format`, `zone` and `created_at_ms`;
    /// the head's three keys come with the first event, `batch_count` with the first batch.
    static let metaKeys = ["format", "head_seq", "head_hash", "head_recorded_at_ms", "batch_count", "zone", "created_at_ms",
                           "origin", "merkle_size", "merkle_frontier"]

    /// Every key of `meta` against the log and the batches.
    ///
    /// The head (sequence, hash, recorded time) is the log's last event; `batch_count` is the
    /// last batch's id; `format` is this build's. `zone` and `created_at_ms` are bound to nothing
    /// else, so only their form is checked (UTF-8; eight bytes, not after the first import).
    func verifyMeta(_ txn: borrowing Transaction, log: LogScan, batches: [BatchRecord], _ findings: VerifyFindings) throws {
        var stored: [String: [UInt8]] = [:]
        try txn.withCursor(meta) { cursor in
            var entry = try cursor.first()
            while let e = entry {
                entry = try cursor.next()
                let name = String(decoding: e.key, as: UTF8.self)
                if LedgerStore.metaKeys.contains(name) { stored[name] = [UInt8](e.value) } else {
                    findings.at("meta", key: VerifyFailure.keyText(e.key), .metaUnknownKey)
                }
            }
        }
        let hasEvents = log.lastSequence > 0
        checkU64(stored, "format", required: true, findings) { v in
            v == UInt64(LedgerStore.formatVersion) ? nil : (.metaFormat, [("stored", .text("\(v)")), ("expected", .text("\(LedgerStore.formatVersion)"))])
        }
        checkU64(stored, "head_seq", required: hasEvents, findings) { v in
            v == log.lastSequence ? nil : (.metaHeadSequence, [("stored", .text("\(v)")), ("last", .text("\(log.lastSequence)"))])
        }
        checkU64(stored, "head_recorded_at_ms", required: hasEvents, findings) { v in
            Int64(bitPattern: v) == log.lastRecordedAtMs ? nil : (.metaHeadRecorded, [
                ("stored", .text(Timestamp.iso(Int64(bitPattern: v)))), ("last", .text(Timestamp.iso(log.lastRecordedAtMs))),
            ])
        }
        checkPresence(stored, "head_hash", required: hasEvents, length: 32, findings)
        if hasEvents, let hash = stored["head_hash"], hash.count == 32, hash != log.lastHash {
            findings.at("meta", key: "head_hash", .metaHeadHash)
        }
        let lastBatch = batches.last?.id
        checkU64(stored, "batch_count", required: lastBatch != nil, findings) { v in
            v == lastBatch ? nil : (.metaBatchCount, [("stored", .text("\(v)")), ("last", .text("\(lastBatch ?? 0)"))])
        }
        if let zone = stored["zone"], String(validating: zone, as: UTF8.self) == nil { findings.at("meta", key: "zone", .metaZoneNotText) }
        checkU64(stored, "created_at_ms", required: false, findings) { v in
            guard let first = batches.first, Int64(bitPattern: v) > first.importedAtMs else { return nil }
            return (.metaCreatedAfterImport, [("created", .text(Timestamp.iso(Int64(bitPattern: v)))), ("imported", .text(Timestamp.iso(first.importedAtMs)))])
        }
    }

    /// A u64 key: present when required (absent when not, for the head's keys), eight bytes, and as `rule` says.
    private func checkU64(_ stored: [String: [UInt8]], _ name: String, required: Bool, _ findings: VerifyFindings,
                          _ rule: (UInt64) -> (VerifyText, [(String, VerifyFailure.Argument)])?) {
        guard checkPresence(stored, name, required: required, length: 8, findings), let bytes = stored[name] else { return }
        let value = bytes.withUnsafeBytes { UInt64(bigEndianBytes: $0) }
        if let (what, arguments) = rule(value) { findings.at("meta", key: name, what, arguments) }
    }

    /// True when the key is there with the right length; a failure when it is missing, or there in an empty ledger.
    @discardableResult
    private func checkPresence(_ stored: [String: [UInt8]], _ name: String, required: Bool, length: Int, _ findings: VerifyFindings) -> Bool {
        guard let bytes = stored[name] else {
            if required { findings.at("meta", key: name, .metaMissing) }
            return false
        }
        let optional = name == "created_at_ms" || name == "zone"
        if !required && !optional {
            findings.at("meta", key: name, .metaPresentWhenEmpty)
            return false
        }
        if bytes.count != length {
            findings.at("meta", key: name, .valueWrongLength, [("bytes", .text("\(bytes.count)")), ("expected", .text("\(length)"))])
            return false
        }
        return true
    }
}
