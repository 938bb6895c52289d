internal import LMDB
internal import Ledger
internal import Catalogue

/// A row without an id that repeats a landed event's project, kind and date with another
/// amount: a clerk who corrected 5000万 to 5500万 and imported the file again.
///
/// Its derived id differs (the amount is part of the natural key), so it would land beside the
/// event it corrects and double the figure in silence; the report names the landed event and
/// how to void it, and `--strict` refuses the import.
extension BatchWriter {
    /// The landed events of a project by kind and day, read once per project per import.
    struct LandedKey: Hashable {
        var kind: EventKind
        var day: BusinessDate
    }

    mutating func checkCorrection(_ event: Event, line: UInt32, txn: borrowing Transaction) throws {
        guard event.id.hasPrefix("N-"), event.kind.carriesAmount else { return }
        if landedByProject[event.project] == nil {
            var index: [LandedKey: [(id: String, amount: Money, sequence: UInt64)]] = [:]
            for sequence in try store.sequences(ofProject: event.project, txn) {
                let e = try store.event(at: sequence, txn).event
                guard e.kind.carriesAmount, try txn.get(store.voids, key: Array(e.id.utf8)) == nil else { continue }
                index[LandedKey(kind: e.kind, day: e.date), default: []].append((e.id, e.amount, sequence))
            }
            landedByProject[event.project] = index
        }
        guard let landed = landedByProject[event.project]?[LandedKey(kind: event.kind, day: event.date)]?
            .first(where: { $0.amount != event.amount && $0.id != event.id }) else { return }
        let file = currentSource!.fileName
        let (id, was, now) = (landed.id, landed.amount, event.amount)
        let sequence = String(landed.sequence)
        let words: @Sendable (Language) -> String = { language in
            SheetText.likelyCorrection.text(language, [
                "id": id, "sequence": sequence, "landed": language.isChinese ? was.chinese : was.english,
                "amount": language.isChinese ? now.chinese : now.english,
            ])
        }
        if options.strict {
            problems.append(RowProblem(file: file, line: Int(line), column: "amount", value: now.chinese, code: "likely_correction", words: words))
        } else {
            outcome.warnings.append(ImportWarning(file: file, line: Int(line), code: "likely_correction", landedEventId: id,
                                                  landedSequence: landed.sequence, words: words))
        }
    }
}
