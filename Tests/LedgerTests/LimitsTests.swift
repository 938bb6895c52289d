import Catalogue
import Ledger
import Testing

/// How the limits relate, so that no sum or key a limit allows can overflow or be refused by
/// LMDB; and each limit enforced with its own error at and just past its edge.
@Suite struct LimitsTests {
    /// LMDB's largest key (`mdb_env_get_maxkeysize` of Debian's liblmdb, checked against the
    /// real LMDB in LedgerStoreTests' `LimitsEnforcementTests`).
    static let lmdbKeyBytesMax = 511

    @Test func theLimitsFitEachOther() {
        // A project's money disbursed: every event of it a disbursement of the largest amount.
        #expect(!Limits.amountFenMax.multipliedReportingOverflow(by: Int64(Limits.projectEventsMax)).overflow)
        // A file within its limit always fits in one import; so does a project's whole history.
        #expect(Limits.fileRowsMax <= Limits.batchEventsMax)
        #expect(Limits.projectEventsMax <= Limits.batchEventsMax)
        // Ids are LMDB keys; a quarter's contribution key is a u32 and the project id.
        #expect(Limits.idBytesMax + 4 <= Self.lmdbKeyBytesMax)
        #expect(Limits.idBytesMax <= Limits.fieldBytesMax)
        // Event and batch records count in u32 lines, u64 sequences, u32 YYYYMMDD dates.
        #expect(UInt64(Limits.fileRowsMax) < UInt64(UInt32.max))
        #expect(Limits.dateMax.yyyymmdd < UInt32.max && Limits.dateMin < Limits.dateMax)
        #expect(UInt32(exactly: Limits.dateMax.quarter.index) != nil)
        // Percentages of a quarter's totals work in 128 bits: ten signings of the largest amount
        // (10^15 fen) times 10,000 would not fit in 64.
        #expect(Limits.amountFenMax.multipliedReportingOverflow(by: 10 * 10_000).overflow)
        // A dry run keeps no more than an import may land, and prints no more than it keeps.
        #expect(Limits.previewRowsShownMax <= Limits.previewEventsMax && Limits.previewEventsMax <= Limits.batchEventsMax)
        #expect(Limits.replayProblemLinesMax <= Limits.importProblemsMax)
        // An xlsx part is inflated into memory whole: it must fit an Int and be read in one piece.
        #expect(Limits.xlsxPartBytesMax > 0 && Limits.xlsxPartBytesMax <= Int(Int32.max))
        #expect(Limits.readersMax > 0 && UInt32(exactly: Limits.readersMax) != nil)
    }

    @Test func theLargestAmountParsesAndOneFenMoreIsRefused() throws {
        #expect(try Money.parse("1万亿元").fen == Limits.amountFenMax)
        #expect(try Money.parse("1000000000000元").fen == Limits.amountFenMax)
        // The parser refuses only what does not fit in Int64 fen; the event's shape refuses the rest.
        #expect(throws: MoneyParseError.self) { try Money.parse("100000000000000000元") }
        let oneFenMore = try Money.parse("1000000000000.01元")
        #expect(oneFenMore.fen == Limits.amountFenMax + 1)
        let e = Event(id: "E", kind: .disbursed, project: "P", date: Limits.dateMin, amount: oneFenMore)
        #expect(e.shapeViolations().map(\.code) == [.amountTooLarge])
        #expect(Event(id: "E", kind: .disbursed, project: "P", date: Limits.dateMin, amount: Money(fen: Limits.amountFenMax)).shapeViolations().isEmpty)
    }

    @Test func theLongestFieldAndIdAreAcceptedAndOneByteMoreIsNot() {
        let longest = String(repeating: "a", count: Limits.fieldBytesMax)
        let longestId = String(repeating: "i", count: Limits.idBytesMax)
        let ok = Event(id: longestId, kind: .signed, project: longestId, date: Limits.dateMin, amount: .yi, name: longest, note: longest)
        #expect(ok.shapeViolations().isEmpty)
        // Counted in UTF-8 bytes: 1366 three-byte characters are 4098 bytes.
        let tooLong = Event(id: longestId + "i", kind: .signed, project: "P", date: Limits.dateMin, amount: .yi,
                            name: String(repeating: "项", count: Limits.fieldBytesMax / 3 + 1))
        #expect(tooLong.shapeViolations().map(\.code) == [.fieldTooLong, .fieldTooLong])
        #expect(tooLong.shapeViolations().map(\.field) == ["id", "name"])
    }

    @Test func aProjectTakesItsLastEventAndRefusesTheNext() throws {
        var state = ProjectState(project: "P")
        try state.apply(Event(id: "S", kind: .signed, project: "P", date: Limits.dateMin, amount: .yi, name: "项目"), sequence: 1)
        state.eventCount = Limits.projectEventsMax - 1
        let disbursed = Event(id: "D", kind: .disbursed, project: "P", date: Limits.dateMin, amount: Money(fen: Limits.amountFenMax))
        try state.apply(disbursed, sequence: 2)
        #expect(throws: RuleViolation.self) { try state.apply(disbursed, sequence: 3) }
        do {
            try state.check(disbursed)
        } catch {
            #expect(error.code == .tooManyEvents)
            #expect(error.message(.en).contains("more than \(Limits.projectEventsMax) events"))
        }
    }

    /// Regression: ten signings of the largest amount in a quarter made `summary` trap on
    /// `(new - old) * 10_000` in 64 bits.
    @Test func percentagesOfTheLargestTotalsAreExactAndNeverTrap() {
        let tenLargest = Limits.amountFenMax * 10
        #expect(PeriodSummary.percentChange(from: Money.yi.fen, to: tenLargest) == "9999900%")
        #expect(PeriodSummary.percentChange(from: tenLargest, to: Money.yi.fen) == "-100%")   // -99.999%, rounded
        #expect(PeriodSummary.percentChange(from: tenLargest, to: tenLargest + 1) == "0%")
        #expect(PeriodSummary.percentChange(from: 3, to: 4) == "33.33%")
        #expect(PeriodSummary.percentChange(from: 3, to: 2) == "-33.33%")
        #expect(PeriodSummary.percentChange(from: 8, to: 9) == "12.5%")
        #expect(PeriodSummary.percentChange(from: 1, to: Int64.max) == nil, "beyond 64 bits of hundredths: no figure, no trap")
        #expect(PeriodSummary.percent(tenLargest, of: tenLargest * 3) == "33.33%")
        #expect(PeriodSummary.percent(2, of: 3) == "66.67%")
        #expect(PeriodSummary.percent(1, of: 8) == "12.5%")
        #expect(PeriodSummary.percent(Int64.max, of: 1) == nil)
    }
}
