@testable import Ledger
import Testing

/// The import's byte-level readers of amounts and dates give exactly what the general readers give.
///
/// `Money.parsePlain` and `BusinessDate.parseISO` read the common forms straight from the bytes
/// and hand everything else to `parseWritten`; a form they accept must mean the same there.
@Suite struct FastReaderTests {
    static let units = ["", "元", "万", "万元", "亿", "亿元", "万亿", "元万", "万 ", "亿亿", "千", "万元整"]
    static let numbers = ["0", "1", "7", "12608", "109261", "112.4", "193.09", "0.5", "5.", ".5", "1.2.3", "00012",
                          "27445525", "1234.56", "0.001", "1.234", "999999999999999999", "9999999999999999999", "12a"]

    @Test func plainAmountsMeanWhatTheGeneralReaderReads() {
        var fastCount = 0
        for number in FastReaderTests.numbers {
            for unit in FastReaderTests.units {
                let text = number + unit
                let general = try? Money.parseWritten(text)
                guard let fast = Money.parsePlain(text) else { continue }
                fastCount += 1
                #expect(fast == general, "\(text): fast \(fast.fen), general \(general.map { String($0.fen) } ?? "refused")")
            }
        }
        #expect(fastCount >= 60)   // the fast path is taken for the common forms
    }

    @Test func theCommonFormsTakeTheFastPath() {
        #expect(Money.parsePlain("12608万元") == Money(fen: 12_608 * 10_000 * 100))
        #expect(Money.parsePlain("112.4亿元") == Money(fen: 11_240_000_000 * 100))
        #expect(Money.parsePlain("27445525元") == Money(fen: 27_445_525 * 100))
        #expect(Money.parsePlain("76万") == Money(fen: 76 * 10_000 * 100))
        #expect(Money.parsePlain("1234.56") == Money(fen: 123_456))
        #expect(Money.parsePlain("0.001") == nil)      // finer than a fen: the general reader refuses it
        #expect(Money.parsePlain("3万亿") == nil)       // 万亿 is the general reader's
        #expect(Money.parsePlain("5万元整") == nil)
    }

    @Test func isoDatesMeanWhatTheGeneralReaderReads() throws {
        var days = 0
        for year in 2019...2024 {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = BusinessDate(year: year, month: month, day: day) else { continue }
                    let text = date.description
                    #expect(BusinessDate.parseISO(text) == date, "\(text)")
                    #expect(try BusinessDate.parseWritten(text) == date, "\(text)")
                    days += 1
                }
            }
        }
        #expect(days == 2192)
        for text in ["2021-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "2021/03/28", "2021-3-28", "20210328",
                     "２０２１-03-28", "2021-03-2x", " 2021-03-28", "0999-01-01"] {
            #expect(BusinessDate.parseISO(text) == nil, "\(text)")
        }
    }
}
