public import Catalogue
internal import Foundation
public import Ledger
public import LedgerStore
internal import LedgerService

/// `check-report`: reads a file's seal, checks the ledger still extends its tree head, and
/// recomputes every figure of the file over that prefix under that rule set.
public enum ReportCheck {
    public enum Outcome: Sendable, Equatable {
        case ok
        case differs(figure: String, found: String, expected: String)
        case historyRewritten(head: String, size: UInt64)
        case rulesChanged(expected: String, actual: String)
        case noSeal
        case incomplete
        case unknownKind(String)
    }

    /// The outcome's line for a person, in `language`.
    public static func message(_ outcome: Outcome, file: String, language: Language) -> String {
        switch outcome {
        case .ok: ReportText.reportOK.text(language, ["file": file])
        case .differs(let figure, let found, let expected):
            ReportText.figureDiffers.text(language, ["file": file, "figure": figure, "found": found, "expected": expected])
        case .historyRewritten(let head, let size): ReportText.historyRewritten.text(language, ["file": file, "head": head, "size": String(size)])
        case .rulesChanged(let expected, let actual): ReportText.rulesChanged.text(language, ["file": file, "expected": expected, "actual": actual])
        case .noSeal: ReportText.noSeal.text(language, ["file": file])
        case .incomplete: ReportText.sealIncomplete.text(language, ["file": file])
        case .unknownKind(let kind): ReportText.kindUnknown.text(language, ["file": file, "kind": kind])
        }
    }

    /// Checks the file's bytes against the ledger.
    public static func check(_ bytes: [UInt8], path: String, store: LedgerStore) throws -> Outcome {
        let format = SealedFile.format(of: bytes)
        let sealText: String?
        var xlsxEntries: [String: [UInt8]] = [:]
        switch format {
        case .xlsx:
            xlsxEntries = try Workbook.readEntries(path: path)
            sealText = SealedFile.sealFromWorkbook(xlsxEntries)
        case .html: sealText = SealedFile.sealFromHTML(String(decoding: bytes, as: UTF8.self))
        case .json: sealText = SealedFile.sealFromJSON(bytes)
        }
        guard let sealText else { return .noSeal }
        let seal: Seal
        do { seal = try Seal.parse(jsonText: sealText) } catch {
            switch error {
            case .rulesChanged(let expected, let actual): return .rulesChanged(expected: expected, actual: actual)
            case .notASeal: return .noSeal
            case .incomplete, .rules: return .incomplete
            }
        }
        let rewritten = Outcome.historyRewritten(head: seal.treeHead, size: seal.treeSize)
        if seal.treeSize > (try store.prefixSize(FoldFilter())) { return rewritten }
        if try store.digest(at: seal.treeSize).treeHead.description != seal.treeHead { return rewritten }
        let request = try request(from: seal)
        let language = Language(code: seal.options["lang"] ?? "zh") ?? .zh
        do {
            switch format {
            case .json:
                let fresh = try SealedOutputs.json(store, request, language: language)
                return SealedFile.compareJSON(file: bytes, fresh: fresh)
            case .html:
                let fresh = try SealedOutputs.html(store, request, language: language)
                return SealedFile.compareFigures(file: SealedFile.figures(inHTML: String(decoding: bytes, as: UTF8.self)), fresh: SealedFile.figures(inHTML: fresh))
            case .xlsx:
                let fresh = try SealedOutputs.workbook(store, request, language: language)
                return SealedFile.compareWorkbook(file: xlsxEntries, fresh: fresh)
            }
        } catch let e as SealedOutputs.Unknown {
            return .unknownKind(e.kind)
        } catch is SealedOutputs.BadPeriod {
            return .incomplete
        } catch is ProjectQuery.BadOption {
            return .incomplete
        }
    }

    /// The request the seal describes, pinned to its prefix.
    static func request(from seal: Seal) throws -> FigureRequest {
        let asOf = try? BusinessDate.parse(seal.asOf)
        let knownAt = seal.asKnownAtGiven ? seal.asKnownAt.flatMap(Timestamp.parse) : nil
        return FigureRequest(kind: seal.kind, period: seal.period, asOf: seal.asOfGiven ? asOf : nil, asKnownAtMs: knownAt,
                             rules: seal.rules, throughSequence: seal.treeSize, today: asOf ?? BusinessDate(year: 1970, month: 1, day: 1)!,
                             options: seal.options)
    }
}
